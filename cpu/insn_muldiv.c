/* Fixed-point multiply and divide (PoP chapter 7).  The double-width forms use the even/odd
 * pair R1, R1+1 (specification exception for an odd R1, recognised before any storage
 * access); the single forms keep the low bits of the product and never overflow.  Divide
 * exceptions (zero divisor, quotient too large) suppress: no register changes. */
#include "insn_fixed.h"

#define R1 cpu->gr[in->r1]
#define ODD_R1() do { if (in->r1 & 1) return PGM_SPECIFICATION; } while (0)

/* ---- single-width: MS, MSR, MSY (and MH, MHY, MHI, MSFI): low 32 bits in bits 32-63 ---- */
static inline int mul32(struct cpu *cpu, unsigned r1, int32_t b)
{
    set_lo32(cpu, r1, (uint32_t)lo32(cpu, r1) * (uint32_t)b);
    return 0;
}
static inline int mul64(struct cpu *cpu, unsigned r1, int64_t b)
{
    cpu->gr[r1] *= (uint64_t)b;
    return 0;
}

#define MUL_RR(name, fn, b)                                                                 \
    int op_##name(struct cpu *cpu, const struct insn *in) { return fn(cpu, in->r1, b); }
#define MUL_RX(name, bits, fn, b)                                                           \
    int op_##name(struct cpu *cpu, const struct insn *in)                                   \
    {                                                                                       \
        FETCH(bits, rx_ea(cpu, in), v);                                                     \
        return fn(cpu, in->r1, b);                                                          \
    }
MUL_RR(MSR, mul32, (int32_t)cpu->gr[in->r2])
MUL_RR(MHI, mul32, (int32_t)in->i2) /* also MSFI */
MUL_RX(MS, 32, mul32, (int32_t)v)
MUL_RX(MH, 16, mul32, (int16_t)v)
MUL_RR(MSGR, mul64, (int64_t)cpu->gr[in->r2])
MUL_RR(MSGFR, mul64, (int32_t)cpu->gr[in->r2])
MUL_RR(MGHI, mul64, in->i2) /* also MSGFI */
MUL_RX(MSG, 64, mul64, (int64_t)v)
MUL_RX(MSGF, 32, mul64, (int32_t)v)

/* ---- double-width: M, MR, MFY (signed 32 x 32), ML, MLR (unsigned 32 x 32) multiply
 * bits 32-63 of R1+1; the 64-bit product goes to bits 32-63 of R1 (high half) and R1+1.
 * MLG, MLGR: 64 x 64 unsigned, 128-bit product in R1:R1+1. ---- */
static inline void put_pair32(struct cpu *cpu, unsigned r1, uint64_t p)
{
    set_lo32(cpu, r1, (uint32_t)(p >> 32));
    set_lo32(cpu, r1 + 1, (uint32_t)p);
}
static inline int mul_pair_s(struct cpu *cpu, unsigned r1, int32_t b)
{
    put_pair32(cpu, r1, (uint64_t)((int64_t)(int32_t)lo32(cpu, r1 + 1) * b));
    return 0;
}
static inline int mul_pair_l(struct cpu *cpu, unsigned r1, uint32_t b)
{
    put_pair32(cpu, r1, (uint64_t)lo32(cpu, r1 + 1) * b);
    return 0;
}
static inline int mul_pair_lg(struct cpu *cpu, unsigned r1, uint64_t b)
{
    unsigned __int128 p = (unsigned __int128)cpu->gr[r1 + 1] * b;
    cpu->gr[r1] = (uint64_t)(p >> 64);
    cpu->gr[r1 + 1] = (uint64_t)p;
    return 0;
}

#define PAIR_RR(name, fn, b)                                                                \
    int op_##name(struct cpu *cpu, const struct insn *in)                                   \
    {                                                                                       \
        ODD_R1();                                                                           \
        return fn(cpu, in->r1, b);                                                          \
    }
#define PAIR_RX(name, bits, fn, b)                                                          \
    int op_##name(struct cpu *cpu, const struct insn *in)                                   \
    {                                                                                       \
        ODD_R1();                                                                           \
        FETCH(bits, rx_ea(cpu, in), v);                                                     \
        return fn(cpu, in->r1, b);                                                          \
    }
