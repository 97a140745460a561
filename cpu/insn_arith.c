/* Fixed-point arithmetic (PoP chapter 7): add, subtract, with overflow per the program mask. */
#include "insn.h"

int op_AR(struct cpu *cpu, const struct insn *in)
{
    int32_t a = (int32_t)cpu->gr[in->r1], b = (int32_t)cpu->gr[in->r2], r;
    bool ovf = __builtin_add_overflow(a, b, &r);
    cpu->gr[in->r1] = (cpu->gr[in->r1] & 0xFFFFFFFF00000000ULL) | (uint32_t)r;
    cpu->cc = ovf ? 3 : r == 0 ? 0 : r < 0 ? 1 : 2;
    return ovf && (cpu->psw.mask & PSW_PM_FIXOVF) ? PGM_FIXED_OVERFLOW : 0;
}
