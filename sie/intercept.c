/* Which guest instructions and program interruptions leave interpretive execution.  The
 * master table flags the instructions SIE looks at (F_SIE); this table says how: always, per
 * an interception-control bit, or per the LCTL mask.  Layered as the encoding is: the
 * interception code here, the opcode in the CP's handlers, then DIAGNOSE function codes. */
#include <pthread.h>
#include <string.h>

#include "dat.h"
#include "insn.h"
#include "interrupt.h"
#include "sie.h"

enum rule_kind { RULE_NONE, RULE_ALWAYS, RULE_ALWAYS_EVEN_PROBLEM, RULE_IC, RULE_LCTL };

struct sie_rule {
    const char *mnemonic;
    enum rule_kind kind;
    uint8_t ic_byte, ic_bit;
};

static const struct sie_rule rules[] = {
    /* the host checks the problem-state bit of a DIAGNOSE itself (facts.md 2) */
    {"DIAG", RULE_ALWAYS_EVEN_PROBLEM, 0, 0},
    {"SERVC", RULE_ALWAYS, 0, 0},
    {"SIGP", RULE_ALWAYS, 0, 0},
    {"STSI", RULE_ALWAYS, 0, 0},
    {"SIE", RULE_ALWAYS, 0, 0},
    {"SCK", RULE_ALWAYS, 0, 0},
    /* the prefix and CPU address are the host's business (Hercules 3.13 and KVM agree) */
    {"SPX", RULE_ALWAYS, 0, 0},
    {"STPX", RULE_ALWAYS, 0, 0},
    {"STAP", RULE_ALWAYS, 0, 0},
    {"SSCH", RULE_ALWAYS, 0, 0},
    {"STSCH", RULE_ALWAYS, 0, 0},
    {"MSCH", RULE_ALWAYS, 0, 0},
    {"TSCH", RULE_ALWAYS, 0, 0},
    {"CSCH", RULE_ALWAYS, 0, 0},
    {"HSCH", RULE_ALWAYS, 0, 0},
    {"RSCH", RULE_ALWAYS, 0, 0},
    {"XSCH", RULE_ALWAYS, 0, 0},
    {"TPI", RULE_ALWAYS, 0, 0},
    {"STCRW", RULE_ALWAYS, 0, 0},
    {"CHSC", RULE_ALWAYS, 0, 0},
    {"LPSW", RULE_IC, 1, SIE_IC1_LPSW},
    {"LPSWE", RULE_IC, 1, SIE_IC1_LPSW},
    {"SSM", RULE_IC, 1, SIE_IC1_SSM},
    {"STCTL", RULE_IC, 1, SIE_IC1_STCTL},
    {"STCTG", RULE_IC, 1, SIE_IC1_STCTL},
    {"STNSM", RULE_IC, 1, SIE_IC1_STNSM},
    {"STOSM", RULE_IC, 1, SIE_IC1_STOSM},
    {"PTLB", RULE_IC, 1, SIE_IC1_PTLB},
    {"IPTE", RULE_IC, 0, SIE_IC0_IPTE},
    {"STCK", RULE_IC, 2, SIE_IC2_STCK},
    {"STCKE", RULE_IC, 2, SIE_IC2_STCK}, /* the same control, as on Hercules 3.13 */
    {"STCKF", RULE_IC, 2, SIE_IC2_STCK},
    {"ISKE", RULE_IC, 2, SIE_IC2_ISKE},
    {"SSKE", RULE_IC, 2, SIE_IC2_SSKE},
    {"RRBE", RULE_IC, 2, SIE_IC2_RRBE},
    {"TPROT", RULE_IC, 2, SIE_IC2_TPROT},
    {"SPT", RULE_IC, 3, SIE_IC3_SPT},
    {"STPT", RULE_IC, 3, SIE_IC3_SPT},
    {"SCKC", RULE_IC, 3, SIE_IC3_SCKC},
    {"STCKC", RULE_IC, 3, SIE_IC3_SCKC},
    {"LCTL", RULE_LCTL, 0, 0},
    {"LCTLG", RULE_LCTL, 0, 0},
};

/* rule index + 1 per master-table row, built once */
static uint8_t *rule_of_row;
static pthread_once_t rules_once = PTHREAD_ONCE_INIT;

static void build_rules(void)
{
    static uint8_t table[2048];
    _Static_assert(sizeof rules / sizeof rules[0] < 255, "rule index fits a byte");
    rule_of_row = table;
    for (unsigned r = 0; r < sizeof rules / sizeof rules[0]; r++) {
        const struct insn_desc *d = insn_lookup(rules[r].mnemonic);
        if (d && (unsigned)(d - insn_table) < sizeof table)
            table[d - insn_table] = (uint8_t)(r + 1);
    }
}

static const struct sie_rule *rule_for(const struct insn_desc *d)
{
    pthread_once(&rules_once, build_rules);
    unsigned row = (unsigned)(d - insn_table);
    return row < 2048 && rule_of_row[row] ? &rules[rule_of_row[row] - 1] : NULL;
}

static bool lctl_intercepted(const struct sie_vcpu *vc, const struct insn *in)
{
    uint16_t mask = ld_be16(vc->sd->lctl);
    for (unsigned cr = in->r1;; cr = (cr + 1) & 15) {
        if (mask & (0x8000u >> cr))
            return true;
        if (cr == in->r3)
            return false;
    }
}

