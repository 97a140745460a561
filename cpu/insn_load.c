/* Fixed-point loads (PoP chapter 7): LOAD in its widths and extensions, LOAD AND TEST,
 * LOAD POSITIVE/NEGATIVE/COMPLEMENT, LOAD RELATIVE LONG, LOAD REVERSED, LOAD MULTIPLE,
 * LOAD LOGICAL IMMEDIATE, INSERT CHARACTER (UNDER MASK), INSERT IMMEDIATE and LOAD ON
 * CONDITION. */
#include "insn_fixed.h"

#define SEXT8(v) ((uint64_t)(int64_t)(int8_t)(v))
#define SEXT16(v) ((uint64_t)(int64_t)(int16_t)(v))
#define SEXT32(v) ((uint64_t)(int64_t)(int32_t)(v))

/* One handler per form; `v` is the second operand (register bits or fetched value). */
#define LOAD_RR(name, expr)                                                                 \
    int op_##name(struct cpu *cpu, const struct insn *in)                                   \
    {                                                                                       \
        uint64_t v = cpu->gr[in->r2];                                                       \
        expr;                                                                               \
        return 0;                                                                           \
    }
#define LOAD_RX(name, bits, expr)                                                           \
    int op_##name(struct cpu *cpu, const struct insn *in)                                   \
    {                                                                                       \
        FETCH(bits, rx_ea(cpu, in), v);                                                     \
        expr;                                                                               \
        return 0;                                                                           \
    }
#define LOAD_RL(name, bits, expr)                                                           \
    int op_##name(struct cpu *cpu, const struct insn *in)                                   \
    {                                                                                       \
        uint64_t a;                                                                         \
        int rc = rl_addr(cpu, in, (bits) / 8, &a);                                          \
        if (rc)                                                                             \
            return rc;                                                                      \
        FETCH(bits, a, v);                                                                  \
        expr;                                                                               \
        return 0;                                                                           \
    }

#define R1 cpu->gr[in->r1]
#define LO(x) set_lo32(cpu, in->r1, (uint32_t)(x))

/* ---- LOAD ---- */
LOAD_RR(LR, LO(v))
LOAD_RR(LGR, R1 = v)
LOAD_RR(LGFR, R1 = SEXT32(v))
LOAD_RR(LHR, LO(SEXT16(v)))
LOAD_RR(LGHR, R1 = SEXT16(v))
LOAD_RR(LBR, LO(SEXT8(v)))
LOAD_RR(LGBR, R1 = SEXT8(v))
LOAD_RR(LLCR, LO((uint8_t)v))
LOAD_RR(LLGCR, R1 = (uint8_t)v)
LOAD_RR(LLHR, LO((uint16_t)v))
LOAD_RR(LLGHR, R1 = (uint16_t)v)
LOAD_RR(LLGFR, R1 = (uint32_t)v)
LOAD_RR(LLGTR, R1 = v & 0x7FFFFFFF)
LOAD_RR(LRVR, LO(__builtin_bswap32((uint32_t)v)))
LOAD_RR(LRVGR, R1 = __builtin_bswap64(v))

LOAD_RX(L, 32, LO(v))
LOAD_RX(LG, 64, R1 = v)
LOAD_RX(LGF, 32, R1 = SEXT32(v))
LOAD_RX(LH, 16, LO(SEXT16(v)))
LOAD_RX(LGH, 16, R1 = SEXT16(v))
LOAD_RX(LB, 8, LO(SEXT8(v)))
LOAD_RX(LGB, 8, R1 = SEXT8(v))
LOAD_RX(LLC, 8, LO(v))
LOAD_RX(LLGC, 8, R1 = v)
LOAD_RX(LLH, 16, LO(v))
LOAD_RX(LLGH, 16, R1 = v)
LOAD_RX(LLGF, 32, R1 = v)
LOAD_RX(LLGT, 32, R1 = v & 0x7FFFFFFF)
LOAD_RX(LRV, 32, LO(__builtin_bswap32(v)))
LOAD_RX(LRVG, 64, R1 = __builtin_bswap64(v))
/* LRVH replaces only bits 48-63. */
LOAD_RX(LRVH, 16, R1 = (R1 & ~0xFFFFULL) | __builtin_bswap16(v))
LOAD_RX(IC, 8, R1 = (R1 & ~0xFFULL) | v)

LOAD_RL(LRL, 32, LO(v))
LOAD_RL(LGRL, 64, R1 = v)
LOAD_RL(LGFRL, 32, R1 = SEXT32(v))
LOAD_RL(LLGFRL, 32, R1 = v)
LOAD_RL(LHRL, 16, LO(SEXT16(v)))
LOAD_RL(LGHRL, 16, R1 = SEXT16(v))
LOAD_RL(LLHRL, 16, LO(v))
LOAD_RL(LLGHRL, 16, R1 = v)

