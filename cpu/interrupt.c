/* Interruptions: PSW loading and the swap through the lowcore, program and SVC
 * interruptions, and the external/restart/stop requests other parties leave pending. */
#include "interrupt.h"

#include "access.h"
#include "exec.h"
#include "sie.h"
#include "storage.h"

#define CR0_AFP (1ULL << (63 - 45))
#define CR0_EXT_EMERGENCY (1ULL << (63 - 49))
#define CR0_EXT_CALL (1ULL << (63 - 50))
#define CR0_EXT_CKC (1ULL << (63 - 52))
#define CR0_EXT_CPUTIMER (1ULL << (63 - 53))
#define CR0_EXT_SERVICE (1ULL << (63 - 54))

bool psw_is_valid(uint64_t mask, uint64_t ia)
{
    if (mask & (PSW_MUST_BE_ZERO | PSW_ESA_FORMAT))
        return false;
    if ((mask & PSW_EA) && !(mask & PSW_BA))
        return false;
    if (!(mask & PSW_EA))
        return ia <= ((mask & PSW_BA) ? 0x7FFFFFFFULL : 0xFFFFFFULL);
    return true;
}

void cpu_load_psw(struct cpu *cpu, uint64_t mask, uint64_t ia)
{
    const uint64_t xlate = PSW_DAT | PSW_KEY_MASK | PSW_ASC_MASK | PSW_PROBLEM;
    if ((cpu->psw.mask ^ mask) & xlate)
        tlb_flush(cpu);
    psw_set_mask(cpu, mask);
    cpu->psw.ia = ia;
    cpu->psw_invalid = !psw_is_valid(mask, ia);
    if (cpu->psw_invalid)
        ic_invalidate(cpu); /* the fetch slow path presents the specification exception */
    cpu->branched = true;
    cpu->check_stop = true; /* interruption masks may have changed */
}

void cpu_store_psw(const struct cpu *cpu, uint8_t *p)
{
    st_be64(p, psw_mask(cpu));
    st_be64(p + 8, cpu->psw.ia);
}

void cpu_psw_swap(struct cpu *cpu, unsigned old_off, unsigned new_off)
{
    uint8_t *lc = lowcore(cpu);
    cpu_store_psw(cpu, lc + old_off);
    cpu_load_psw(cpu, ld_be64(lc + new_off), ld_be64(lc + new_off + 8));
}

/* Codes whose instruction is nullified: the old PSW points at the instruction itself. */
bool pgm_nullifies(int code)
{
    switch (code & 0x7F) {
    case PGM_SEGMENT_TRANSLATION:
    case PGM_PAGE_TRANSLATION:
    case PGM_ASCE_TYPE:
    case PGM_REGION_FIRST_TRANS:
    case PGM_REGION_SECOND_TRANS:
    case PGM_REGION_THIRD_TRANS:
    case PGM_AFX_TRANSLATION:
    case PGM_ASX_TRANSLATION:
    case PGM_LX_TRANSLATION:
    case PGM_EX_TRANSLATION:
    case PGM_TRACE_TABLE:
    case PGM_PRIMARY_AUTHORITY:
    case PGM_SECONDARY_AUTHORITY:
    case PGM_ALET_SPEC:
    case PGM_ALEN_TRANSLATION:
    case PGM_ALE_SEQUENCE:
    case PGM_ASTE_VALIDITY:
    case PGM_ASTE_SEQUENCE:
    case PGM_EXTENDED_AUTHORITY:
    case 0x2E: /* LSTE sequence */
    case 0x2F: /* ASTE instance */
    case PGM_STACK_FULL:
    case PGM_STACK_EMPTY:
    case PGM_STACK_SPEC:
    case PGM_STACK_TYPE:
    case PGM_STACK_OPERATION:
        return true;
    default:
        return false;
    }
}

void pgm_store_params(const struct cpu *cpu, int code, unsigned ilc, uint8_t *at_0x80)
{
#define AT(lc_off) (at_0x80 + (lc_off) - 0x80)
    st_be16(AT(LC_PGM_ILC), (uint16_t)(ilc & 6));
    st_be16(AT(LC_PGM_CODE), (uint16_t)code);
    switch (code & 0x7F) {
    case PGM_DATA:
        st_be32(AT(LC_DXC), cpu->dxc);
        break;
    case PGM_PROTECTION:
    case PGM_SEGMENT_TRANSLATION:
    case PGM_PAGE_TRANSLATION:
    case PGM_ASCE_TYPE:
    case PGM_REGION_FIRST_TRANS:
    case PGM_REGION_SECOND_TRANS:
    case PGM_REGION_THIRD_TRANS:
        st_be64(AT(LC_TEID), cpu->teid);
        *AT(LC_EXC_ACCESS_ID) = cpu->exc_access_id;
        break;
    default:
        break;
    }
#undef AT
}

