/* Interception handling, layered as the instruction encoding is (as Linux KVM does for
 * s390): a table by interception code; for an instruction interception a table by the
 * first opcode byte (ipa bits 0-7), then by the second for the B2 group; DIAGNOSE then goes
 * to diag/ by function code.  One handler signature at every level (cp_handler_fn);
 * CP_NOT_HANDLED is an ordinary outcome that the level above turns into the architected
 * exception for the guest. */
#include <stdio.h>
#include <string.h>

#include "access.h"
#include "cp.h"
#include "diag/diag.h"
#include "exec.h"
#include "interrupt.h"
#include "timer.h"

/* The instruction handlers of cpu/ that the CP runs on the guest CPU. */
int op_SERVC(struct cpu *cpu, const struct insn *in);
int op_SIGP(struct cpu *cpu, const struct insn *in);
int op_SPX(struct cpu *cpu, const struct insn *in);
int op_STPX(struct cpu *cpu, const struct insn *in);
int op_STAP(struct cpu *cpu, const struct insn *in);
int op_STSI(struct cpu *cpu, const struct insn *in);

#define STSI_LEVEL_VM 3 /* configuration level 3: a virtual machine */

static void count(uint64_t *c)
{
    __atomic_fetch_add(c, 1, __ATOMIC_RELAXED);
}

/* ---- opcode level ---- */

static int h_diag(struct cp_icpt *ic)
{
    int rc = diag_dispatch(&ic->v->vm->m.diag, ic->cpu, &ic->in, ic->addr);
    return rc == DIAG_NOT_HANDLED ? PGM_SPECIFICATION : rc;
}
static int h_servc(struct cp_icpt *ic) { return op_SERVC(ic->cpu, &ic->in); }
static int h_sigp(struct cp_icpt *ic) { return op_SIGP(ic->cpu, &ic->in); }
static int h_spx(struct cp_icpt *ic) { return op_SPX(ic->cpu, &ic->in); }
static int h_stpx(struct cp_icpt *ic) { return op_STPX(ic->cpu, &ic->in); }
static int h_stap(struct cp_icpt *ic) { return op_STAP(ic->cpu, &ic->in); }

/* STORE SYSTEM INFORMATION seen from a virtual machine: configuration level 3; levels 1 and
 * 2 describe the machine (cpu/insn_sysinfo.c), 3.2.2 the virtual machine. */
static int h_stsi(struct cp_icpt *ic)
{
    struct cpu *cpu = ic->cpu;
    uint64_t g0 = cpu->gr[0], g1 = cpu->gr[1];
    if ((g0 & 0x0FFFFF00ULL) || (g1 & 0xFFFF0000ULL))
        return PGM_SPECIFICATION;
    unsigned fc = (unsigned)(g0 >> 28) & 0xF;
    if (fc == 0) {
        cpu->gr[0] = (g0 & ~0xF0000000ULL) | (uint64_t)STSI_LEVEL_VM << 28;
        cpu->cc = 0;
        return CP_DONE;
    }
    if (fc == 1 || fc == 2)
        return op_STSI(cpu, &ic->in);
    if (fc != STSI_LEVEL_VM) {
        cpu->cc = 3;
        return CP_DONE;
    }
    uint64_t ea = ea_bd(cpu, ic->in.b2, ic->in.d2);
    if (ea & 0xFFF)
        return PGM_SPECIFICATION;
    if ((g0 & 0xFF) != 2 || (g1 & 0xFFFF) != 2) {
        cpu->cc = 3;
        return CP_DONE;
    }
    uint8_t page[PAGE_SIZE];
    cp_sysib_322(ic->v->vm, page);
    int rc = vwrite(cpu, ea, page, sizeof page);
    if (rc)
        return rc;
    cpu->cc = 0;
    return CP_DONE;
}

/* SET CLOCK: the virtual machine's TOD clock becomes the operand; the epoch difference
 * lives in the state description. */
