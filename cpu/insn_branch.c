/* Branches (PoP chapter 7): BRANCH ON CONDITION, BRANCH AND LINK/SAVE, BRANCH ON COUNT,
 * BRANCH ON INDEX, BRANCH AND SET MODE.  They are ~19 % of what compiled C executes, so
 * each handler does the test and, only when taken, one branch_to().
 *
 * Order of operations the PoP requires: the branch address is formed before any register
 * is changed (R1 may also be the base, index or R2), and a zero R2 in the RR forms means
 * "do not branch" while the rest of the instruction is still performed. */
#include "insn.h"

#define HI32 0xFFFFFFFF00000000ULL

/* Does mask bit (8 >> cc) select the current condition code? */
static inline int cc_hit(const struct cpu *cpu, unsigned mask)
{
    return (mask & (8u >> cpu->cc)) != 0;
}

static inline void set_low32(struct cpu *cpu, unsigned r, uint32_t v)
{
    cpu->gr[r] = (cpu->gr[r] & HI32) | v;
}

/* Length of the instruction that the linkage information describes: under EXECUTE it is
 * that of EXECUTE (EX 4, EXRL 6, as the EXECUTE handler records in cpu->ilc). */
static inline unsigned link_len(const struct cpu *cpu, const struct insn *in)
{
    if (cpu->in_execute)
        return cpu->ilc ? cpu->ilc : 4;
    return in->len;
}

/* The updated instruction address that linkage records: past EXECUTE for an EXECUTE target
 * (psw.ia then is target + length, for relative addressing in the target). */
static inline uint64_t link_ia(const struct cpu *cpu)
{
    return cpu->in_execute ? cpu->ex_next : cpu->psw.ia;
}

/* New contents of R1 for BAS, BASR, BRAS, BRASL: the updated instruction address in the
 * format of the addressing mode (24: bits 32-39 zero; 31: bit 32 one; 64: all 64 bits).
 * In 24- and 31-bit mode bits 0-31 of R1 are unchanged. */
static inline uint64_t link_bas(const struct cpu *cpu, uint64_t old)
{
    uint64_t ia = link_ia(cpu);
    if (cpu->psw.mask & PSW_EA)
        return ia;
    if (cpu->psw.mask & PSW_BA)
        return (old & HI32) | 0x80000000u | (ia & 0x7FFFFFFFu);
    return (old & HI32) | (ia & 0xFFFFFFu);
}

/* BAL, BALR: in 24-bit mode bits 32-63 of R1 get ILC (2 bits), CC (2), program mask (4)
 * and the 24-bit updated instruction address; otherwise the same as BAS. */
static inline uint64_t link_bal(const struct cpu *cpu, const struct insn *in, uint64_t old)
{
    if (cpu->psw.mask & (PSW_EA | PSW_BA))
        return link_bas(cpu, old);
    uint32_t ilc = link_len(cpu, in) >> 1;
    uint32_t pm = (uint32_t)((cpu->psw.mask & PSW_PM_MASK) >> PSW_PM_SHIFT);
    uint32_t w = ilc << 30 | (uint32_t)cpu->cc << 28 | pm << 24 | (uint32_t)(link_ia(cpu) & 0xFFFFFFu);
    return (old & HI32) | w;
}

/* ---- branch on condition ---- */

int op_BCR(struct cpu *cpu, const struct insn *in)
{
    /* BCR 15,0 (serialization) and BCR 14,0 (fast serialization) only order storage
     * accesses, which one CPU thread performs in order anyway: with R2 = 0 nothing branches. */
    if (in->r2 && cc_hit(cpu, in->r1))
        branch_to(cpu, cpu->gr[in->r2]);
    return 0;
}

int op_BC(struct cpu *cpu, const struct insn *in)
{
    if (cc_hit(cpu, in->r1))
        branch_to(cpu, ea_bxd(cpu, in->x2, in->b2, in->d2));
    return 0;
}

int op_BRC(struct cpu *cpu, const struct insn *in)
{
    if (cc_hit(cpu, in->r1))
        branch_to(cpu, rel_target(cpu, in));
    return 0;
}

/* BRCL shares op_BRC: RIL-c fills ri the same way. */

/* ---- branch and link / branch and save ---- */