/* LHI, AFI-style immediates arrive sign-extended: LGHI also serves LGFI. */
int op_LHI(struct cpu *cpu, const struct insn *in)
{
    LO(in->i2);
    return 0;
}

int op_LGHI(struct cpu *cpu, const struct insn *in)
{
    R1 = (uint64_t)in->i2;
    return 0;
}

/* ---- LOAD LOGICAL IMMEDIATE (keep = 0: the rest of the register becomes zero) and
 * INSERT IMMEDIATE (keep = ~0: the rest is unchanged), into a 16- or 32-bit field ---- */
#define IMM_FIELD(name, width, shift, keep)                                                 \
    int op_##name(struct cpu *cpu, const struct insn *in)                                   \
    {                                                                                       \
        const uint64_t f = (uint64_t)(uint##width##_t)~0ULL << (shift);                     \
        R1 = (R1 & ~f & (keep)) | ((uint64_t)(uint##width##_t)in->i2 << (shift));           \
        return 0;                                                                           \
    }
IMM_FIELD(LLIHF, 32, 32, 0)
IMM_FIELD(LLILF, 32, 0, 0)
IMM_FIELD(LLIHH, 16, 48, 0)
IMM_FIELD(LLIHL, 16, 32, 0)
IMM_FIELD(LLILH, 16, 16, 0)
IMM_FIELD(LLILL, 16, 0, 0)
IMM_FIELD(IIHF, 32, 32, ~0ULL)
IMM_FIELD(IILF, 32, 0, ~0ULL)
IMM_FIELD(IIHH, 16, 48, ~0ULL)
IMM_FIELD(IIHL, 16, 32, ~0ULL)
IMM_FIELD(IILH, 16, 16, ~0ULL)
IMM_FIELD(IILL, 16, 0, ~0ULL)

/* ---- LOAD AND TEST: CC from the sign of the loaded value ---- */
static inline int lt32(struct cpu *cpu, unsigned r1, uint32_t v)
{
    set_lo32(cpu, r1, v);
    cpu->cc = cc_signed((int32_t)v);
    return 0;
}
static inline int lt64(struct cpu *cpu, unsigned r1, uint64_t v)
{
    cpu->gr[r1] = v;
    cpu->cc = cc_signed((int64_t)v);
    return 0;
}

int op_LTR(struct cpu *cpu, const struct insn *in) { return lt32(cpu, in->r1, lo32(cpu, in->r2)); }
int op_LTGR(struct cpu *cpu, const struct insn *in) { return lt64(cpu, in->r1, cpu->gr[in->r2]); }
int op_LTGFR(struct cpu *cpu, const struct insn *in) { return lt64(cpu, in->r1, SEXT32(cpu->gr[in->r2])); }

int op_LT(struct cpu *cpu, const struct insn *in)
{
    FETCH(32, rx_ea(cpu, in), v);
    return lt32(cpu, in->r1, v);
}

int op_LTG(struct cpu *cpu, const struct insn *in)
{
    FETCH(64, rx_ea(cpu, in), v);
    return lt64(cpu, in->r1, v);
}

int op_LTGF(struct cpu *cpu, const struct insn *in)
{
    FETCH(32, rx_ea(cpu, in), v);
    return lt64(cpu, in->r1, SEXT32(v));
}

/* ---- LOAD POSITIVE / NEGATIVE / COMPLEMENT ----
 * Negating the maximum negative number overflows (CC 3, result unchanged); the GF forms
 * negate a sign-extended 32-bit value in 64 bits and so never overflow. */
enum lpnc { LP, LN, LC };

static inline int load_signed(struct cpu *cpu, unsigned r1, int64_t a, bool wide, enum lpnc op)
{
    int64_t min = wide ? INT64_MIN : INT32_MIN;
    bool neg = op == LC || (op == LP ? a < 0 : a > 0);
    bool ovf = neg && a == min;
    int64_t r = neg && !ovf ? -a : a;
    if (wide)
        cpu->gr[r1] = (uint64_t)r;
    else
        set_lo32(cpu, r1, (uint32_t)r);
    return overflow_exit(cpu, ovf, r);
}

#define LPNC(name, op, wide, src)                                                           \
    int op_##name(struct cpu *cpu, const struct insn *in)                                   \
    {                                                                                       \
        return load_signed(cpu, in->r1, (src), (wide), (op));                               \
    }
LPNC(LPR, LP, false, (int32_t)cpu->gr[in->r2])
LPNC(LNR, LN, false, (int32_t)cpu->gr[in->r2])
LPNC(LCR, LC, false, (int32_t)cpu->gr[in->r2])
LPNC(LPGR, LP, true, (int64_t)cpu->gr[in->r2])
LPNC(LNGR, LN, true, (int64_t)cpu->gr[in->r2])
LPNC(LCGR, LC, true, (int64_t)cpu->gr[in->r2])
LPNC(LPGFR, LP, true, (int32_t)cpu->gr[in->r2])
LPNC(LNGFR, LN, true, (int32_t)cpu->gr[in->r2])
LPNC(LCGFR, LC, true, (int32_t)cpu->gr[in->r2])

/* ---- LOAD MULTIPLE: registers R1 up to R3, wrapping from 15 to 0.  The whole operand is
 * fetched before any register changes, so an access exception leaves them all intact. ---- */
static inline unsigned reg_count(const struct insn *in)
{
    return ((in->r3 - in->r1) & 15) + 1;
}

static int load_multiple(struct cpu *cpu, const struct insn *in, unsigned size, unsigned shift)
{
    uint8_t buf[16 * 8];
    unsigned n = reg_count(in);
    int rc = vread(cpu, rs_ea(cpu, in), buf, n * size);
    if (rc)
        return rc;
    for (unsigned i = 0; i < n; i++) {
        unsigned r = (in->r1 + i) & 15;
        if (size == 8)
            cpu->gr[r] = ld_be64(buf + 8 * i);
        else if (shift)
            set_hi32(cpu, r, ld_be32(buf + 4 * i));
        else
            set_lo32(cpu, r, ld_be32(buf + 4 * i));
    }
    return 0;
}

int op_LM(struct cpu *cpu, const struct insn *in) { return load_multiple(cpu, in, 4, 0); }
int op_LMG(struct cpu *cpu, const struct insn *in) { return load_multiple(cpu, in, 8, 0); }
int op_LMH(struct cpu *cpu, const struct insn *in) { return load_multiple(cpu, in, 4, 32); }

/* ---- INSERT CHARACTERS UNDER MASK: the bytes selected by M3 (in r3) in bits 32-63 (ICM)
 * or 0-31 (ICMH) are replaced by consecutive storage bytes.  A zero mask inserts nothing
 * and sets CC 0, but access exceptions are still recognised for one byte. ---- */
static int insert_under_mask(struct cpu *cpu, const struct insn *in, unsigned shift)
{
    unsigned m = in->r3, n = (unsigned)__builtin_popcount(m);
    uint8_t b[4];
    int rc = n ? vread(cpu, rs_ea(cpu, in), b, n) : vcheck(cpu, rs_ea(cpu, in), 1, ACC_FETCH);
    if (rc)
        return rc;
    if (!n) {
        cpu->cc = 0;
        return 0;
    }
    uint32_t w = (uint32_t)(cpu->gr[in->r1] >> shift);
    bool nonzero = false;
    for (unsigned i = 0, k = 0; i < 4; i++) {
        if (!(m & (8 >> i)))
            continue;
        unsigned sh = 24 - 8 * i;
        w = (w & ~(0xFFu << sh)) | ((uint32_t)b[k] << sh);
        nonzero |= b[k++] != 0;
    }
    if (shift)
        set_hi32(cpu, in->r1, w);
    else
        set_lo32(cpu, in->r1, w);
    cpu->cc = (b[0] & 0x80) ? 1 : nonzero ? 2 : 0;
    return 0;
}

int op_ICM(struct cpu *cpu, const struct insn *in) { return insert_under_mask(cpu, in, 0); }
int op_ICMH(struct cpu *cpu, const struct insn *in) { return insert_under_mask(cpu, in, 32); }

/* ---- LOAD ON CONDITION: M3 (in r3) selects CCs as a branch mask does.  When the condition
 * is false no storage is accessed (the PoP leaves exceptions model-dependent). ---- */
int op_LOCR(struct cpu *cpu, const struct insn *in)
{
    if (cond_true(cpu, in->r3))
        LO(cpu->gr[in->r2]);
    return 0;
}

int op_LOCGR(struct cpu *cpu, const struct insn *in)
{
    if (cond_true(cpu, in->r3))
        R1 = cpu->gr[in->r2];
    return 0;
}

int op_LOC(struct cpu *cpu, const struct insn *in)
{
    if (!cond_true(cpu, in->r3))
        return 0;
    FETCH(32, rs_ea(cpu, in), v);
    LO(v);
    return 0;
}

int op_LOCG(struct cpu *cpu, const struct insn *in)
{
    if (!cond_true(cpu, in->r3))
        return 0;
    FETCH(64, rs_ea(cpu, in), v);
    R1 = v;
    return 0;
}

int op_LOCHI(struct cpu *cpu, const struct insn *in)
{
    if (cond_true(cpu, in->r3))
        LO(in->i2);
    return 0;
}

int op_LOCGHI(struct cpu *cpu, const struct insn *in)
{
    if (cond_true(cpu, in->r3))
        R1 = (uint64_t)in->i2;
    return 0;
}
