/* Hexadecimal floating point (PoP chapter 18), short and long formats: load positive/
 * negative/complement/and test, halve, load rounded and lengthened, add and subtract
 * (normalized and unnormalized), compare, multiply and divide.
 *
 * An HFP number is a sign, a 7-bit characteristic c (exponent c - 64, excess-64, base 16)
 * and a fraction of 6 (short) or 14 (long) hex digits.  Results are truncated, never
 * rounded (except LOAD ROUNDED).  Add, subtract and compare keep exactly one guard digit of
 * the shifted operand, which is architected: digits shifted out beyond it are lost.
 *
 * Exceptions: exponent overflow (always; the result keeps its characteristic minus 128),
 * exponent underflow (program-mask bit 22: an interruption with the characteristic plus
 * 128, otherwise a true zero result), significance (bit 23: an interruption with the zero
 * fraction, otherwise a true zero), HFP divide (divisor fraction zero; nothing changes). */
#include <stdbool.h>

#include "access.h"
#include "bfp.h"

struct hfp {
    bool neg;
    int c;      /* characteristic; may leave 0..127 while computing */
    uint64_t f; /* fraction: 24 (short) or 56 (long) bits */
};

enum { SHORT = 6, LONG = 14 }; /* fraction digits */

static inline unsigned fbits(int nd)
{
    return (unsigned)(4 * nd);
}
static inline uint64_t fmask(int nd)
{
    return (1ULL << fbits(nd)) - 1;
}

static struct hfp unpack(uint64_t v, int nd)
{
    unsigned w = fbits(nd);
    return (struct hfp){(v >> (w + 7)) & 1, (int)((v >> w) & 0x7F), v & fmask(nd)};
}
static uint64_t pack(const struct hfp *h, int nd)
{
    unsigned w = fbits(nd);
    return (uint64_t)h->neg << (w + 7) | (uint64_t)(h->c & 0x7F) << w | (h->f & fmask(nd));
}

static uint64_t get(const struct cpu *cpu, unsigned r, int nd)
{
    return nd == LONG ? cpu->fpr[r] : fpr_s(cpu, r);
}
static void put(struct cpu *cpu, unsigned r, int nd, uint64_t v)
{
    if (nd == LONG)
        cpu->fpr[r] = v;
    else
        set_fpr_s(cpu, r, (uint32_t)v);
}

static inline uint8_t cc_of(const struct hfp *h)
{
    return h->f == 0 ? 0 : h->neg ? 1 : 2;
}

/* Shift a nonzero fraction left until its leading digit is nonzero. */
static void normalize(struct hfp *h, int nd)
{
    uint64_t top = 0xFULL << (fbits(nd) - 4);
    while (!(h->f & top)) {
        h->f <<= 4;
        h->c--;
    }
}

/* Store a nonzero, normalized-or-not result and report its exponent overflow/underflow.
 * The CC (if the instruction sets one) follows the stored result. */
static int finish(struct cpu *cpu, unsigned r, int nd, struct hfp h, bool set_cc)
{
    int rc = 0;
    if (h.c > 127) {
        h.c -= 128;
        rc = PGM_HFP_EXP_OVERFLOW;
    } else if (h.c < 0) {
        if (cpu->psw.mask & PSW_PM_EXPUND) {
            h.c += 128;
            rc = PGM_HFP_EXP_UNDERFLOW;
        } else {
            h = (struct hfp){false, 0, 0};
        }
    }
    put(cpu, r, nd, pack(&h, nd));
    if (set_cc)
        cpu->cc = cc_of(&h);
    return rc;
}

static int true_zero(struct cpu *cpu, unsigned r, int nd, bool set_cc)
{
    put(cpu, r, nd, 0);
    if (set_cc)
        cpu->cc = 0;
    return 0;
}

/* ---- add, subtract, compare ---- */

/* a + b with one guard digit; the intermediate fraction (with the guard digit, nd + 1
 * digits, plus a possible carry digit) and its sign and characteristic. */
