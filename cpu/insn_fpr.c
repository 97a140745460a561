/* Floating-point-support instructions (PoP chapter 9): FPR loads, stores and copies, the
 * sign-copying instructions, the FPR<->GR transfers, and the FPC register instructions.
 * None of them looks at the value: no IEEE exceptions, no CC.  With AFP-register control
 * off only FPRs 0, 2, 4 and 6 exist (data exception DXC 1); the FPC instructions are BFP
 * instructions then (DXC 2). */
#include "access.h"
#include "bfp.h"

#define SIGN64 (1ULL << 63)

int op_LER(struct cpu *cpu, const struct insn *in)
{
    FPR_CHECK(cpu, in->r1 | in->r2);
    set_fpr_s(cpu, in->r1, fpr_s(cpu, in->r2));
    return 0;
}

int op_LDR(struct cpu *cpu, const struct insn *in)
{
    FPR_CHECK(cpu, in->r1 | in->r2);
    cpu->fpr[in->r1] = cpu->fpr[in->r2];
    return 0;
}

int op_LXR(struct cpu *cpu, const struct insn *in)
{
    FPR_CHECK(cpu, in->r1 | in->r2);
    PAIR_CHECK(in->r1 | in->r2);
    uint64_t hi = cpu->fpr[in->r2], lo = cpu->fpr[in->r2 + 2];
    cpu->fpr[in->r1] = hi;
    cpu->fpr[in->r1 + 2] = lo;
    return 0;
}

/* LE, LEY */
int op_LE(struct cpu *cpu, const struct insn *in)
{
    FPR_CHECK(cpu, in->r1);
    uint32_t v;
    int rc = vread32(cpu, ea_bxd(cpu, in->x2, in->b2, in->d2), &v);
    if (rc)
        return rc;
    set_fpr_s(cpu, in->r1, v);
    return 0;
}

/* LD, LDY */
int op_LD(struct cpu *cpu, const struct insn *in)
{
    FPR_CHECK(cpu, in->r1);
    uint64_t v;
    int rc = vread64(cpu, ea_bxd(cpu, in->x2, in->b2, in->d2), &v);
    if (rc)
        return rc;
    cpu->fpr[in->r1] = v;
    return 0;
}

/* STE, STEY */
int op_STE(struct cpu *cpu, const struct insn *in)
{
    FPR_CHECK(cpu, in->r1);
    return vwrite32(cpu, ea_bxd(cpu, in->x2, in->b2, in->d2), fpr_s(cpu, in->r1));
}

/* STD, STDY */
int op_STD(struct cpu *cpu, const struct insn *in)
{
    FPR_CHECK(cpu, in->r1);
    return vwrite64(cpu, ea_bxd(cpu, in->x2, in->b2, in->d2), cpu->fpr[in->r1]);
}

int op_LZER(struct cpu *cpu, const struct insn *in)
{
    FPR_CHECK(cpu, in->r1);
    set_fpr_s(cpu, in->r1, 0);
    return 0;
}

int op_LZDR(struct cpu *cpu, const struct insn *in)
{
    FPR_CHECK(cpu, in->r1);
    cpu->fpr[in->r1] = 0;
    return 0;
}

int op_LZXR(struct cpu *cpu, const struct insn *in)
{
    FPR_CHECK(cpu, in->r1);
    PAIR_CHECK(in->r1);
    cpu->fpr[in->r1] = 0;
    cpu->fpr[in->r1 + 2] = 0;
    return 0;
}

int op_LDGR(struct cpu *cpu, const struct insn *in)
{
    FPR_CHECK(cpu, in->r1);
    cpu->fpr[in->r1] = cpu->gr[in->r2];
    return 0;
}

int op_LGDR(struct cpu *cpu, const struct insn *in)
{
    FPR_CHECK(cpu, in->r2);
    cpu->gr[in->r1] = cpu->fpr[in->r2];
    return 0;
}

int op_LPDFR(struct cpu *cpu, const struct insn *in)
{
    FPR_CHECK(cpu, in->r1 | in->r2);
    cpu->fpr[in->r1] = cpu->fpr[in->r2] & ~SIGN64;
    return 0;
}

int op_LNDFR(struct cpu *cpu, const struct insn *in)
{
    FPR_CHECK(cpu, in->r1 | in->r2);
    cpu->fpr[in->r1] = cpu->fpr[in->r2] | SIGN64;
    return 0;
}

int op_LCDFR(struct cpu *cpu, const struct insn *in)
{
    FPR_CHECK(cpu, in->r1 | in->r2);
    cpu->fpr[in->r1] = cpu->fpr[in->r2] ^ SIGN64;
    return 0;
}

/* CPSDR R1,R3,R2: magnitude of R2, sign of R3. */
int op_CPSDR(struct cpu *cpu, const struct insn *in)
{
    FPR_CHECK(cpu, in->r1 | in->r2 | in->r3);
    cpu->fpr[in->r1] = (cpu->fpr[in->r2] & ~SIGN64) | (cpu->fpr[in->r3] & SIGN64);
    return 0;
}

/* ---- FPC ---- */

static bool fpc_valid(uint32_t v)
{
    unsigned brm = v & FPC_BRM;
    return (v & ~FPC_VALID) == 0 && (brm < 4 || brm == 7);
}

int op_LFPC(struct cpu *cpu, const struct insn *in)
{
    BFP_CHECK(cpu);
    uint32_t v;
    int rc = vread32(cpu, ea_bd(cpu, in->b2, in->d2), &v);
    if (rc)
        return rc;
    if (!fpc_valid(v))
        return PGM_SPECIFICATION;
    cpu->fpc = v;
    return 0;
}

int op_STFPC(struct cpu *cpu, const struct insn *in)
{
    BFP_CHECK(cpu);
    return vwrite32(cpu, ea_bd(cpu, in->b2, in->d2), cpu->fpc);
}

int op_SFPC(struct cpu *cpu, const struct insn *in)
{
    BFP_CHECK(cpu);
    uint32_t v = (uint32_t)cpu->gr[in->r1];
    if (!fpc_valid(v))
        return PGM_SPECIFICATION;
    cpu->fpc = v;
    return 0;
}

int op_EFPC(struct cpu *cpu, const struct insn *in)
{
    BFP_CHECK(cpu);
    cpu->gr[in->r1] = (cpu->gr[in->r1] & 0xFFFFFFFF00000000ULL) | cpu->fpc;
    return 0;
}

/* SRNM: address bits 62-63 become FPC bits 30-31; bit 29 is set to zero. */
int op_SRNM(struct cpu *cpu, const struct insn *in)
{
    BFP_CHECK(cpu);
    uint64_t a = ea_bd(cpu, in->b2, in->d2);
    cpu->fpc = (cpu->fpc & ~FPC_BRM) | (uint32_t)(a & 3);
    return 0;
}

/* SRNMB: address bits 61-63 become FPC bits 29-31; 4-6 are not valid rounding modes and
 * bits 56-60 must be zero. */
int op_SRNMB(struct cpu *cpu, const struct insn *in)
{
    BFP_CHECK(cpu);
    uint64_t a = ea_bd(cpu, in->b2, in->d2);
    unsigned m = (unsigned)(a & 7);
    if ((a & 0xF8) || (m >= 4 && m != 7))
        return PGM_SPECIFICATION;
    cpu->fpc = (cpu->fpc & ~FPC_BRM) | m;
    return 0;
}