int sie_gate(struct cpu *cpu, const struct insn *in)
{
    struct sie_vcpu *vc = cpu->sie;
    const struct sie_rule *r = in->desc ? rule_for(in->desc) : NULL;
    if (!r)
        return 0;
    bool icpt;
    /* for a privileged instruction the privileged-operation exception comes first; STCK is
     * not privileged and is intercepted in either state (as on Hercules 3.13) */
    bool priv_first = (in->flags & F_PRIV) && problem_state(cpu);
    switch (r->kind) {
    case RULE_ALWAYS_EVEN_PROBLEM:
        icpt = true;
        break;
    case RULE_ALWAYS:
        icpt = !priv_first;
        break;
    case RULE_IC:
        icpt = !priv_first && (vc->sd->ic[r->ic_byte] & r->ic_bit);
        break;
    case RULE_LCTL:
        icpt = !priv_first && lctl_intercepted(vc, in);
        break;
    default:
        icpt = false;
        break;
    }
    if (!icpt)
        return 0;
    vc->icpt_code = SIE_C_INST;
    vc->icpt_status = SIE_F_IN;
    if (cpu->in_execute)
        vc->icpt_status |= SIE_F_EX | ((cpu->ilc << 4) & SIE_F_EX_ILC_MASK); /* ilc: 4 or 6 bytes */
    vc->icpt_ipa = (uint16_t)(in->raw >> 48);
    vc->icpt_ipb = (uint32_t)(in->raw >> 16);
    return EXEC_INTERCEPT;
}

/* Program interruptions that may stem from the host's view of guest storage, or that the
 * guest's controls ask for, end interpretive execution (code 0x08); an operation exception
 * may be asked for apart (0x2C).  Protection, addressing and specification always end it, as
 * on Hercules 3.13 (specification not when ecb asks for its interpretation). */
static int program_icpt_code(const struct sie_sd *sd, int code)
{
    uint8_t ic0 = sd->ic[0];
    if (code == PGM_OPERATION && (ic0 & SIE_IC0_OPEREX))
        return SIE_C_OPEREXC;
    if (ic0 & SIE_IC0_PGMALL)
        return SIE_C_PGM;
    switch (code) {
    case PGM_PRIVILEGED:
        return (ic0 & SIE_IC0_PRIVOP) ? SIE_C_PGM : -1;
    case PGM_PROTECTION:
    case PGM_ADDRESSING:
        return SIE_C_PGM;
    case PGM_SPECIFICATION:
        return (sd->ecb & SIE_ECB_SPEC_INTERP) ? -1 : SIE_C_PGM;
    default:
        return -1;
    }
}

bool sie_program_intercept(struct cpu *cpu, int code, const struct insn *in, uint64_t addr)
{
    struct sie_vcpu *vc = cpu->sie;
    if (vc->fault_code && code == PGM_ADDRESSING) {
        /* the host's tables do not map the guest frame: the host gets the exception and
         * issues SIE again once it has mapped it, so the guest instruction is nullified */
        vc->host_pgm = vc->fault_code;
        vc->host_teid = teid_for(vc->fault_va, ACC_FETCH, ASID_PRIMARY);
        vc->fault_code = 0;
        if (in)
            cpu->psw.ia = addr;
        vc->icpt_code = SIE_C_NONE;
        vc->icpt_status = 0;
        vc->icpt_ipa = 0;
        vc->icpt_ipb = 0;
        return true;
    }
    vc->fault_code = 0; /* a lookup that failed without being the cause: forget it */
    int icpt = program_icpt_code(vc->sd, code);
    if (icpt < 0)
        return false;
    vc->icpt_code = (uint8_t)icpt;
    if (icpt == SIE_C_OPEREXC && in) {
        /* the guest PSW is past the instruction, whose text is in ipa/ipb */
        vc->icpt_status = SIE_F_IN;
        vc->icpt_ipa = (uint16_t)(in->raw >> 48);
        vc->icpt_ipb = (uint32_t)(in->raw >> 16);
        return true;
    }
    unsigned ilc = in ? in->len : 0; /* for an EXECUTE target, in is the EXECUTE */
    if (pgm_nullifies(code) && in)
        cpu->psw.ia = addr;
    /* the interruption parameters go where the guest lowcore would have them (SD 0xC0 = 0x80) */
    pgm_store_params(cpu, code, ilc, vc->sd->ip);
    /* Hercules 3.13 leaves status, ipa and ipb zero on a program interception */
    vc->icpt_status = 0;
    vc->icpt_ipa = 0;
    vc->icpt_ipb = 0;
    return true;
}

bool sie_external_intercept(struct cpu *cpu, uint16_t code, uint16_t cpu_addr)
{
    struct sie_vcpu *vc = cpu->sie;
    uint8_t *ip = vc->sd->ip;
    st_be16(ip + SIE_IP(LC_CPU_ADDR), cpu_addr);
    st_be16(ip + SIE_IP(LC_EXT_CODE), code);
    vc->icpt_code = SIE_C_EXTINT;
    vc->icpt_status = 0;
    vc->icpt_ipa = 0;
    vc->icpt_ipb = 0;
    cpu->sie_exit = true;
    return true;
}