static struct hfp add_raw(struct hfp a, struct hfp b)
{
    if (a.c < b.c) {
        struct hfp t = a;
        a = b;
        b = t;
    }
    uint64_t fa = a.f << 4, fb = b.f << 4;
    int d = a.c - b.c;
    fb = d > 15 ? 0 : fb >> (4 * d);
    struct hfp r = {a.neg, a.c, 0};
    if (a.neg == b.neg) {
        r.f = fa + fb;
    } else if (fa >= fb) {
        r.f = fa - fb;
    } else {
        r.f = fb - fa;
        r.neg = b.neg;
    }
    return r;
}

static int hfp_add(struct cpu *cpu, unsigned r1, int nd, uint64_t x, uint64_t y, bool sub, bool normalized)
{
    struct hfp a = unpack(x, nd), b = unpack(y, nd);
    if (sub)
        b.neg = !b.neg;
    struct hfp s = add_raw(a, b);
    if (s.f == 0) {
        if (cpu->psw.mask & PSW_PM_SIGNIF) {
            s.f = 0;
            put(cpu, r1, nd, pack(&s, nd));
            cpu->cc = 0;
            return PGM_HFP_SIGNIFICANCE;
        }
        return true_zero(cpu, r1, nd, true);
    }
    if (s.f >> (fbits(nd) + 4)) { /* carry out of the leading digit */
        s.f >>= 4;
        s.c++;
    }
    if (normalized)
        normalize(&s, nd + 1);
    s.f >>= 4; /* drop the guard digit */
    if (s.f == 0) { /* unnormalized: only the guard digit was left */
        if (cpu->psw.mask & PSW_PM_SIGNIF) {
            put(cpu, r1, nd, pack(&s, nd));
            cpu->cc = 0;
            return PGM_HFP_SIGNIFICANCE;
        }
        return true_zero(cpu, r1, nd, true);
    }
    return finish(cpu, r1, nd, s, true);
}

static void hfp_compare(struct cpu *cpu, int nd, uint64_t x, uint64_t y)
{
    struct hfp a = unpack(x, nd), b = unpack(y, nd);
    b.neg = !b.neg;
    struct hfp d = add_raw(a, b);
    cpu->cc = d.f == 0 ? 0 : d.neg ? 1 : 2;
}

/* ---- multiply, divide ---- */

/* Operands with zero fractions give a true zero; otherwise they are prenormalized. */
static int hfp_mul(struct cpu *cpu, unsigned r1, int nd_in, int nd_out, uint64_t x, uint64_t y)
{
    struct hfp a = unpack(x, nd_in), b = unpack(y, nd_in);
    if (a.f == 0 || b.f == 0)
        return true_zero(cpu, r1, nd_out, false);
    normalize(&a, nd_in);
    normalize(&b, nd_in);
    unsigned __int128 p = (unsigned __int128)a.f * b.f; /* 2 * nd_in digits */
    struct hfp r = {a.neg != b.neg, a.c + b.c - 64, 0};
    unsigned pw = 2 * fbits(nd_in);
    if (!(p >> (pw - 4))) { /* one leading zero digit at most */
        p <<= 4;
        r.c--;
    }
    /* keep the leading nd_out digits (a short product fits a long fraction exactly) */
    unsigned ow = fbits(nd_out);
    r.f = pw >= ow ? (uint64_t)(p >> (pw - ow)) : (uint64_t)p << (ow - pw);
    return finish(cpu, r1, nd_out, r, false);
}

static int hfp_div(struct cpu *cpu, unsigned r1, int nd, uint64_t x, uint64_t y)
{
    struct hfp a = unpack(x, nd), b = unpack(y, nd);
    if (b.f == 0)
        return PGM_HFP_DIVIDE;
    if (a.f == 0)
        return true_zero(cpu, r1, nd, false);
    normalize(&a, nd);
    normalize(&b, nd);
    unsigned w = fbits(nd);
    struct hfp r = {a.neg != b.neg, a.c - b.c + 64, 0};
    /* quotient fraction f1/f2 in [1/16, 16): with f1 >= f2 one digit less is developed
     * to the right of the radix point and the characteristic is one higher */
    unsigned sh = w;
    if (a.f >= b.f) {
        sh -= 4;
        r.c++;
    }
    r.f = (uint64_t)(((unsigned __int128)a.f << sh) / b.f);
    return finish(cpu, r1, nd, r, false);
}

