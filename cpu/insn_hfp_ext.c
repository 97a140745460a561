/* Extended hexadecimal floating point (PoP chapter 18): a 28-digit fraction across the
 * register pair R, R+2 (the pair's first register 0, 1, 4, 5, 8, 9, 12 or 13; otherwise a
 * specification exception).  The high register holds the sign, the characteristic and
 * digits 1-14; the low register digits 15-28 behind a sign and characteristic that are
 * ignored as input and, in a result, are the result's sign and its characteristic minus 14
 * (modulo 128).  Same rules as insn_hfp.c: truncated results, one guard digit in add and
 * subtract, exponent overflow always, underflow and significance by the program mask. */
#include <stdbool.h>

#include "access.h"
#include "bfp.h"

typedef unsigned __int128 u128;

#define XBITS 112
#define XMASK (((u128)1 << XBITS) - 1)
#define M56 ((1ULL << 56) - 1)

struct xhfp {
    bool neg;
    int c;
    u128 f; /* 112 bits */
};

static struct xhfp xget(const struct cpu *cpu, unsigned r)
{
    uint64_t hi = cpu->fpr[r], lo = cpu->fpr[r + 2];
    return (struct xhfp){hi >> 63, (int)((hi >> 56) & 0x7F), ((u128)(hi & M56) << 56) | (lo & M56)};
}
static void xput(struct cpu *cpu, unsigned r, const struct xhfp *x)
{
    if (x->f == 0 && x->c == 0 && !x->neg) { /* true zero: both halves zero */
        cpu->fpr[r] = cpu->fpr[r + 2] = 0;
        return;
    }
    uint64_t s = (uint64_t)x->neg << 63;
    cpu->fpr[r] = s | (uint64_t)(x->c & 0x7F) << 56 | (uint64_t)(x->f >> 56);
    cpu->fpr[r + 2] = s | (uint64_t)((x->c - 14) & 0x7F) << 56 | ((uint64_t)x->f & M56);
}

static void xnormalize(struct xhfp *x, unsigned bits)
{
    u128 top = (u128)0xF << (bits - 4);
    while (!(x->f & top)) {
        x->f <<= 4;
        x->c--;
    }
}

static int xfinish(struct cpu *cpu, unsigned r, struct xhfp x, bool set_cc)
{
    int rc = 0;
    if (x.c > 127) {
        x.c -= 128;
        rc = PGM_HFP_EXP_OVERFLOW;
    } else if (x.c < 0) {
        if (cpu->psw.mask & PSW_PM_EXPUND) {
            x.c += 128;
            rc = PGM_HFP_EXP_UNDERFLOW;
        } else {
            x = (struct xhfp){false, 0, 0};
        }
    }
    xput(cpu, r, &x);
    if (set_cc)
        cpu->cc = x.f == 0 ? 0 : x.neg ? 1 : 2;
    return rc;
}

static int xzero(struct cpu *cpu, unsigned r, bool set_cc)
{
    struct xhfp z = {false, 0, 0};
    xput(cpu, r, &z);
    if (set_cc)
        cpu->cc = 0;
    return 0;
}

#define XCHECK2(r1, r2)              \
    do {                             \
        FPR_CHECK(cpu, (r1) | (r2)); \
        PAIR_CHECK((r1) | (r2));     \
    } while (0)

