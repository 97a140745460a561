/* Shifts (PoP chapter 7): single and double, logical and arithmetic, 32 and 64 bits, and the
 * distinct-operands forms.  The shift amount is the rightmost six bits of the second-operand
 * address; the rest of the address is ignored, so no addressing-mode wrap matters here.
 *
 * Arithmetic left shifts keep the sign bit and shift the numeric bits only; a bit unlike the
 * sign shifted out of the leftmost numeric position is an overflow: CC 3, and a fixed-point
 * overflow interruption (after completion) when the program mask allows it. */
#include "insn.h"

#define HI32 0xFFFFFFFF00000000ULL

static inline unsigned shift_amount(const struct cpu *cpu, const struct insn *in)
{
    return (unsigned)((in->b2 ? cpu->gr[in->b2] : 0) + (uint64_t)(int64_t)in->d2) & 63;
}

static inline void set_low32(struct cpu *cpu, unsigned r, uint32_t v)
{
    cpu->gr[r] = (cpu->gr[r] & HI32) | v;
}

static inline uint8_t cc_signed64(int64_t v)
{
    return v == 0 ? 0 : v < 0 ? 1 : 2;
}

static inline int overflow_outcome(struct cpu *cpu)
{
    cpu->cc = 3;
    return (cpu->psw.mask & PSW_PM_FIXOVF) ? PGM_FIXED_OVERFLOW : 0;
}

/* Arithmetic left shift of a 64-bit value by n (0-63): sets *ovf when a bit unlike the sign
 * leaves the numeric part.  The sign and the n bits shifted out are the top n+1 bits; they
 * must all be equal, i.e. v >> (63 - n) (arithmetic) is 0 or -1. */
static inline uint64_t sla64(uint64_t v, unsigned n, int *ovf)
{
    int64_t top = (int64_t)v >> (63 - n);
    *ovf = top != 0 && top != -1;
    return (v & (1ULL << 63)) | ((v << n) & ~(1ULL << 63));
}

/* The same for 32 bits, n 0-63.  Past 31, every numeric bit has left and then zeros shifted
 * in leave too: any nonzero value overflows, a negative one because of those zeros. */
static inline uint32_t sla32(uint32_t v, unsigned n, int *ovf)
{
    if (n > 31) {
        *ovf = v != 0;
        return v & 0x80000000u;
    }
    int32_t top = (int32_t)v >> (31 - n);
    *ovf = top != 0 && top != -1;
    return (v & 0x80000000u) | ((v << n) & 0x7FFFFFFFu);
}

static inline int32_t sra32(uint32_t v, unsigned n)
{
    return (int32_t)v >> (n > 31 ? 31 : n);
}

/* ---- 32-bit single: R1 bits 32-63, R1 bits 0-31 unchanged ---- */

int op_SLL(struct cpu *cpu, const struct insn *in)
{
    set_low32(cpu, in->r1, (uint32_t)((uint64_t)(uint32_t)cpu->gr[in->r1] << shift_amount(cpu, in)));
    return 0;
}

int op_SRL(struct cpu *cpu, const struct insn *in)
{
    set_low32(cpu, in->r1, (uint32_t)((uint64_t)(uint32_t)cpu->gr[in->r1] >> shift_amount(cpu, in)));
    return 0;
}

int op_SLA(struct cpu *cpu, const struct insn *in)
{
    int ovf;
    uint32_t r = sla32((uint32_t)cpu->gr[in->r1], shift_amount(cpu, in), &ovf);
    set_low32(cpu, in->r1, r);
    if (ovf)
        return overflow_outcome(cpu);
    cpu->cc = cc_signed64((int32_t)r);
    return 0;
}

int op_SRA(struct cpu *cpu, const struct insn *in)
{
    int32_t r = sra32((uint32_t)cpu->gr[in->r1], shift_amount(cpu, in));
    set_low32(cpu, in->r1, (uint32_t)r);
    cpu->cc = cc_signed64(r);
    return 0;
}

/* ---- distinct operands (RSY: R1 <- R3 shifted), 32 bits ---- */

int op_SLLK(struct cpu *cpu, const struct insn *in)
{
    set_low32(cpu, in->r1, (uint32_t)((uint64_t)(uint32_t)cpu->gr[in->r3] << shift_amount(cpu, in)));
    return 0;
}