/* ---- operand fetch ---- */

static int fetch_op(struct cpu *cpu, const struct insn *in, int nd, uint64_t *v)
{
    uint64_t a = ea_bxd(cpu, in->x2, in->b2, in->d2);
    if (nd == LONG)
        return vread64(cpu, a, v);
    uint32_t w = 0;
    int rc = vread32(cpu, a, &w);
    *v = w;
    return rc;
}

/* RR and RX handler pairs: the register forms take FPR R2, the storage forms the operand. */
#define HFP_RR(name, nd, body)                                         \
    int op_##name(struct cpu *cpu, const struct insn *in)              \
    {                                                                  \
        FPR_CHECK(cpu, in->r1 | in->r2);                               \
        uint64_t x = get(cpu, in->r1, nd), y = get(cpu, in->r2, nd);  \
        (void)x;                                                       \
        body                                                           \
    }
#define HFP_RX(name, nd, body)                                         \
    int op_##name(struct cpu *cpu, const struct insn *in)              \
    {                                                                  \
        FPR_CHECK(cpu, in->r1);                                        \
        uint64_t x = get(cpu, in->r1, nd), y;                          \
        (void)x;                                                       \
        int frc = fetch_op(cpu, in, nd, &y);                           \
        if (frc)                                                       \
            return frc;                                                \
        body                                                           \
    }

HFP_RR(ADR, LONG, return hfp_add(cpu, in->r1, LONG, x, y, false, true);)
HFP_RR(SDR, LONG, return hfp_add(cpu, in->r1, LONG, x, y, true, true);)
HFP_RR(AWR, LONG, return hfp_add(cpu, in->r1, LONG, x, y, false, false);)
HFP_RR(SWR, LONG, return hfp_add(cpu, in->r1, LONG, x, y, true, false);)
HFP_RR(AER, SHORT, return hfp_add(cpu, in->r1, SHORT, x, y, false, true);)
HFP_RR(SER, SHORT, return hfp_add(cpu, in->r1, SHORT, x, y, true, true);)
HFP_RR(AUR, SHORT, return hfp_add(cpu, in->r1, SHORT, x, y, false, false);)
HFP_RR(SUR, SHORT, return hfp_add(cpu, in->r1, SHORT, x, y, true, false);)
HFP_RX(AD, LONG, return hfp_add(cpu, in->r1, LONG, x, y, false, true);)
HFP_RX(SD, LONG, return hfp_add(cpu, in->r1, LONG, x, y, true, true);)
HFP_RX(AW, LONG, return hfp_add(cpu, in->r1, LONG, x, y, false, false);)
HFP_RX(SW, LONG, return hfp_add(cpu, in->r1, LONG, x, y, true, false);)
HFP_RX(AE, SHORT, return hfp_add(cpu, in->r1, SHORT, x, y, false, true);)
HFP_RX(SE, SHORT, return hfp_add(cpu, in->r1, SHORT, x, y, true, true);)
HFP_RX(AU, SHORT, return hfp_add(cpu, in->r1, SHORT, x, y, false, false);)
HFP_RX(SU, SHORT, return hfp_add(cpu, in->r1, SHORT, x, y, true, false);)

HFP_RR(CDR, LONG, hfp_compare(cpu, LONG, x, y); return 0;)
HFP_RR(CER, SHORT, hfp_compare(cpu, SHORT, x, y); return 0;)
HFP_RX(CD, LONG, hfp_compare(cpu, LONG, x, y); return 0;)
HFP_RX(CE, SHORT, hfp_compare(cpu, SHORT, x, y); return 0;)

HFP_RR(MDR, LONG, return hfp_mul(cpu, in->r1, LONG, LONG, x, y);)
HFP_RX(MD, LONG, return hfp_mul(cpu, in->r1, LONG, LONG, x, y);)
/* MDER/MDE (formerly MER/ME): short operands, long product */
HFP_RR(MDER, SHORT, return hfp_mul(cpu, in->r1, SHORT, LONG, x, y);)
HFP_RX(MDE, SHORT, return hfp_mul(cpu, in->r1, SHORT, LONG, x, y);)
HFP_RR(MEER, SHORT, return hfp_mul(cpu, in->r1, SHORT, SHORT, x, y);)
HFP_RX(MEE, SHORT, return hfp_mul(cpu, in->r1, SHORT, SHORT, x, y);)