int op_BALR(struct cpu *cpu, const struct insn *in)
{
    uint64_t tgt = cpu->gr[in->r2]; /* read before R1 (which may be R2) changes */
    cpu->gr[in->r1] = link_bal(cpu, in, cpu->gr[in->r1]);
    if (in->r2)
        branch_to(cpu, tgt);
    return 0;
}

int op_BAL(struct cpu *cpu, const struct insn *in)
{
    uint64_t tgt = ea_bxd(cpu, in->x2, in->b2, in->d2);
    cpu->gr[in->r1] = link_bal(cpu, in, cpu->gr[in->r1]);
    branch_to(cpu, tgt);
    return 0;
}

int op_BASR(struct cpu *cpu, const struct insn *in)
{
    uint64_t tgt = cpu->gr[in->r2];
    cpu->gr[in->r1] = link_bas(cpu, cpu->gr[in->r1]);
    if (in->r2)
        branch_to(cpu, tgt);
    return 0;
}

int op_BAS(struct cpu *cpu, const struct insn *in)
{
    uint64_t tgt = ea_bxd(cpu, in->x2, in->b2, in->d2);
    cpu->gr[in->r1] = link_bas(cpu, cpu->gr[in->r1]);
    branch_to(cpu, tgt);
    return 0;
}

/* BRAS and BRASL (RI-b / RIL-b). */
int op_BRAS(struct cpu *cpu, const struct insn *in)
{
    uint64_t tgt = rel_target(cpu, in);
    cpu->gr[in->r1] = link_bas(cpu, cpu->gr[in->r1]);
    branch_to(cpu, tgt);
    return 0;
}

/* ---- branch on count ---- */

int op_BCTR(struct cpu *cpu, const struct insn *in)
{
    uint64_t tgt = cpu->gr[in->r2];
    uint32_t v = (uint32_t)cpu->gr[in->r1] - 1;
    set_low32(cpu, in->r1, v);
    if (v && in->r2)
        branch_to(cpu, tgt);
    return 0;
}

int op_BCT(struct cpu *cpu, const struct insn *in)
{
    uint64_t tgt = ea_bxd(cpu, in->x2, in->b2, in->d2);
    uint32_t v = (uint32_t)cpu->gr[in->r1] - 1;
    set_low32(cpu, in->r1, v);
    if (v)
        branch_to(cpu, tgt);
    return 0;
}

int op_BCTGR(struct cpu *cpu, const struct insn *in)
{
    uint64_t tgt = cpu->gr[in->r2];
    uint64_t v = --cpu->gr[in->r1];
    if (v && in->r2)
        branch_to(cpu, tgt);
    return 0;
}

int op_BCTG(struct cpu *cpu, const struct insn *in)
{
    uint64_t tgt = ea_bxd(cpu, in->x2, in->b2, in->d2);
    if (--cpu->gr[in->r1])
        branch_to(cpu, tgt);
    return 0;
}

int op_BRCT(struct cpu *cpu, const struct insn *in)
{
    uint32_t v = (uint32_t)cpu->gr[in->r1] - 1;
    set_low32(cpu, in->r1, v);
    if (v)
        branch_to(cpu, rel_target(cpu, in));
    return 0;
}

int op_BRCTG(struct cpu *cpu, const struct insn *in)
{
    if (--cpu->gr[in->r1])
        branch_to(cpu, rel_target(cpu, in));
    return 0;
}

/* BRCTH (high-word facility): the count is bits 0-31 of R1; bits 32-63 are unchanged. */
int op_BRCTH(struct cpu *cpu, const struct insn *in)
{
    uint32_t v = (uint32_t)(cpu->gr[in->r1] >> 32) - 1;
    cpu->gr[in->r1] = ((uint64_t)v << 32) | (uint32_t)cpu->gr[in->r1];
    if (v)
        branch_to(cpu, rel_target(cpu, in));
    return 0;
}

/* ---- branch on index ----
 * R1 += R3; the sum is compared (signed) with the odd register of the R3 pair: R3 itself
 * when R3 is odd, R3+1 when it is even.  The increment and the comparand are both read
 * before R1 is replaced (R1 may be either of them).  Overflow is ignored. */

static inline int bx32(struct cpu *cpu, const struct insn *in, int high)
{
    int32_t incr = (int32_t)cpu->gr[in->r3];
    int32_t comp = (int32_t)cpu->gr[in->r3 | 1];
    int32_t sum = (int32_t)((uint32_t)cpu->gr[in->r1] + (uint32_t)incr);
    set_low32(cpu, in->r1, (uint32_t)sum);
    return high ? sum > comp : sum <= comp;
}

