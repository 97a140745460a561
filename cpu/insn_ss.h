/* Small helpers shared by the storage-to-storage, string and decimal handlers
 * (insn_ss.c, insn_string.c, insn_decimal.c, decimal_edit.c). */
#ifndef ZSIE_INSN_SS_H
#define ZSIE_INSN_SS_H

#include "access.h"
#include "insn.h"

/* Bytes from va to the end of its page. */
static inline uint64_t page_left(uint64_t va)
{
    return PAGE_SIZE - (va & ~PAGE_MASK);
}

/* An operand address taken from a general register, in the current addressing mode. */
static inline uint64_t gr_addr(const struct cpu *cpu, unsigned r)
{
    return cpu->gr[r] & amode_mask(cpu);
}

/* Put an updated operand address back into GR r, as MVCL, CLCL, MVCLE, CLCLE, MVST, CLST and
 * SRST do: all 64 bits in the 64-bit mode; otherwise bits 32-63 get the address with the bits
 * outside the addressing mode zero (32-39 in the 24-bit mode, 32 in the 31-bit mode) and
 * bits 0-31 are unchanged. */
static inline void gr_put_addr(struct cpu *cpu, unsigned r, uint64_t a)
{
    if (cpu->psw.mask & PSW_EA)
        cpu->gr[r] = a;
    else
        cpu->gr[r] = (cpu->gr[r] & 0xFFFFFFFF00000000ULL) | (a & amode_mask(cpu));
}

/* GR1 as TRANSLATE AND TEST and EDIT AND MARK set it: in the 24-bit mode only bits 40-63
 * are replaced (32-39 unchanged); in the 31-bit mode bits 32-63 (bit 32 zero). */
static inline void gr_put_addr_trt(struct cpu *cpu, unsigned r, uint64_t a)
{
    if (cpu->psw.mask & PSW_EA)
        cpu->gr[r] = a;
    else if (cpu->psw.mask & PSW_BA)
        cpu->gr[r] = (cpu->gr[r] & 0xFFFFFFFF00000000ULL) | (a & 0x7FFFFFFFULL);
    else
        cpu->gr[r] = (cpu->gr[r] & ~0xFFFFFFULL) | (a & 0xFFFFFFULL);
}

/* Bits 32-63 of a GR into its low word, keeping bits 0-31. */
static inline void gr_put_low(struct cpu *cpu, unsigned r, uint32_t v)
{
    cpu->gr[r] = (cpu->gr[r] & 0xFFFFFFFF00000000ULL) | v;
}

#endif