HFP_RR(DDR, LONG, return hfp_div(cpu, in->r1, LONG, x, y);)
HFP_RR(DER, SHORT, return hfp_div(cpu, in->r1, SHORT, x, y);)
HFP_RX(DD, LONG, return hfp_div(cpu, in->r1, LONG, x, y);)
HFP_RX(DE, SHORT, return hfp_div(cpu, in->r1, SHORT, x, y);)

/* ---- sign operations: no normalization, no exceptions; CC by sign and fraction ---- */

static int sign_op(struct cpu *cpu, const struct insn *in, int nd, int how)
{
    FPR_CHECK(cpu, in->r1 | in->r2);
    struct hfp h = unpack(get(cpu, in->r2, nd), nd);
    switch (how) {
    case 0: h.neg = false; break;  /* positive */
    case 1: h.neg = true; break;   /* negative */
    case 2: break;                 /* and test */
    default: h.neg = !h.neg; break; /* complement */
    }
    put(cpu, in->r1, nd, pack(&h, nd));
    cpu->cc = cc_of(&h);
    return 0;
}

int op_LPDR(struct cpu *cpu, const struct insn *in) { return sign_op(cpu, in, LONG, 0); }
int op_LNDR(struct cpu *cpu, const struct insn *in) { return sign_op(cpu, in, LONG, 1); }
int op_LTDR(struct cpu *cpu, const struct insn *in) { return sign_op(cpu, in, LONG, 2); }
int op_LCDR(struct cpu *cpu, const struct insn *in) { return sign_op(cpu, in, LONG, 3); }
int op_LPER(struct cpu *cpu, const struct insn *in) { return sign_op(cpu, in, SHORT, 0); }
int op_LNER(struct cpu *cpu, const struct insn *in) { return sign_op(cpu, in, SHORT, 1); }
int op_LTER(struct cpu *cpu, const struct insn *in) { return sign_op(cpu, in, SHORT, 2); }
int op_LCER(struct cpu *cpu, const struct insn *in) { return sign_op(cpu, in, SHORT, 3); }

/* HALVE: the fraction one bit right, then normalized; a zero fraction is a true zero. */
static int halve(struct cpu *cpu, const struct insn *in, int nd)
{
    FPR_CHECK(cpu, in->r1 | in->r2);
    struct hfp h = unpack(get(cpu, in->r2, nd), nd);
    h.f >>= 1;
    if (h.f == 0)
        return true_zero(cpu, in->r1, nd, false);
    normalize(&h, nd);
    return finish(cpu, in->r1, nd, h, false);
}
int op_HDR(struct cpu *cpu, const struct insn *in) { return halve(cpu, in, LONG); }
int op_HER(struct cpu *cpu, const struct insn *in) { return halve(cpu, in, SHORT); }

/* LOAD ROUNDED (long to short): add one in the leftmost discarded bit, truncate; a carry
 * out of the fraction shifts it right a digit (exponent overflow possible). */
int op_LEDR(struct cpu *cpu, const struct insn *in)
{
    FPR_CHECK(cpu, in->r1 | in->r2);
    struct hfp h = unpack(cpu->fpr[in->r2], LONG);
    uint64_t f = (h.f + (1ULL << 31)) >> 32;
    if (f >> 24) {
        f >>= 4;
        h.c++;
    }
    h.f = f;
    if (h.c > 127) {
        h.c -= 128;
        set_fpr_s(cpu, in->r1, (uint32_t)pack(&h, SHORT));
        return PGM_HFP_EXP_OVERFLOW;
    }
    set_fpr_s(cpu, in->r1, (uint32_t)pack(&h, SHORT));
    return 0;
}

/* LOAD LENGTHENED (short to long): the fraction gains eight zero digits. */
int op_LDER(struct cpu *cpu, const struct insn *in)
{
    FPR_CHECK(cpu, in->r1 | in->r2);
    cpu->fpr[in->r1] = (uint64_t)fpr_s(cpu, in->r2) << 32;
    return 0;
}
int op_LDE(struct cpu *cpu, const struct insn *in)
{
    FPR_CHECK(cpu, in->r1);
    uint32_t w = 0;
    int rc = vread32(cpu, ea_bxd(cpu, in->x2, in->b2, in->d2), &w);
    if (rc)
        return rc;
    cpu->fpr[in->r1] = (uint64_t)w << 32;
    return 0;
}

