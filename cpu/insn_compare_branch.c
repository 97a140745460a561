/* COMPARE AND BRANCH, COMPARE AND BRANCH RELATIVE, COMPARE AND TRAP and their logical and
 * immediate forms (general-instructions-extension facility, PoP chapter 7).
 *
 * The comparison result indexes the M3 mask like a condition code, without setting it:
 * 0 equal (mask 8), 1 first operand low (mask 4), 2 first operand high (mask 2); mask bit 1
 * is ignored.  A trap is a data exception with DXC X'FF'. */
#include "access.h"
#include "insn.h"

#define DXC_COMPARE_AND_TRAP 0xFF

static inline unsigned cmp_s(int64_t a, int64_t b)
{
    return a == b ? 0 : a < b ? 1 : 2;
}

static inline unsigned cmp_u(uint64_t a, uint64_t b)
{
    return a == b ? 0 : a < b ? 1 : 2;
}

static inline int hit(unsigned m3, unsigned res)
{
    return (m3 & (8u >> res)) != 0;
}

static inline int trap_if(struct cpu *cpu, unsigned m3, unsigned res)
{
    if (hit(m3, res)) {
        cpu->dxc = DXC_COMPARE_AND_TRAP;
        return PGM_DATA;
    }
    return 0;
}

#define R32(r) ((int32_t)cpu->gr[r])
#define U32(r) ((uint32_t)cpu->gr[r])
#define R64(r) ((int64_t)cpu->gr[r])
#define U64(r) (cpu->gr[r])

/* ---- relative (RIE-b: R1, R2, M3 -> r3;  RIE-c: R1, M3 -> r3, I2 -> i2) ---- */

int op_CRJ(struct cpu *cpu, const struct insn *in)
{
    if (hit(in->r3, cmp_s(R32(in->r1), R32(in->r2))))
        branch_to(cpu, rel_target(cpu, in));
    return 0;
}

int op_CGRJ(struct cpu *cpu, const struct insn *in)
{
    if (hit(in->r3, cmp_s(R64(in->r1), R64(in->r2))))
        branch_to(cpu, rel_target(cpu, in));
    return 0;
}

int op_CLRJ(struct cpu *cpu, const struct insn *in)
{
    if (hit(in->r3, cmp_u(U32(in->r1), U32(in->r2))))
        branch_to(cpu, rel_target(cpu, in));
    return 0;
}

int op_CLGRJ(struct cpu *cpu, const struct insn *in)
{
    if (hit(in->r3, cmp_u(U64(in->r1), U64(in->r2))))
        branch_to(cpu, rel_target(cpu, in));
    return 0;
}

int op_CIJ(struct cpu *cpu, const struct insn *in)
{
    if (hit(in->r3, cmp_s(R32(in->r1), in->i2)))
        branch_to(cpu, rel_target(cpu, in));
    return 0;
}

int op_CGIJ(struct cpu *cpu, const struct insn *in)
{
    if (hit(in->r3, cmp_s(R64(in->r1), in->i2)))
        branch_to(cpu, rel_target(cpu, in));
    return 0;
}

/* The logical immediate forms treat I2 as an unsigned byte. */
int op_CLIJ(struct cpu *cpu, const struct insn *in)
{
    if (hit(in->r3, cmp_u(U32(in->r1), (uint8_t)in->i2)))
        branch_to(cpu, rel_target(cpu, in));
    return 0;
}

int op_CLGIJ(struct cpu *cpu, const struct insn *in)
{
    if (hit(in->r3, cmp_u(U64(in->r1), (uint8_t)in->i2)))
        branch_to(cpu, rel_target(cpu, in));
    return 0;
}

/* ---- to B4+D4 (RRS: R1, R2, M3 -> r3, B4/D4 -> b2/d2;  RIS: R1, M3 -> r3, I2 -> i2) ---- */

int op_CRB(struct cpu *cpu, const struct insn *in)
{
    if (hit(in->r3, cmp_s(R32(in->r1), R32(in->r2))))
        branch_to(cpu, ea_bd(cpu, in->b2, in->d2));
    return 0;
}

