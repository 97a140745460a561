/* Branches (PoP chapter 7). */
#include "insn.h"

int op_BCR(struct cpu *cpu, const struct insn *in)
{
    /* BCR 14/15,0 is a serialization point, and any mask with R2=0 does not branch */
    if (in->r2 && (in->r1 & (8 >> cpu->cc)))
        branch_to(cpu, cpu->gr[in->r2]);
    return 0;
}

int op_BRC(struct cpu *cpu, const struct insn *in)
{
    if (in->r1 & (8 >> cpu->cc))
        branch_to(cpu, rel_target(cpu, in));
    return 0;
}

int op_BRCT(struct cpu *cpu, const struct insn *in)
{
    uint32_t v = (uint32_t)cpu->gr[in->r1] - 1;
    cpu->gr[in->r1] = (cpu->gr[in->r1] & 0xFFFFFFFF00000000ULL) | v;
    if (v)
        branch_to(cpu, rel_target(cpu, in));
    return 0;
}