/* ---- square root, load FP integer, convert from fixed ---- */

/* floor(sqrt(v)) by the digit-by-digit method (exact for any 128-bit v). */
static uint64_t isqrt128(unsigned __int128 v)
{
    unsigned __int128 r = 0, bit = (unsigned __int128)1 << 126;
    while (bit > v)
        bit >>= 2;
    while (bit) {
        if (v >= r + bit) {
            v -= r + bit;
            r = (r >> 1) + bit;
        } else {
            r >>= 1;
        }
        bit >>= 2;
    }
    return (uint64_t)r;
}

/* SQUARE ROOT: a zero fraction gives a true zero, a negative operand the square-root
 * exception; the result is normalized and rounded -- unlike the other HFP arithmetic, it is
 * not truncated (Hercules agrees: sqrt 2 ends in ...3BCD) -- and cannot overflow or
 * underflow. */
static int hfp_sqrt(struct cpu *cpu, unsigned r1, int nd, uint64_t x)
{
    struct hfp h = unpack(x, nd);
    if (h.f == 0)
        return true_zero(cpu, r1, nd, false);
    if (h.neg)
        return PGM_HFP_SQRT;
    normalize(&h, nd);
    unsigned w = fbits(nd);
    int e = h.c - 64;
    /* an odd exponent moves one digit into the fraction: 0.f x 16^e = 0.0f x 16^(e+1) */
    unsigned __int128 v = (unsigned __int128)h.f << (w + 8 - ((e & 1) ? 4 : 0));
    if (e & 1)
        e++;
    /* one digit more than the format, then rounded: add half a unit in the last place */
    struct hfp r = {false, e / 2 + 64, (isqrt128(v) + 8) >> 4};
    if (r.f >> w) { /* cannot happen for fractions below 1, kept for safety */
        r.f >>= 4;
        r.c++;
    }
    put(cpu, r1, nd, pack(&r, nd));
    return 0;
}

HFP_RR(SQDR, LONG, return hfp_sqrt(cpu, in->r1, LONG, y);)
HFP_RR(SQER, SHORT, return hfp_sqrt(cpu, in->r1, SHORT, y);)
HFP_RX(SQD, LONG, return hfp_sqrt(cpu, in->r1, LONG, y);)
HFP_RX(SQE, SHORT, return hfp_sqrt(cpu, in->r1, SHORT, y);)

/* LOAD FP INTEGER: the fraction digits right of the radix point are dropped (truncation
 * toward zero) and the result normalized; a zero result is a true zero. */
static int load_integer(struct cpu *cpu, const struct insn *in, int nd)
{
    FPR_CHECK(cpu, in->r1 | in->r2);
    struct hfp h = unpack(get(cpu, in->r2, nd), nd);
    int e = h.c - 64;
    if (e <= 0)
        h.f = 0;
    else if (e < nd)
        h.f &= ~((1ULL << (4 * (nd - e))) - 1);
    if (h.f == 0)
        return true_zero(cpu, in->r1, nd, false);
    normalize(&h, nd);
    put(cpu, in->r1, nd, pack(&h, nd));
    return 0;
}
int op_FIER(struct cpu *cpu, const struct insn *in) { return load_integer(cpu, in, SHORT); }
int op_FIDR(struct cpu *cpu, const struct insn *in) { return load_integer(cpu, in, LONG); }

/* CONVERT FROM FIXED: the magnitude's significant hex digits become the fraction, the
 * digit count the exponent; digits beyond the format are truncated.  Zero is a true zero. */
