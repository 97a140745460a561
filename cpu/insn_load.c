/* Fixed-point loads and stores (PoP chapter 7). */
#include "insn.h"

int op_LR(struct cpu *cpu, const struct insn *in)
{
    cpu->gr[in->r1] = (cpu->gr[in->r1] & 0xFFFFFFFF00000000ULL) | (uint32_t)cpu->gr[in->r2];
    return 0;
}

int op_LGR(struct cpu *cpu, const struct insn *in)
{
    cpu->gr[in->r1] = cpu->gr[in->r2];
    return 0;
}

int op_LHI(struct cpu *cpu, const struct insn *in)
{
    cpu->gr[in->r1] = (cpu->gr[in->r1] & 0xFFFFFFFF00000000ULL) | (uint32_t)(int32_t)in->i2;
    return 0;
}

int op_LGHI(struct cpu *cpu, const struct insn *in)
{
    cpu->gr[in->r1] = (uint64_t)in->i2;
    return 0;
}
