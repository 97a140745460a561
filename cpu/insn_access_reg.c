/* Access-register instructions (PoP chapter 7 and 10): SAR, EAR, CPYA, LAM(Y), STAM(Y). */
#include "access.h"
#include "insn.h"

int op_SAR(struct cpu *cpu, const struct insn *in)
{
    cpu->ar[in->r1] = (uint32_t)cpu->gr[in->r2];
    return 0;
}

int op_EAR(struct cpu *cpu, const struct insn *in)
{
    cpu->gr[in->r1] = (cpu->gr[in->r1] & 0xFFFFFFFF00000000ULL) | cpu->ar[in->r2];
    return 0;
}

int op_CPYA(struct cpu *cpu, const struct insn *in)
{
    cpu->ar[in->r1] = cpu->ar[in->r2];
    return 0;
}

/* Registers R1 through R3, wrapping from 15 to 0, from/to consecutive words at the
 * word-aligned second operand.  The whole operand is accessed before a register changes. */
int op_LAM(struct cpu *cpu, const struct insn *in)
{
    uint64_t a = ea_bd(cpu, in->b2, in->d2);
    if (a & 3)
        return PGM_SPECIFICATION;
    unsigned n = ((in->r3 - in->r1) & 15) + 1;
    uint8_t buf[64];
    int rc = vread(cpu, a, buf, 4 * n);
    if (rc)
        return rc;
    for (unsigned i = 0; i < n; i++) {
        const uint8_t *b = buf + 4 * i;
        cpu->ar[(in->r1 + i) & 15] = (uint32_t)b[0] << 24 | (uint32_t)b[1] << 16 | (uint32_t)b[2] << 8 | b[3];
    }
    return 0;
}

int op_STAM(struct cpu *cpu, const struct insn *in)
{
    uint64_t a = ea_bd(cpu, in->b2, in->d2);
    if (a & 3)
        return PGM_SPECIFICATION;
    unsigned n = ((in->r3 - in->r1) & 15) + 1;
    uint8_t buf[64];
    for (unsigned i = 0; i < n; i++) {
        uint32_t v = cpu->ar[(in->r1 + i) & 15];
        uint8_t *b = buf + 4 * i;
        b[0] = (uint8_t)(v >> 24), b[1] = (uint8_t)(v >> 16), b[2] = (uint8_t)(v >> 8), b[3] = (uint8_t)v;
    }
    return vwrite(cpu, a, buf, 4 * n);
}