static int from_fixed(struct cpu *cpu, const struct insn *in, int nd, int64_t v)
{
    FPR_CHECK(cpu, in->r1);
    if (v == 0)
        return true_zero(cpu, in->r1, nd, false);
    uint64_t m = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
    int digits = (64 - __builtin_clzll(m) + 3) / 4;
    struct hfp h = {v < 0, 64 + digits, 0};
    int sh = 4 * (nd - digits);
    h.f = sh >= 0 ? m << sh : m >> -sh;
    put(cpu, in->r1, nd, pack(&h, nd));
    return 0;
}
int op_CEFR(struct cpu *cpu, const struct insn *in) { return from_fixed(cpu, in, SHORT, (int32_t)cpu->gr[in->r2]); }
int op_CDFR(struct cpu *cpu, const struct insn *in) { return from_fixed(cpu, in, LONG, (int32_t)cpu->gr[in->r2]); }
int op_CEGR(struct cpu *cpu, const struct insn *in) { return from_fixed(cpu, in, SHORT, (int64_t)cpu->gr[in->r2]); }
int op_CDGR(struct cpu *cpu, const struct insn *in) { return from_fixed(cpu, in, LONG, (int64_t)cpu->gr[in->r2]); }

/* CONVERT TO FIXED: rounded to an integer by the M3 method (1 nearest with ties away from
 * zero, 4 nearest with ties to even, 5 toward zero, 6 toward +infinity, 7 toward -infinity;
 * others are a specification exception).  CC 0 source zero, 1 source negative, 2 source
 * positive (0.5 rounding to 0 is CC 2), 3 too large: then R1 gets the maximum negative or
 * positive number. */
static int to_fixed(struct cpu *cpu, const struct insn *in, int nd, unsigned bits)
{
    unsigned m3 = in->r3;
    if (m3 != 1 && (m3 < 4 || m3 > 7))
        return PGM_SPECIFICATION;
    FPR_CHECK(cpu, in->r2);
    struct hfp h = unpack(get(cpu, in->r2, nd), nd);
    unsigned __int128 ip = 0;
    uint64_t frac = 0, half = 0; /* the discarded part and one half, in the same scale */
    bool big = false, frac_nonzero = false, far_below_half = false;
    int sh = 4 * (nd - (h.c - 64)); /* right shift of the fraction that leaves the integer */
    if (sh <= 0) {
        if (-sh > 64)
            big = true;
        else
            ip = (unsigned __int128)h.f << -sh;
    } else if (sh < 64) {
        ip = h.f >> sh;
        frac = h.f & ((1ULL << sh) - 1);
        half = 1ULL << (sh - 1);
        frac_nonzero = frac != 0;
    } else {
        frac_nonzero = h.f != 0;
        if (sh == 64) {
            frac = h.f, half = 1ULL << 63;
        } else {
            far_below_half = true; /* f < 2^56 <= 2^(sh-1) */
        }
    }
    bool up = false;
    switch (m3) {
    case 1: up = !far_below_half && frac_nonzero && frac >= half; break;
    case 4: up = !far_below_half && frac_nonzero && (frac > half || (frac == half && (ip & 1))); break;
    case 6: up = frac_nonzero && !h.neg; break;
    case 7: up = frac_nonzero && h.neg; break;
    default: break;
    }
    ip += up;
    unsigned __int128 limit = (unsigned __int128)1 << (bits - 1); /* |min| */
    uint64_t res;
    if (big || ip > limit || (!h.neg && ip == limit)) {
        res = h.neg ? (uint64_t)limit : (uint64_t)(limit - 1);
        cpu->cc = 3;
    } else {
        res = h.neg ? 0 - (uint64_t)ip : (uint64_t)ip;
        cpu->cc = h.f == 0 ? 0 : h.neg ? 1 : 2; /* the source's sign, not the result's */
    }
    if (bits == 32)
        cpu->gr[in->r1] = (cpu->gr[in->r1] & 0xFFFFFFFF00000000ULL) | (uint32_t)res;
    else
        cpu->gr[in->r1] = res;
    return 0;
}
int op_CFER(struct cpu *cpu, const struct insn *in) { return to_fixed(cpu, in, SHORT, 32); }
int op_CFDR(struct cpu *cpu, const struct insn *in) { return to_fixed(cpu, in, LONG, 32); }
int op_CGER(struct cpu *cpu, const struct insn *in) { return to_fixed(cpu, in, SHORT, 64); }
int op_CGDR(struct cpu *cpu, const struct insn *in) { return to_fixed(cpu, in, LONG, 64); }