/* a + b with one guard digit (113 + 4 bits fit in 128). */
static struct xhfp xadd_raw(struct xhfp a, struct xhfp b)
{
    if (a.c < b.c) {
        struct xhfp t = a;
        a = b;
        b = t;
    }
    u128 fa = a.f << 4, fb = b.f << 4;
    int d = a.c - b.c;
    fb = d > 29 ? 0 : fb >> (4 * d);
    struct xhfp r = {a.neg, a.c, 0};
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

static int xadd(struct cpu *cpu, const struct insn *in, bool sub)
{
    XCHECK2(in->r1, in->r2);
    struct xhfp a = xget(cpu, in->r1), b = xget(cpu, in->r2);
    if (sub)
        b.neg = !b.neg;
    struct xhfp s = xadd_raw(a, b);
    if (s.f == 0) {
        if (cpu->psw.mask & PSW_PM_SIGNIF) {
            xput(cpu, in->r1, &s);
            cpu->cc = 0;
            return PGM_HFP_SIGNIFICANCE;
        }
        return xzero(cpu, in->r1, true);
    }
    if (s.f >> (XBITS + 4)) {
        s.f >>= 4;
        s.c++;
    }
    xnormalize(&s, XBITS + 4);
    s.f >>= 4;
    return xfinish(cpu, in->r1, s, true);
}

int op_AXR(struct cpu *cpu, const struct insn *in) { return xadd(cpu, in, false); }
int op_SXR(struct cpu *cpu, const struct insn *in) { return xadd(cpu, in, true); }

int op_CXR(struct cpu *cpu, const struct insn *in)
{
    XCHECK2(in->r1, in->r2);
    struct xhfp a = xget(cpu, in->r1), b = xget(cpu, in->r2);
    b.neg = !b.neg;
    struct xhfp d = xadd_raw(a, b);
    cpu->cc = d.f == 0 ? 0 : d.neg ? 1 : 2;
    return 0;
}

/* 112 x 112 -> 224-bit product as hi:lo (each 128 bits). */
static void mul224(u128 a, u128 b, u128 *hi, u128 *lo)
{
    uint64_t a0 = (uint64_t)a, a1 = (uint64_t)(a >> 64), b0 = (uint64_t)b, b1 = (uint64_t)(b >> 64);
    u128 p00 = (u128)a0 * b0, p01 = (u128)a0 * b1, p10 = (u128)a1 * b0, p11 = (u128)a1 * b1;
    u128 mid = (p00 >> 64) + (uint64_t)p01 + (uint64_t)p10;
    *lo = (mid << 64) | (uint64_t)p00;
    *hi = p11 + (p01 >> 64) + (p10 >> 64) + (mid >> 64);
}

int op_MXR(struct cpu *cpu, const struct insn *in)
{
    XCHECK2(in->r1, in->r2);
    struct xhfp a = xget(cpu, in->r1), b = xget(cpu, in->r2);
    if (a.f == 0 || b.f == 0)
        return xzero(cpu, in->r1, false);
    xnormalize(&a, XBITS);
    xnormalize(&b, XBITS);
    u128 hi, lo;
    mul224(a.f, b.f, &hi, &lo); /* 224 bits: hi holds bits 128-223 */
    struct xhfp r = {a.neg != b.neg, a.c + b.c - 64, 0};
    /* the leading 112 bits are bits 112-223; one more digit if the leading one is zero */
    if (!(hi >> 92)) {
        hi = (hi << 4) | (lo >> 124);
        lo <<= 4;
        r.c--;
    }
    r.f = ((hi << 16) | (lo >> 112)) & XMASK;
    return xfinish(cpu, in->r1, r, false);
}

/* MXDR/MXD: long operands, extended product (exact before truncation: 112 bits). */
static int mul_long_to_ext(struct cpu *cpu, unsigned r1, uint64_t x, uint64_t y)
{
    struct xhfp a = {x >> 63, (int)((x >> 56) & 0x7F), x & M56}, b = {y >> 63, (int)((y >> 56) & 0x7F), y & M56};
    if (a.f == 0 || b.f == 0)
        return xzero(cpu, r1, false);
    xnormalize(&a, 56);
    xnormalize(&b, 56);
    struct xhfp r = {a.neg != b.neg, a.c + b.c - 64, a.f * b.f};
    xnormalize(&r, XBITS);
    return xfinish(cpu, r1, r, false);
}

int op_MXDR(struct cpu *cpu, const struct insn *in)
{
    FPR_CHECK(cpu, in->r1 | in->r2);
    PAIR_CHECK(in->r1);
    return mul_long_to_ext(cpu, in->r1, cpu->fpr[in->r1], cpu->fpr[in->r2]);
}

int op_MXD(struct cpu *cpu, const struct insn *in)
{
    FPR_CHECK(cpu, in->r1);
    PAIR_CHECK(in->r1);
    uint64_t y;
    int rc = vread64(cpu, ea_bxd(cpu, in->x2, in->b2, in->d2), &y);
    if (rc)
        return rc;
    return mul_long_to_ext(cpu, in->r1, cpu->fpr[in->r1], y);
}

int op_DXR(struct cpu *cpu, const struct insn *in)
{
    XCHECK2(in->r1, in->r2);
    struct xhfp a = xget(cpu, in->r1), b = xget(cpu, in->r2);
    if (b.f == 0)
        return PGM_HFP_DIVIDE;
    if (a.f == 0)
        return xzero(cpu, in->r1, false);
    xnormalize(&a, XBITS);
    xnormalize(&b, XBITS);
    struct xhfp r = {a.neg != b.neg, a.c - b.c + 64, 0};
    unsigned steps = XBITS;
    if (a.f >= b.f) {
        steps -= 4;
        r.c++;
    }
    /* quotient bits of a * 2^steps / b by restoring division (remainder < 2^113) */
    u128 q = 0, rem = a.f;
    if (a.f >= b.f) { /* the first four quotient bits come from the integer part */
        q = rem / b.f;
        rem %= b.f;
    }
    for (unsigned i = 0; i < steps; i++) {
        rem <<= 1;
        q <<= 1;
        if (rem >= b.f) {
            rem -= b.f;
            q |= 1;
        }
    }
    r.f = q;
    return xfinish(cpu, in->r1, r, false);
}

/* ---- sign operations ---- */
static int xsign(struct cpu *cpu, const struct insn *in, int how)
{
    XCHECK2(in->r1, in->r2);
    struct xhfp x = xget(cpu, in->r2);
    switch (how) {
    case 0: x.neg = false; break;
    case 1: x.neg = true; break;
    case 2: break;
    default: x.neg = !x.neg; break;
    }
    /* the low half follows the high half's sign and characteristic */
    uint64_t s = (uint64_t)x.neg << 63;
    cpu->fpr[in->r1] = s | (uint64_t)(x.c & 0x7F) << 56 | (uint64_t)(x.f >> 56);
    cpu->fpr[in->r1 + 2] = s | (uint64_t)((x.c - 14) & 0x7F) << 56 | ((uint64_t)x.f & M56);
    cpu->cc = x.f == 0 ? 0 : x.neg ? 1 : 2;
    return 0;
}
int op_LPXR(struct cpu *cpu, const struct insn *in) { return xsign(cpu, in, 0); }
int op_LNXR(struct cpu *cpu, const struct insn *in) { return xsign(cpu, in, 1); }
int op_LTXR(struct cpu *cpu, const struct insn *in) { return xsign(cpu, in, 2); }
int op_LCXR(struct cpu *cpu, const struct insn *in) { return xsign(cpu, in, 3); }

/* ---- format changes ---- */

/* LOAD ROUNDED extended to long (LDXR, also LRDR) and to short (LEXR): add one in the
 * leftmost dropped bit, truncate; a carry out shifts a digit (exponent overflow possible). */
static int xround(struct cpu *cpu, const struct insn *in, unsigned keep)
{
    FPR_CHECK(cpu, in->r1 | in->r2);
    PAIR_CHECK(in->r2);
    struct xhfp x = xget(cpu, in->r2);
    unsigned drop = XBITS - keep;
    uint64_t f = (uint64_t)((x.f + ((u128)1 << (drop - 1))) >> drop);
    if (f >> keep) {
        f >>= 4;
        x.c++;
    }
    int rc = 0;
    if (x.c > 127) {
        x.c -= 128;
        rc = PGM_HFP_EXP_OVERFLOW;
    }
    uint64_t v = (uint64_t)x.neg << (keep + 7) | (uint64_t)(x.c & 0x7F) << keep | f;
    if (keep == 56)
        cpu->fpr[in->r1] = v;
    else
        set_fpr_s(cpu, in->r1, (uint32_t)v);
    return rc;
}
int op_LDXR(struct cpu *cpu, const struct insn *in) { return xround(cpu, in, 56); }
int op_LEXR(struct cpu *cpu, const struct insn *in) { return xround(cpu, in, 24); }

/* LOAD LENGTHENED to extended: the fraction gains zero digits; not normalized.  A zero
 * fraction gives a true zero that keeps the operand's sign (as Hercules does). */
static int lengthen(struct cpu *cpu, unsigned r1, uint64_t v, unsigned w)
{
    struct xhfp x = {(v >> (w + 7)) & 1, (int)((v >> w) & 0x7F), (u128)(v & ((1ULL << w) - 1)) << (XBITS - w)};
    if (x.f == 0) {
        cpu->fpr[r1] = cpu->fpr[r1 + 2] = (uint64_t)x.neg << 63;
        return 0;
    }
    xput(cpu, r1, &x);
    return 0;
}
int op_LXDR(struct cpu *cpu, const struct insn *in)
{
    FPR_CHECK(cpu, in->r1 | in->r2);
    PAIR_CHECK(in->r1);
    return lengthen(cpu, in->r1, cpu->fpr[in->r2], 56);
}
int op_LXER(struct cpu *cpu, const struct insn *in)
{
    FPR_CHECK(cpu, in->r1 | in->r2);
    PAIR_CHECK(in->r1);
    return lengthen(cpu, in->r1, fpr_s(cpu, in->r2), 24);
}
int op_LXD(struct cpu *cpu, const struct insn *in)
{
    FPR_CHECK(cpu, in->r1);
    PAIR_CHECK(in->r1);
    uint64_t v;
    int rc = vread64(cpu, ea_bxd(cpu, in->x2, in->b2, in->d2), &v);
    return rc ? rc : lengthen(cpu, in->r1, v, 56);
}
int op_LXE(struct cpu *cpu, const struct insn *in)
{
    FPR_CHECK(cpu, in->r1);
    PAIR_CHECK(in->r1);
    uint32_t v = 0;
    int rc = vread32(cpu, ea_bxd(cpu, in->x2, in->b2, in->d2), &v);
    return rc ? rc : lengthen(cpu, in->r1, v, 24);
}

/* LOAD FP INTEGER extended: drop the fraction digits right of the radix point. */
int op_FIXR(struct cpu *cpu, const struct insn *in)
{
    XCHECK2(in->r1, in->r2);
    struct xhfp x = xget(cpu, in->r2);
    int e = x.c - 64;
    if (e <= 0)
        x.f = 0;
    else if (e < 28)
        x.f &= ~(((u128)1 << (4 * (28 - e))) - 1);
    if (x.f == 0)
        return xzero(cpu, in->r1, false);
    xnormalize(&x, XBITS);
    xput(cpu, in->r1, &x);
    return 0;
}