static inline int bx64(struct cpu *cpu, const struct insn *in, int high)
{
    int64_t incr = (int64_t)cpu->gr[in->r3];
    int64_t comp = (int64_t)cpu->gr[in->r3 | 1];
    int64_t sum = (int64_t)(cpu->gr[in->r1] + (uint64_t)incr);
    cpu->gr[in->r1] = (uint64_t)sum;
    return high ? sum > comp : sum <= comp;
}

int op_BXH(struct cpu *cpu, const struct insn *in)
{
    uint64_t tgt = ea_bd(cpu, in->b2, in->d2);
    if (bx32(cpu, in, 1))
        branch_to(cpu, tgt);
    return 0;
}

int op_BXLE(struct cpu *cpu, const struct insn *in)
{
    uint64_t tgt = ea_bd(cpu, in->b2, in->d2);
    if (bx32(cpu, in, 0))
        branch_to(cpu, tgt);
    return 0;
}

int op_BXHG(struct cpu *cpu, const struct insn *in)
{
    uint64_t tgt = ea_bd(cpu, in->b2, in->d2);
    if (bx64(cpu, in, 1))
        branch_to(cpu, tgt);
    return 0;
}

int op_BXLEG(struct cpu *cpu, const struct insn *in)
{
    uint64_t tgt = ea_bd(cpu, in->b2, in->d2);
    if (bx64(cpu, in, 0))
        branch_to(cpu, tgt);
    return 0;
}

int op_BRXH(struct cpu *cpu, const struct insn *in)
{
    if (bx32(cpu, in, 1))
        branch_to(cpu, rel_target(cpu, in));
    return 0;
}

int op_BRXLE(struct cpu *cpu, const struct insn *in)
{
    if (bx32(cpu, in, 0))
        branch_to(cpu, rel_target(cpu, in));
    return 0;
}

int op_BRXHG(struct cpu *cpu, const struct insn *in)
{
    if (bx64(cpu, in, 1))
        branch_to(cpu, rel_target(cpu, in));
    return 0;
}

int op_BRXLG(struct cpu *cpu, const struct insn *in)
{
    if (bx64(cpu, in, 0))
        branch_to(cpu, rel_target(cpu, in));
    return 0;
}

/* ---- branch and set mode ----
 * The new addressing mode comes from R2: bit 63 one -> 64-bit mode, address bits 0-62;
 * otherwise bit 32 selects 31-bit (address bits 33-63) or 24-bit (bits 40-63). */

static inline void set_mode_and_branch(struct cpu *cpu, uint64_t r2)
{
    uint64_t m = cpu->psw.mask & ~(PSW_EA | PSW_BA);
    uint64_t ia;
    if (r2 & 1) {
        m |= PSW_EA | PSW_BA;
        ia = r2 & ~1ULL;
    } else if (r2 & 0x80000000u) {
        m |= PSW_BA;
        ia = r2 & 0x7FFFFFFFu;
    } else {
        ia = r2 & 0xFFFFFFu;
    }
    cpu->psw.mask = m;
    psw_amode_changed(cpu);
    branch_to(cpu, ia);
}

int op_BSM(struct cpu *cpu, const struct insn *in)
{
    uint64_t r2 = cpu->gr[in->r2];
    if (in->r1) {
        /* record the current mode: bit 63 in 64-bit mode, else bit 32 = the BA bit */
        if (cpu->psw.mask & PSW_EA)
            cpu->gr[in->r1] |= 1;
        else
            cpu->gr[in->r1] = (cpu->gr[in->r1] & ~0x80000000ULL) | ((cpu->psw.mask & PSW_BA) ? 0x80000000u : 0);
    }
    if (in->r2)
        set_mode_and_branch(cpu, r2);
    return 0;
}

int op_BASSM(struct cpu *cpu, const struct insn *in)
{
    uint64_t r2 = cpu->gr[in->r2];
    uint64_t ia = link_ia(cpu);
    /* linkage: 64-bit mode the address with bit 63 one; otherwise as BAS */
    if (cpu->psw.mask & PSW_EA)
        cpu->gr[in->r1] = ia | 1;
    else
        cpu->gr[in->r1] = link_bas(cpu, cpu->gr[in->r1]);
    if (in->r2)
        set_mode_and_branch(cpu, r2);
    return 0;
}
