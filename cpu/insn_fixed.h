/* Shared helpers of the fixed-point instruction handlers (PoP chapter 7): operand addresses,
 * 32-bit register updates that keep bits 0-31, and the common condition-code rules.
 * Included only by insn_load.c, insn_store.c, insn_arith.c, insn_logical.c, insn_compare.c
 * and insn_muldiv.c. */
#ifndef ZSIE_INSN_FIXED_H
#define ZSIE_INSN_FIXED_H

#include "access.h"
#include "insn.h"

#define HI32 0xFFFFFFFF00000000ULL

/* Second-operand address of RX, RXY (X2, B2, D2) and of RS, RSY, SIL-like (B, D) forms. */
static inline uint64_t rx_ea(const struct cpu *cpu, const struct insn *in)
{
    return ea_bxd(cpu, in->x2, in->b2, in->d2);
}
static inline uint64_t rs_ea(const struct cpu *cpu, const struct insn *in)
{
    return ea_bd(cpu, in->b2, in->d2);
}
static inline uint64_t si_ea(const struct cpu *cpu, const struct insn *in)
{
    return ea_bd(cpu, in->b1, in->d1);
}

/* Replace bits 32-63 of a general register, keeping bits 0-31. */
static inline void set_lo32(struct cpu *cpu, unsigned r, uint32_t v)
{
    cpu->gr[r] = (cpu->gr[r] & HI32) | v;
}
/* Replace bits 0-31, keeping bits 32-63. */
static inline void set_hi32(struct cpu *cpu, unsigned r, uint32_t v)
{
    cpu->gr[r] = (cpu->gr[r] & ~HI32) | ((uint64_t)v << 32);
}
static inline uint32_t lo32(const struct cpu *cpu, unsigned r)
{
    return (uint32_t)cpu->gr[r];
}

/* CC 0 zero, 1 negative, 2 positive. */
static inline uint8_t cc_signed(int64_t v)
{
    return v == 0 ? 0 : v < 0 ? 1 : 2;
}
/* CC 0 equal, 1 first operand low, 2 first operand high. */
#define CC_CMP(a, b) ((uint8_t)((a) == (b) ? 0 : (a) < (b) ? 1 : 2))

/* Signed add/subtract outcome: CC 3 on overflow, which is a (completion-type) fixed-point
 * overflow exception when the program mask allows it. */
static inline int overflow_exit(struct cpu *cpu, bool ovf, int64_t result)
{
    if (__builtin_expect(ovf, 0)) {
        cpu->cc = 3;
        return (cpu->psw.mask & PSW_PM_FIXOVF) ? PGM_FIXED_OVERFLOW : 0;
    }
    cpu->cc = cc_signed(result);
    return 0;
}

/* Logical add/subtract: CC = (result nonzero ? 1 : 0) + (carry out ? 2 : 0). */
static inline uint8_t cc_logical(uint64_t result, bool carry)
{
    return (uint8_t)((result != 0) | (carry << 1));
}

/* The RL instructions' operand: halfword-aligned by construction; word and doubleword
 * operands must be aligned (specification exception). */
static inline int rl_addr(const struct cpu *cpu, const struct insn *in, unsigned align, uint64_t *a)
{
    *a = rel_target(cpu, in);
    return (*a & (align - 1)) ? PGM_SPECIFICATION : 0;
}

/* Fetch helpers that return the program-interruption code (0 = fetched). */
#define FETCH(bits, addr, var)                                                              \
    uint##bits##_t var;                                                                      \
    do {                                                                                     \
        int fetch_rc_ = vread##bits(cpu, (addr), &var);                                     \
        if (fetch_rc_)                                                                       \
            return fetch_rc_;                                                                \
    } while (0)

/* The bytes of w that mask m (4 bits, leftmost = byte 0) selects, left to right, into out;
 * returns how many (STCM, CLM). */
static inline unsigned mask_bytes(uint32_t w, unsigned m, uint8_t out[4])
{
    unsigned n = 0;
    for (unsigned i = 0; i < 4; i++)
        if (m & (8 >> i))
            out[n++] = (uint8_t)(w >> (24 - 8 * i));
    return n;
}

/* The condition of a load/store on condition: mask bit 8 >> cc selects. */
static inline bool cond_true(const struct cpu *cpu, unsigned m3)
{
    return (m3 >> (3 - cpu->cc)) & 1;
}

#endif