int op_CGRB(struct cpu *cpu, const struct insn *in)
{
    if (hit(in->r3, cmp_s(R64(in->r1), R64(in->r2))))
        branch_to(cpu, ea_bd(cpu, in->b2, in->d2));
    return 0;
}

int op_CLRB(struct cpu *cpu, const struct insn *in)
{
    if (hit(in->r3, cmp_u(U32(in->r1), U32(in->r2))))
        branch_to(cpu, ea_bd(cpu, in->b2, in->d2));
    return 0;
}

int op_CLGRB(struct cpu *cpu, const struct insn *in)
{
    if (hit(in->r3, cmp_u(U64(in->r1), U64(in->r2))))
        branch_to(cpu, ea_bd(cpu, in->b2, in->d2));
    return 0;
}

int op_CIB(struct cpu *cpu, const struct insn *in)
{
    if (hit(in->r3, cmp_s(R32(in->r1), in->i2)))
        branch_to(cpu, ea_bd(cpu, in->b2, in->d2));
    return 0;
}

int op_CGIB(struct cpu *cpu, const struct insn *in)
{
    if (hit(in->r3, cmp_s(R64(in->r1), in->i2)))
        branch_to(cpu, ea_bd(cpu, in->b2, in->d2));
    return 0;
}

int op_CLIB(struct cpu *cpu, const struct insn *in)
{
    if (hit(in->r3, cmp_u(U32(in->r1), (uint8_t)in->i2)))
        branch_to(cpu, ea_bd(cpu, in->b2, in->d2));
    return 0;
}

int op_CLGIB(struct cpu *cpu, const struct insn *in)
{
    if (hit(in->r3, cmp_u(U64(in->r1), (uint8_t)in->i2)))
        branch_to(cpu, ea_bd(cpu, in->b2, in->d2));
    return 0;
}

/* ---- compare and trap (RRF-c: M3 -> r3;  RIE-a: I2 16 bits, M3 -> r3) ---- */

int op_CRT(struct cpu *cpu, const struct insn *in)
{
    return trap_if(cpu, in->r3, cmp_s(R32(in->r1), R32(in->r2)));
}

int op_CGRT(struct cpu *cpu, const struct insn *in)
{
    return trap_if(cpu, in->r3, cmp_s(R64(in->r1), R64(in->r2)));
}

int op_CLRT(struct cpu *cpu, const struct insn *in)
{
    return trap_if(cpu, in->r3, cmp_u(U32(in->r1), U32(in->r2)));
}

int op_CLGRT(struct cpu *cpu, const struct insn *in)
{
    return trap_if(cpu, in->r3, cmp_u(U64(in->r1), U64(in->r2)));
}

int op_CIT(struct cpu *cpu, const struct insn *in)
{
    return trap_if(cpu, in->r3, cmp_s(R32(in->r1), in->i2));
}

int op_CGIT(struct cpu *cpu, const struct insn *in)
{
    return trap_if(cpu, in->r3, cmp_s(R64(in->r1), in->i2));
}

int op_CLFIT(struct cpu *cpu, const struct insn *in)
{
    return trap_if(cpu, in->r3, cmp_u(U32(in->r1), (uint16_t)in->i2));
}

int op_CLGIT(struct cpu *cpu, const struct insn *in)
{
    return trap_if(cpu, in->r3, cmp_u(U64(in->r1), (uint16_t)in->i2));
}

/* CLT, CLGT (RSY-b: M3 -> r3; miscellaneous-instruction-extension facility): the storage
 * operand is fetched whatever the mask says, so its access exceptions come first. */
int op_CLT(struct cpu *cpu, const struct insn *in)
{
    uint32_t v;
    int rc = vread32(cpu, ea_bd(cpu, in->b2, in->d2), &v);
    if (rc)
        return rc;
    return trap_if(cpu, in->r3, cmp_u(U32(in->r1), v));
}

int op_CLGT(struct cpu *cpu, const struct insn *in)
{
    uint64_t v;
    int rc = vread64(cpu, ea_bd(cpu, in->b2, in->d2), &v);
    if (rc)
        return rc;
    return trap_if(cpu, in->r3, cmp_u(U64(in->r1), v));
}