static int h_sck(struct cp_icpt *ic)
{
    struct cpu *cpu = ic->cpu;
    uint64_t ea = ea_bd(cpu, ic->in.b2, ic->in.d2);
    if (ea & 7)
        return PGM_SPECIFICATION;
    uint64_t v;
    int rc = vread64(cpu, ea, &v);
    if (rc)
        return rc;
    int64_t epoch = (int64_t)(v - tod_host());
    cpu->tod_epoch = epoch;
    st_be64(ic->v->sie.sd->epoch, (uint64_t)epoch);
    cpu->cc = 0;
    return CP_DONE;
}

/* The channel subsystem has no subchannels: the subchannel instructions find theirs not
 * operational (CC 3). */
static int h_io_not_operational(struct cp_icpt *ic)
{
    ic->cpu->cc = 3;
    return CP_DONE;
}

/* TEST PENDING INTERRUPTION: nothing is ever pending (CC 0). */
static int h_tpi(struct cp_icpt *ic)
{
    ic->cpu->cc = 0;
    return CP_DONE;
}

/* STORE CHANNEL REPORT WORD: no report pending: zeros stored, CC 1. */
static int h_stcrw(struct cp_icpt *ic)
{
    uint64_t ea = ea_bd(ic->cpu, ic->in.b2, ic->in.d2);
    if (ea & 3)
        return PGM_SPECIFICATION;
    int rc = vwrite32(ic->cpu, ea, 0);
    if (rc)
        return rc;
    ic->cpu->cc = 1;
    return CP_DONE;
}

static cp_handler_fn *const by_b2[256] = {
    [0x04] = h_sck,
    [0x10] = h_spx,
    [0x11] = h_stpx,
    [0x12] = h_stap,
    [0x20] = h_servc,
    [0x30] = h_io_not_operational, /* CSCH */
    [0x31] = h_io_not_operational, /* HSCH */
    [0x32] = h_io_not_operational, /* MSCH */
    [0x33] = h_io_not_operational, /* SSCH */
    [0x34] = h_io_not_operational, /* STSCH */
    [0x35] = h_io_not_operational, /* TSCH */
    [0x36] = h_tpi,
    [0x38] = h_io_not_operational, /* RSCH */
    [0x39] = h_stcrw,
    [0x76] = h_io_not_operational, /* XSCH */
    [0x7D] = h_stsi,
};

static int h_b2(struct cp_icpt *ic)
{
    cp_handler_fn *fn = by_b2[ic->ipa & 0xFF];
    return fn ? fn(ic) : CP_NOT_HANDLED;
}

static cp_handler_fn *const by_opcode[256] = {
    [0x83] = h_diag,
    [0xAE] = h_sigp,
    [0xB2] = h_b2,
};

/* ---- interception-code level ---- */

/* 0x04: an instruction.  What no handler takes is an operation exception for the guest. */
static int icpt_instruction(struct cp_icpt *ic)
{
    if (!(ic->status & SIE_F_IN))
        return CP_NOT_HANDLED;
    cp_handler_fn *fn = by_opcode[ic->ipa >> 8];
    int rc = fn ? fn(ic) : CP_NOT_HANDLED;
    if (rc == CP_NOT_HANDLED) {
        count(&ic->v->vm->counts.not_handled);
        rc = PGM_OPERATION;
    }
    return rc;
}

/* 0x08: a program interruption the controls intercept: present it in the guest with the
 * parameters the state description holds (SD 0xC0 mirrors guest lowcore 0x80). */