PAIR_RR(MR, mul_pair_s, (int32_t)cpu->gr[in->r2])
PAIR_RX(M, 32, mul_pair_s, (int32_t)v) /* also MFY */
PAIR_RR(MLR, mul_pair_l, (uint32_t)cpu->gr[in->r2])
PAIR_RX(ML, 32, mul_pair_l, v)
PAIR_RR(MLGR, mul_pair_lg, cpu->gr[in->r2])
PAIR_RX(MLG, 64, mul_pair_lg, v)

/* ---- divide ----
 * D, DR: the 64-bit signed dividend in bits 32-63 of R1 and R1+1, a 32-bit divisor; the
 *   remainder (sign of the dividend) to R1, the quotient to R1+1, bits 32-63 each.
 * DL, DLR: as D, unsigned.
 * DLG, DLGR: 128-bit unsigned dividend R1:R1+1, 64-bit divisor and results.
 * DSG, DSGR (DSGF, DSGFR: 32-bit divisor sign-extended): 64-bit signed dividend in R1+1;
 *   remainder to R1, quotient to R1+1.
 * A zero divisor or a quotient that does not fit is a fixed-point-divide exception. */
static inline int div_s32(struct cpu *cpu, unsigned r1, int32_t d)
{
    int64_t n = (int64_t)((uint64_t)lo32(cpu, r1) << 32 | lo32(cpu, r1 + 1));
    if (d == 0 || (n == INT64_MIN && d == -1))
        return PGM_FIXED_DIVIDE;
    int64_t q = n / d;
    if (q < INT32_MIN || q > INT32_MAX)
        return PGM_FIXED_DIVIDE;
    set_lo32(cpu, r1, (uint32_t)(n % d));
    set_lo32(cpu, r1 + 1, (uint32_t)q);
    return 0;
}
static inline int div_l32(struct cpu *cpu, unsigned r1, uint32_t d)
{
    uint64_t n = (uint64_t)lo32(cpu, r1) << 32 | lo32(cpu, r1 + 1);
    if (d == 0 || n / d > UINT32_MAX)
        return PGM_FIXED_DIVIDE;
    set_lo32(cpu, r1, (uint32_t)(n % d));
    set_lo32(cpu, r1 + 1, (uint32_t)(n / d));
    return 0;
}
static inline int div_l64(struct cpu *cpu, unsigned r1, uint64_t d)
{
    /* the quotient fits in 64 bits exactly when the high half of the dividend is below d */
    if (d == 0 || cpu->gr[r1] >= d)
        return PGM_FIXED_DIVIDE;
    unsigned __int128 n = (unsigned __int128)cpu->gr[r1] << 64 | cpu->gr[r1 + 1];
    cpu->gr[r1] = (uint64_t)(n % d);
    cpu->gr[r1 + 1] = (uint64_t)(n / d);
    return 0;
}
static inline int div_s64(struct cpu *cpu, unsigned r1, int64_t d)
{
    int64_t n = (int64_t)cpu->gr[r1 + 1];
    if (d == 0 || (n == INT64_MIN && d == -1))
        return PGM_FIXED_DIVIDE;
    cpu->gr[r1] = (uint64_t)(n % d);
    cpu->gr[r1 + 1] = (uint64_t)(n / d);
    return 0;
}

PAIR_RR(DR, div_s32, (int32_t)cpu->gr[in->r2])
PAIR_RX(D, 32, div_s32, (int32_t)v)
PAIR_RR(DLR, div_l32, (uint32_t)cpu->gr[in->r2])
PAIR_RX(DL, 32, div_l32, v)
PAIR_RR(DLGR, div_l64, cpu->gr[in->r2])
PAIR_RX(DLG, 64, div_l64, v)
PAIR_RR(DSGR, div_s64, (int64_t)cpu->gr[in->r2])
PAIR_RR(DSGFR, div_s64, (int32_t)cpu->gr[in->r2])
PAIR_RX(DSG, 64, div_s64, (int64_t)v)
PAIR_RX(DSGF, 32, div_s64, (int32_t)v)