int op_SRLK(struct cpu *cpu, const struct insn *in)
{
    set_low32(cpu, in->r1, (uint32_t)((uint64_t)(uint32_t)cpu->gr[in->r3] >> shift_amount(cpu, in)));
    return 0;
}

int op_SLAK(struct cpu *cpu, const struct insn *in)
{
    int ovf;
    uint32_t r = sla32((uint32_t)cpu->gr[in->r3], shift_amount(cpu, in), &ovf);
    set_low32(cpu, in->r1, r);
    if (ovf)
        return overflow_outcome(cpu);
    cpu->cc = cc_signed64((int32_t)r);
    return 0;
}

int op_SRAK(struct cpu *cpu, const struct insn *in)
{
    int32_t r = sra32((uint32_t)cpu->gr[in->r3], shift_amount(cpu, in));
    set_low32(cpu, in->r1, (uint32_t)r);
    cpu->cc = cc_signed64(r);
    return 0;
}

/* ---- 64-bit single (RSY: R1 <- R3 shifted) ---- */

int op_SLLG(struct cpu *cpu, const struct insn *in)
{
    cpu->gr[in->r1] = cpu->gr[in->r3] << shift_amount(cpu, in);
    return 0;
}

int op_SRLG(struct cpu *cpu, const struct insn *in)
{
    cpu->gr[in->r1] = cpu->gr[in->r3] >> shift_amount(cpu, in);
    return 0;
}

int op_SLAG(struct cpu *cpu, const struct insn *in)
{
    int ovf;
    uint64_t r = sla64(cpu->gr[in->r3], shift_amount(cpu, in), &ovf);
    cpu->gr[in->r1] = r;
    if (ovf)
        return overflow_outcome(cpu);
    cpu->cc = cc_signed64((int64_t)r);
    return 0;
}

int op_SRAG(struct cpu *cpu, const struct insn *in)
{
    int64_t r = (int64_t)cpu->gr[in->r3] >> shift_amount(cpu, in);
    cpu->gr[in->r1] = (uint64_t)r;
    cpu->cc = cc_signed64(r);
    return 0;
}

/* ---- double: the 64-bit value in bits 32-63 of the even/odd pair R1, R1+1 ----
 * An odd R1 is a specification exception (suppression: nothing changes). */

static inline uint64_t pair_get(const struct cpu *cpu, unsigned r1)
{
    return (cpu->gr[r1] << 32) | (uint32_t)cpu->gr[r1 + 1];
}

static inline void pair_set(struct cpu *cpu, unsigned r1, uint64_t v)
{
    set_low32(cpu, r1, (uint32_t)(v >> 32));
    set_low32(cpu, r1 + 1, (uint32_t)v);
}

int op_SLDL(struct cpu *cpu, const struct insn *in)
{
    if (in->r1 & 1)
        return PGM_SPECIFICATION;
    pair_set(cpu, in->r1, pair_get(cpu, in->r1) << shift_amount(cpu, in));
    return 0;
}

int op_SRDL(struct cpu *cpu, const struct insn *in)
{
    if (in->r1 & 1)
        return PGM_SPECIFICATION;
    pair_set(cpu, in->r1, pair_get(cpu, in->r1) >> shift_amount(cpu, in));
    return 0;
}

int op_SLDA(struct cpu *cpu, const struct insn *in)
{
    if (in->r1 & 1)
        return PGM_SPECIFICATION;
    int ovf;
    uint64_t r = sla64(pair_get(cpu, in->r1), shift_amount(cpu, in), &ovf);
    pair_set(cpu, in->r1, r);
    if (ovf)
        return overflow_outcome(cpu);
    cpu->cc = cc_signed64((int64_t)r);
    return 0;
}

int op_SRDA(struct cpu *cpu, const struct insn *in)
{
    if (in->r1 & 1)
        return PGM_SPECIFICATION;
    int64_t r = (int64_t)pair_get(cpu, in->r1) >> shift_amount(cpu, in);
    pair_set(cpu, in->r1, (uint64_t)r);
    cpu->cc = cc_signed64(r);
    return 0;
}