static int icpt_program(struct cp_icpt *ic)
{
    const uint8_t *ip = ic->v->sie.sd->ip;
    struct cpu *cpu = ic->cpu;
    unsigned ilc = ld_be16(ip + SIE_IP(LC_PGM_ILC)) & 6;
    int code = ld_be16(ip + SIE_IP(LC_PGM_CODE));
    cpu->dxc = ip[SIE_IP(LC_DXC) + 3];
    cpu->teid = ld_be64(ip + SIE_IP(LC_TEID));
    cpu->exc_access_id = ip[SIE_IP(LC_EXC_ACCESS_ID)];
    count(&ic->v->vm->counts.reflected_pgm);
    /* the guest PSW is already where the old PSW must point */
    cpu_program_interrupt(cpu, code, ilc, cpu->psw.ia);
    return CP_DONE;
}

/* 0x2C: an operation exception the controls intercept. */
static int icpt_operation(struct cp_icpt *ic)
{
    (void)ic;
    return PGM_OPERATION;
}

/* 0x14: an external interruption for the guest (its clock comparator or CPU timer) that
 * SIE left to the host: reflect it through the guest lowcore. */
static int icpt_external(struct cp_icpt *ic)
{
    const uint8_t *ip = ic->v->sie.sd->ip;
    struct cpu *cpu = ic->cpu;
    uint16_t code = ld_be16(ip + SIE_IP(LC_EXT_CODE));
    uint8_t *lc = lowcore(cpu);
    uint64_t old_mask = psw_mask(cpu), old_ia = cpu->psw.ia;
    st_be16(lc + LC_EXT_CODE, code);
    if (code == 0x1201 || code == 0x1202) /* emergency signal, external call: the source CPU */
        st_be16(lc + LC_CPU_ADDR, ld_be16(ip + SIE_IP(LC_CPU_ADDR)));
    if (code == 0x2401) /* service signal: its parameter */
        st_be32(lc + LC_EXT_PARAM, ld_be32(ip + SIE_IP(LC_EXT_PARAM)));
    count(&ic->v->vm->counts.reflected_ext);
    cpu_psw_swap(cpu, LC_EXT_OLD, LC_EXT_NEW);
    if (cpu->trace & TRACE_INTERRUPTS)
        trace_interrupt(cpu, "external", code, old_mask, old_ia);
    return CP_DONE;
}

/* 0x1C: a wait PSW.  The CPU thread sleeps in an enabled wait (until a timer, console input
 * or a SIGP) or ends this CPU in a disabled one, as on the bare machine. */
static int icpt_wait(struct cp_icpt *ic)
{
    return (ic->cpu->psw.mask & PSW_WAIT) ? EXEC_WAIT : CP_DONE;
}

/* 0x28: the guest CPU stopped (SIGP stop, the end of the run). */
static int icpt_stop(struct cp_icpt *ic)
{
    (void)ic;
    return EXEC_STOP;
}

/* 0x00: the host wanted control back: the instruction limit. */
static int icpt_host(struct cp_icpt *ic)
{
    const struct vm *vm = ic->v->vm;
    if (vm->max_insns && ic->cpu->insn_count >= vm->max_insns)
        return EXEC_LIMIT;
    return CP_DONE;
}

/* 0x10, 0x18: an intervention request the guest can now take (the CP sets none). */
static int icpt_reenter(struct cp_icpt *ic)
{
    (void)ic;
    return CP_DONE;
}

static cp_handler_fn *const by_code[64] = {
    [SIE_C_NONE / 4] = icpt_host,
    [SIE_C_INST / 4] = icpt_instruction,
    [SIE_C_PGM / 4] = icpt_program,
    [SIE_C_EXTREQ / 4] = icpt_reenter,
    [SIE_C_EXTINT / 4] = icpt_external,
    [SIE_C_IOREQ / 4] = icpt_reenter,
    [SIE_C_WAIT / 4] = icpt_wait,
    [SIE_C_STOP / 4] = icpt_stop,
    [SIE_C_OPEREXC / 4] = icpt_operation,
};