void cpu_program_interrupt(struct cpu *cpu, int code, unsigned ilc, uint64_t addr)
{
    uint8_t *lc = lowcore(cpu);
    uint64_t old_mask = psw_mask(cpu), old_ia = cpu->psw.ia;
    if (pgm_nullifies(code) && ilc)
        cpu->psw.ia = addr;
    if (cpu->in_execute)
        ilc = cpu->ilc; /* an interruption in an EXECUTE target reports EX (4) or EXRL (6) */
    pgm_store_params(cpu, code, ilc, lc + 0x80);
    /* with the AFP-register control on, the DXC also goes to FPC byte 2 */
    if ((code & 0x7F) == PGM_DATA && (cpu->cr[0] & CR0_AFP))
        cpu->fpc = (cpu->fpc & ~0xFF00u) | (uint32_t)cpu->dxc << 8;
    cpu_psw_swap(cpu, LC_PGM_OLD, LC_PGM_NEW);
    if (cpu->trace & TRACE_INTERRUPTS)
        trace_interrupt(cpu, "program", (unsigned)code, old_mask, old_ia);
}

void cpu_svc_interrupt(struct cpu *cpu, uint16_t code, unsigned ilc)
{
    uint8_t *lc = lowcore(cpu);
    uint64_t old_mask = psw_mask(cpu), old_ia = cpu->psw.ia;
    st_be16(lc + LC_SVC_ILC, (uint16_t)(ilc & 6));
    st_be16(lc + LC_SVC_CODE, code);
    cpu_psw_swap(cpu, LC_SVC_OLD, LC_SVC_NEW);
    if (cpu->trace & TRACE_INTERRUPTS)
        trace_interrupt(cpu, "svc", code, old_mask, old_ia);
}

/* External-interruption sources in priority order, with their CR0 subclass mask and code. */
static const struct ext_source {
    uint32_t pend;
    uint64_t cr0;
    uint16_t code;
} ext_sources[] = {
    {PEND_EXT_EMERGENCY, CR0_EXT_EMERGENCY, 0x1201},
    {PEND_EXT_CALL, CR0_EXT_CALL, 0x1202},
    {PEND_EXT_CKC, CR0_EXT_CKC, 0x1004},
    {PEND_EXT_CPUTIMER, CR0_EXT_CPUTIMER, 0x1005},
    {PEND_EXT_SERVICE, CR0_EXT_SERVICE, 0x2401},
};

static const struct ext_source *enabled_ext(const struct cpu *cpu, uint32_t pend)
{
    if (!(cpu->psw.mask & PSW_EXT))
        return NULL;
    for (unsigned i = 0; i < sizeof ext_sources / sizeof ext_sources[0]; i++)
        if ((pend & ext_sources[i].pend) && (cpu->cr[0] & ext_sources[i].cr0))
            return &ext_sources[i];
    return NULL;
}

bool cpu_interrupt_enabled(struct cpu *cpu)
{
    uint32_t pend = atomic_load_explicit(&cpu->pending, memory_order_acquire);
    return (pend & (PEND_RESTART | PEND_STOP | PEND_SIGP)) || enabled_ext(cpu, pend);
}

bool cpu_take_pending(struct cpu *cpu)
{
    uint32_t pend = atomic_load_explicit(&cpu->pending, memory_order_acquire);
    if (pend & PEND_STOP) {
        atomic_fetch_and(&cpu->pending, ~PEND_STOP);
        cpu->stopped = true;
        return true;
    }
    if (pend & PEND_RESTART) {
        atomic_fetch_and(&cpu->pending, ~PEND_RESTART);
        cpu->stopped = false;
        uint64_t old_mask = psw_mask(cpu), old_ia = cpu->psw.ia;
        cpu_psw_swap(cpu, LC_RESTART_OLD, LC_RESTART_NEW);
        if (cpu->trace & TRACE_INTERRUPTS)
            trace_interrupt(cpu, "restart", 0, old_mask, old_ia);
        return true;
    }
    if (cpu->stopped)
        return false; /* a stopped CPU takes only restart (and stop) */
    const struct ext_source *src = enabled_ext(cpu, pend);
    if (!src)
        return false;
    /* a guest's clock-comparator and CPU-timer interruptions go to the host (SIE code 0x14) */
    if (cpu->sie && (src->pend == PEND_EXT_CKC || src->pend == PEND_EXT_CPUTIMER))
        return sie_external_intercept(cpu, src->code, 0);
    /* the source CPU is read before the pending bit is cleared, so a new signal that sets
     * both again cannot be presented with the old source */
    uint16_t source = src->pend == PEND_EXT_CALL ? atomic_load(&cpu->ext_call_source)
                                                 : atomic_load(&cpu->emergency_source);
    /* clock comparator and CPU timer stay pending while their condition holds (timer_poll) */
    if (src->pend != PEND_EXT_CKC && src->pend != PEND_EXT_CPUTIMER)
        atomic_fetch_and(&cpu->pending, ~src->pend);
    uint8_t *lc = lowcore(cpu);
    uint64_t old_mask = psw_mask(cpu), old_ia = cpu->psw.ia;
    st_be16(lc + LC_EXT_CODE, src->code);
    if (src->pend == PEND_EXT_SERVICE)
        st_be32(lc + LC_EXT_PARAM, cpu->service_param);
    if (src->pend == PEND_EXT_EMERGENCY || src->pend == PEND_EXT_CALL)
        st_be16(lc + LC_CPU_ADDR, source);
    cpu_psw_swap(cpu, LC_EXT_OLD, LC_EXT_NEW);
    if (cpu->trace & TRACE_INTERRUPTS)
        trace_interrupt(cpu, "external", src->code, old_mask, old_ia);
    return true;
}
