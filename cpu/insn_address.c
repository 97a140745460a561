/* LOAD ADDRESS and its relatives (PoP chapter 7).  No storage is referenced.  The address is
 * formed under the addressing mode: in 24-bit mode bits 32-39 of R1 become zero, in 31-bit
 * mode bit 32; in both, bits 0-31 of R1 are unchanged. */
#include "insn.h"

static inline void set_address(struct cpu *cpu, unsigned r1, uint64_t a)
{
    if (cpu->psw.mask & PSW_EA)
        cpu->gr[r1] = a;
    else
        cpu->gr[r1] = (cpu->gr[r1] & 0xFFFFFFFF00000000ULL) | a; /* a already wrapped */
}

/* LA (RX) and LAY (RXY). */
int op_LA(struct cpu *cpu, const struct insn *in)
{
    set_address(cpu, in->r1, ea_bxd(cpu, in->x2, in->b2, in->d2));
    return 0;
}

int op_LARL(struct cpu *cpu, const struct insn *in)
{
    set_address(cpu, in->r1, rel_target(cpu, in));
    return 0;
}

/* LAE (RX) and LAEY (RXY): also access register R1, with the ALET that designates the
 * address space of the translation mode: primary 0, secondary 1, home 2; in access-register
 * mode the contents of access register B2 (zero when B2 is 0). */
int op_LAE(struct cpu *cpu, const struct insn *in)
{
    set_address(cpu, in->r1, ea_bxd(cpu, in->x2, in->b2, in->d2));
    switch ((cpu->psw.mask & PSW_ASC_MASK) >> PSW_ASC_SHIFT) {
    case 0: cpu->ar[in->r1] = 0; break;
    case 1: cpu->ar[in->r1] = in->b2 ? cpu->ar[in->b2] : 0; break;
    case 2: cpu->ar[in->r1] = 1; break;
    default: cpu->ar[in->r1] = 2; break;
    }
    return 0;
}