int cp_intercept(struct cp_vcpu *v, int code)
{
    struct sie_sd *sd = v->sie.sd;
    struct cp_icpt ic = {
        .v = v,
        .cpu = v->sie.cpu,
        .code = (uint8_t)code,
        .status = sd->f,
        .ipa = ld_be16(sd->ipa),
        .ipb = ld_be32(sd->ipb),
    };
    if (ic.status & SIE_F_IN) {
        uint8_t text[8] = {0};
        st_be16(text, ic.ipa);
        st_be32(text + 2, ic.ipb);
        insn_decode(text, &ic.in);
        ic.ilc = (ic.status & SIE_F_EX) ? SIE_F_EX_LEN(ic.status) : ic.in.len; /* EX or EXRL */
    } else {
        ic.ilc = insn_length((uint8_t)(ic.ipa >> 8));
    }
    ic.addr = (ic.cpu->psw.ia - ic.ilc) & amode_mask(ic.cpu);
    cp_handler_fn *fn = (code & 3) == 0 && code < 256 ? by_code[code / 4] : NULL;
    int rc = fn ? fn(&ic) : CP_NOT_HANDLED;
    if (rc == CP_NOT_HANDLED) {
        /* validity, or a code the CP never asks for: this virtual CPU cannot go on */
        fprintf(stderr, "zsie: E071 %s CPU %u: interception code %02X (%s) ipa %04X ipb %08X: CPU stopped\n",
                v->vm->id, (unsigned)ic.cpu->cpu_addr, (unsigned)code, sie_icpt_name((unsigned)code),
                (unsigned)ic.ipa, (unsigned)ic.ipb);
        v->vm->failed = true;
        return EXEC_STOP;
    }
    if (rc > 0) {
        count(&v->vm->counts.reflected_pgm);
        cpu_program_interrupt(ic.cpu, rc, ic.ilc, ic.addr);
        return CP_DONE;
    }
    return rc;
}

/* EBCDIC, blank padded. */
static void ebcdic(uint8_t *dst, const char *s, unsigned width)
{
    for (unsigned i = 0; i < width; i++)
        dst[i] = latin1_to_cp037((uint8_t)(*s ? *s++ : ' '));
}

/* SYSIB 3.2.2 offsets (PoP "STORE SYSTEM INFORMATION"): byte 31 bits 4-7 the count of
 * virtual-machine descriptions, each 64 bytes from offset 32. */
enum {
    S322_COUNT = 31,
    S322_VM = 32,        /* first description */
    S322_VM_LEN = 64,
    VMD_TOTAL = 4,       /* 2 CPUs total */
    VMD_CONFIGURED = 6,  /* 2 */
    VMD_STANDBY = 8,     /* 2 */
    VMD_RESERVED = 10,   /* 2 */
    VMD_NAME = 12,       /* 8 EBCDIC */
    VMD_CAF = 20,        /* 4 capability-adjustment factor */
    VMD_CPI = 24,        /* 16 EBCDIC control-program identifier */
};

void cp_sysib_322(const struct vm *vm, uint8_t *page)
{
    memset(page, 0, PAGE_SIZE);
    page[S322_COUNT] = 1;
    uint8_t *d = page + S322_VM;
    st_be16(d + VMD_TOTAL, (uint16_t)vm->ncpus);
    st_be16(d + VMD_CONFIGURED, (uint16_t)vm->ncpus);
    st_be16(d + VMD_STANDBY, 0);
    st_be16(d + VMD_RESERVED, 0);
    ebcdic(d + VMD_NAME, vm->id, 8);
    st_be32(d + VMD_CAF, 1000);
    /* what z/VM stores: "z/VM", blank padded to 8, then its level ("7.4.0"): Linux calls the
     * hypervisor z/VM when the identifier starts with "z/VM" (early.c detect_machine_type) */
    char cpi[17];
    snprintf(cpi, sizeof cpi, "%-8s%u.%u.%u", DIAG_CP_NAME, DIAG_CP_VERSION, DIAG_CP_RELEASE, DIAG_CP_SERVICE);
    ebcdic(d + VMD_CPI, cpi, 16);
}
