/* The BFP engine: short and long arithmetic run on the host's IEEE unit (SSE) under the
 * requested rounding mode with its exception flags read back; extended arithmetic runs on
 * libgcc's binary128 (which honours the same rounding mode and flags), with a square root of
 * our own because libgcc has none.  What the host does not do the z/Architecture way is
 * fixed up here: NaN selection and the positive default NaN, tininess detected before
 * rounding, "round to prepare for shorter precision", ties away from zero, and the scaled
 * results that trapping overflow and underflow deliver.
 *
 * The host operation always sits between a volatile load of its operands and a volatile
 * store of its result, so the compiler can neither fold it nor move it across the calls
 * that set the rounding mode and read the flags. */
#include "bfp.h"

#include <fenv.h>
#include <string.h>

/* ---- bit-level properties per format ---- */
struct fmtinfo {
    uint64_t sign, exp, quiet; /* masks in hi */
    uint64_t minnorm;          /* smallest normal magnitude in hi (lo = 0) */
    int fracbits;              /* fraction bits in hi (extended: plus 64 in lo) */
};
static const struct fmtinfo FI[3] = {
    {0x80000000u, 0x7F800000u, 0x00400000u, 0x00800000u, 23},
    {1ULL << 63, 0x7FF0000000000000ULL, 1ULL << 51, 1ULL << 52, 52},
    {1ULL << 63, 0x7FFF000000000000ULL, 1ULL << 47, 1ULL << 48, 48},
};

static inline uint64_t frac_hi(unsigned fmt, struct bfpv v)
{
    return v.hi & ((1ULL << FI[fmt].fracbits) - 1);
}
static inline uint64_t mag_hi(unsigned fmt, struct bfpv v)
{
    return v.hi & ~FI[fmt].sign & (fmt == BFP_S ? 0xFFFFFFFFu : ~0ULL);
}

bool bfp_is_nan(unsigned fmt, struct bfpv v)
{
    return (v.hi & FI[fmt].exp) == FI[fmt].exp && (frac_hi(fmt, v) | (fmt == BFP_X ? v.lo : 0));
}
bool bfp_is_snan(unsigned fmt, struct bfpv v)
{
    return bfp_is_nan(fmt, v) && !(v.hi & FI[fmt].quiet);
}
bool bfp_is_zero(unsigned fmt, struct bfpv v)
{
    return mag_hi(fmt, v) == 0 && (fmt != BFP_X || v.lo == 0);
}
bool bfp_is_neg(unsigned fmt, struct bfpv v)
{
    return (v.hi & FI[fmt].sign) != 0;
}
static bool is_inf(unsigned fmt, struct bfpv v)
{
    return mag_hi(fmt, v) == FI[fmt].exp && (fmt != BFP_X || v.lo == 0);
}
static bool is_subnormal(unsigned fmt, struct bfpv v)
{
    return (v.hi & FI[fmt].exp) == 0 && !bfp_is_zero(fmt, v);
}
static bool is_min_normal(unsigned fmt, struct bfpv v)
{
    return mag_hi(fmt, v) == FI[fmt].minnorm && (fmt != BFP_X || v.lo == 0);
}
/* |a| > |b| for non-NaN values. */
static bool mag_gt(unsigned fmt, struct bfpv a, struct bfpv b)
{
    uint64_t x = mag_hi(fmt, a), y = mag_hi(fmt, b);
    return x != y ? x > y : (fmt == BFP_X && a.lo > b.lo);
}

bool bfp_mag_gt(unsigned fmt, struct bfpv a, struct bfpv b)
{
    return mag_gt(fmt, a, b);
}

struct bfpv bfp_quiet(unsigned fmt, struct bfpv v)
{
    v.hi |= FI[fmt].quiet;
    return v;
}

struct bfpv bfp_default_nan(unsigned fmt)
{
    struct bfpv v = {FI[fmt].exp | FI[fmt].quiet, 0};
    return v;
}

uint8_t bfp_cc(unsigned fmt, struct bfpv v)
{
    if (bfp_is_nan(fmt, v))
        return 3;
    if (bfp_is_zero(fmt, v))
        return 0;
    return bfp_is_neg(fmt, v) ? 1 : 2;
}

unsigned bfp_class(unsigned fmt, struct bfpv v)
{
    unsigned pos;
    if (bfp_is_nan(fmt, v))
        pos = (v.hi & FI[fmt].quiet) ? 0x008 : 0x002;
    else if (bfp_is_zero(fmt, v))
        pos = 0x800;
    else if (is_inf(fmt, v))
        pos = 0x020;
    else if (is_subnormal(fmt, v))
        pos = 0x080;
    else
        pos = 0x200;
    return bfp_is_neg(fmt, v) ? pos >> 1 : pos;
}

/* A NaN of format sf re-expressed in format tf: sign and the leading fraction bits. */
static struct bfpv nan_convert(unsigned sf, unsigned tf, struct bfpv v)
{
    unsigned __int128 f; /* fraction left-aligned at bit 127 */
    if (sf == BFP_X)
        f = ((unsigned __int128)frac_hi(sf, v) << 80) | ((unsigned __int128)v.lo << 16);
    else
        f = (unsigned __int128)frac_hi(sf, v) << (128 - FI[sf].fracbits);
    struct bfpv r = {bfp_is_neg(sf, v) ? FI[tf].sign : 0, 0};
    r.hi |= FI[tf].exp;
    if (tf == BFP_X) {
        r.hi |= (uint64_t)(f >> 80);
        r.lo = (uint64_t)(f >> 16);
    } else {
        r.hi |= (uint64_t)(f >> (128 - FI[tf].fracbits));
    }
    return r;
}

int bfp_rm_m3(const struct cpu *cpu, unsigned m3)
{
    static const int8_t map[8] = {-2, RM_TA, -1, RM_PSP, RM_NE, RM_Z, RM_UP, RM_DOWN};
    if (m3 > 7 || map[m3] == -1)
        return -1;
    return m3 == 0 ? (int)bfp_rm_fpc(cpu) : map[m3];
}

/* ---- host floating-point environment ---- */
static const int host_mode[6] = {FE_TONEAREST, FE_TOWARDZERO, FE_UPWARD, FE_DOWNWARD, FE_TONEAREST, FE_TOWARDZERO};

void bfp_host_begin(unsigned rm)
{
    if (host_mode[rm] != FE_TONEAREST)
        fesetround(host_mode[rm]);
    feclearexcept(FE_ALL_EXCEPT);
}

unsigned bfp_host_end(unsigned rm)
{
    int f = fetestexcept(FE_ALL_EXCEPT);
    if (host_mode[rm] != FE_TONEAREST)
        fesetround(FE_TONEAREST);
    unsigned e = 0;
    if (f & FE_INVALID)
        e |= BX_INV;
    if (f & FE_DIVBYZERO)
        e |= BX_DZ;
    if (f & FE_OVERFLOW)
        e |= BX_OVF;
    if (f & FE_UNDERFLOW)
        e |= BX_UNF;
    if (f & FE_INEXACT)
        e |= BX_INX;
    return e;
}

/* ---- conversions between bits and host values ---- */
static inline float u2f(uint32_t u)
{
    float f;
    memcpy(&f, &u, 4);
    return f;
}
static inline uint32_t f2u(float f)
{
    uint32_t u;
    memcpy(&u, &f, 4);
    return u;
}
static inline double u2d(uint64_t u)
{
    double d;
    memcpy(&d, &u, 8);
    return d;
}
static inline uint64_t d2u(double d)
{
    uint64_t u;
    memcpy(&u, &d, 8);
    return u;
}
static inline __float128 u2q(unsigned __int128 u)
{
    __float128 q;
    memcpy(&q, &u, 16);
    return q;
}
static inline unsigned __int128 q2u(__float128 q)
{
    unsigned __int128 u;
    memcpy(&u, &q, 16);
    return u;
}

__float128 bfp_to_q(unsigned fmt, struct bfpv v)
{
    if (fmt == BFP_S)
        return (__float128)u2f((uint32_t)v.hi);
    if (fmt == BFP_L)
        return (__float128)u2d(v.hi);
    return u2q(((unsigned __int128)v.hi << 64) | v.lo);
}

struct bfpv bfp_from_q(unsigned fmt, __float128 q)
{
    struct bfpv v = {0, 0};
    if (fmt == BFP_S) {
        v.hi = f2u((float)q);
    } else if (fmt == BFP_L) {
        v.hi = d2u((double)q);
    } else {
        unsigned __int128 u = q2u(q);
        v.hi = (uint64_t)(u >> 64);
        v.lo = (uint64_t)u;
    }
    return v;
}

struct bfpv bfp_widen(unsigned sf, unsigned tf, struct bfpv v)
{
    if (bfp_is_nan(sf, v))
        return nan_convert(sf, tf, v);
    if (sf == BFP_S && tf == BFP_L)
        return (struct bfpv){d2u((double)u2f((uint32_t)v.hi)), 0};
    return bfp_from_q(tf, bfp_to_q(sf, v));
}

static __float128 q_abs(__float128 x)
{
    return u2q(q2u(x) & ~((unsigned __int128)1 << 127));
}

/* 2^n for |n| <= 16383 (normal binary128). */
static __float128 q_pow2(int n)
{
    return u2q((unsigned __int128)(unsigned)(n + 16383) << 112);
}

/* x * 2^n in steps that stay representable. */
static __float128 q_scale(__float128 x, int n)
{
    while (n > 16000) {
        x *= q_pow2(16000);
        n -= 16000;
    }
    while (n < -16000) {
        x *= q_pow2(-16000);
        n += 16000;
    }
    return x * q_pow2(n);
}

static int q_ilogb(__float128 x)
{
    return (int)((q2u(x) >> 112) & 0x7FFF) - 16383;
}

/* Square root of a positive, finite, nonzero binary128, rounded in the host's current mode
 * (libgcc has none; libquadmath's is not correctly rounded).  Digit-by-digit integer root of
 * the significand widened to 240 bits gives 120 root bits; the remainder becomes a sticky
 * bit, so the one rounding done by the int-to-binary128 conversion is correct. */
static __float128 q_sqrt(__float128 x)
{
    unsigned __int128 u = q2u(x);
    int be = (int)((u >> 112) & 0x7FFF);
    unsigned __int128 one = (unsigned __int128)1 << 112;
    unsigned __int128 m = u & (one - 1);
    int e;
    if (be == 0) {
        e = 1 - 16383 - 112;
        while (!(m & one)) {
            m <<= 1;
            e--;
        }
    } else {
        m |= one;
        e = be - 16383 - 112;
    }
    if (e & 1) {
        m <<= 1;
        e--;
    }
    unsigned __int128 r = 0, q = 0;
    for (int i = 119; i >= 0; i--) {
        unsigned d = i >= 63 ? (unsigned)(m >> (2 * i - 126)) & 3 : 0;
        r = (r << 2) | d;
        unsigned __int128 t = (q << 2) | 1;
        if (r >= t) {
            r -= t;
            q = (q << 1) | 1;
        } else {
            q <<= 1;
        }
    }
    q |= (r != 0);
    volatile unsigned __int128 vq = q;
    volatile __float128 v = (__float128)vq;
    unsigned __int128 vb = q2u(v);
    int ex = (int)((vb >> 112) & 0x7FFF) + (e - 126) / 2;
    vb = (vb & (one - 1)) | ((unsigned __int128)(unsigned)ex << 112);
    return u2q(vb);
}

__float128 bfp_q_round_int(__float128 x, unsigned rm, bool *inexact)
{
    unsigned __int128 u = q2u(x);
    int be = (int)((u >> 112) & 0x7FFF);
    bool neg = (u >> 127) != 0;
    *inexact = false;
    if (be - 16383 >= 112 || (u << 1) == 0)
        return x; /* already integral, infinite (or NaN, filtered by callers), or zero */
    unsigned __int128 one = (unsigned __int128)1 << 112;
    unsigned __int128 sig = (u & (one - 1)) | (be ? one : 0);
    int E = be - 16383;
    unsigned __int128 ip, rem, half;
    if (E < 0) {
        /* |x| < 1: compare with one half through the exponent */
        bool gt_half = E == -1 && (sig & (one - 1)) != 0, eq_half = E == -1 && (sig & (one - 1)) == 0;
        bool inc;
        switch (rm) {
        case RM_NE: inc = gt_half; break;
        case RM_TA: inc = gt_half || eq_half; break;
        case RM_UP: inc = !neg; break;
        case RM_DOWN: inc = neg; break;
        case RM_PSP: inc = true; break;
        default: inc = false; break;
        }
        *inexact = true;
        __float128 r = inc ? 1 : 0;
        return neg ? -r : r;
    }
    int fb = 112 - E;
    rem = sig & (((unsigned __int128)1 << fb) - 1);
    ip = sig >> fb;
    if (rem == 0)
        return x;
    half = (unsigned __int128)1 << (fb - 1);
    bool inc;
    switch (rm) {
    case RM_NE: inc = rem > half || (rem == half && (ip & 1)); break;
    case RM_TA: inc = rem >= half; break;
    case RM_UP: inc = !neg; break;
    case RM_DOWN: inc = neg; break;
    case RM_PSP: inc = !(ip & 1); break;
    default: inc = false; break;
    }
    *inexact = true;
    ip += inc;
    __float128 r = (__float128)ip; /* at most 2^112: exact */
    return neg ? -r : r;
}

struct bfpv bfp_q_narrow(unsigned fmt, __float128 x, unsigned rm, unsigned *exc)
{
    struct bfpv r = {0, 0};
    if (fmt == BFP_X) {
        *exc = 0;
        return bfp_from_q(fmt, x);
    }
    unsigned hrm = rm == RM_TA ? RM_Z : rm;
    volatile __float128 vx = x;
    bfp_host_begin(hrm);
    if (fmt == BFP_S) {
        volatile float f = (float)vx;
        r.hi = f2u(f);
    } else {
        volatile double d = (double)vx;
        r.hi = d2u(d);
    }
    unsigned e = bfp_host_end(hrm);
    if (e & BX_INX) {
        if (rm == RM_PSP) {
            r.hi |= 1;
        } else if (rm == RM_TA) {
            /* truncated t; the next value away from zero wins if |x| >= the midpoint */
            struct bfpv n = {r.hi + 1, 0};
            __float128 t = bfp_to_q(fmt, r), mid;
            if (is_inf(fmt, n)) /* t is the largest finite value: half an ulp above it */
                mid = q_abs(t) + q_pow2(fmt == BFP_S ? 127 - 24 : 1023 - 53);
            else
                mid = (q_abs(t) + q_abs(bfp_to_q(fmt, n))) / 2;
            if (q_abs(x) >= mid) {
                r = n;
                if (is_inf(fmt, n))
                    e |= BX_OVF;
            }
        }
        /* tininess is judged before rounding */
        __float128 minn = bfp_to_q(fmt, (struct bfpv){FI[fmt].minnorm, 0});
        e &= ~BX_UNF;
        if (q_abs(x) < minn)
            e |= BX_UNF;
    }
    *exc = e;
    return r;
}

/* ---- the operations ---- */
static uint32_t host_s(unsigned op, uint32_t a, uint32_t b, uint32_t c)
{
    volatile float va = u2f(a), vb = u2f(b), vc = u2f(c);
    float x = va, y = vb, z = vc, r;
    switch (op) {
    case BOP_ADD: r = x + y; break;
    case BOP_SUB: r = x - y; break;
    case BOP_MUL: r = x * y; break;
    case BOP_DIV: r = x / y; break;
    case BOP_SQRT: r = __builtin_sqrtf(y); break;
    case BOP_MADD: r = __builtin_fmaf(z, y, x); break;
    default: r = __builtin_fmaf(z, y, -x); break;
    }
    volatile float vr = r;
    return f2u(vr);
}

static uint64_t host_l(unsigned op, uint64_t a, uint64_t b, uint64_t c)
{
    volatile double va = u2d(a), vb = u2d(b), vc = u2d(c);
    double x = va, y = vb, z = vc, r;
    switch (op) {
    case BOP_ADD: r = x + y; break;
    case BOP_SUB: r = x - y; break;
    case BOP_MUL: r = x * y; break;
    case BOP_DIV: r = x / y; break;
    case BOP_SQRT: r = __builtin_sqrt(y); break;
    case BOP_MADD: r = __builtin_fma(z, y, x); break;
    default: r = __builtin_fma(z, y, -x); break;
    }
    volatile double vr = r;
    return d2u(vr);
}

/* Binary128 operation in the current host mode.  The product of MADD/MSUB is exact for
 * short and long operands, so fma on binary128 is only used for those. */
static __float128 host_q(unsigned op, __float128 a, __float128 b, __float128 c)
{
    volatile __float128 va = a, vb = b, vc = c;
    __float128 x = va, y = vb, z = vc, r;
    switch (op) {
    case BOP_ADD: r = x + y; break;
    case BOP_SUB: r = x - y; break;
    case BOP_MUL: r = x * y; break;
    case BOP_DIV: r = x / y; break;
    case BOP_SQRT:
        if (y == 0 || (q2u(y) >> 112) == 0x7FFF) /* +-0 and +inf are their own root */
            r = y;
        else if (y < 0)
            r = (y - y) / (y - y); /* invalid */
        else
            r = q_sqrt(y);
        break;
    case BOP_MADD: r = z * y + x; break;
    default: r = z * y - x; break;
    }
    volatile __float128 vr = r;
    return vr;
}

/* The SSE control/status register, used directly for the short and long operations that
 * are single SSE instructions: glibc's fenv functions also save and reload the x87
 * environment and cost several times the operation.  (fma and libgcc's binary128 code may
 * raise flags through the x87 status word, so they go through <fenv.h>.) */
#if defined(__x86_64__)
#define HAVE_MXCSR 1
static inline unsigned mxcsr_get(void)
{
    unsigned m;
    __asm__ volatile("stmxcsr %0" : "=m"(m) : : "memory");
    return m;
}
static inline void mxcsr_set(unsigned m)
{
    __asm__ volatile("ldmxcsr %0" : : "m"(m) : "memory");
}
static const unsigned mxcsr_rc[6] = {0x0000, 0x6000, 0x4000, 0x2000, 0x0000, 0x6000};
#else
#define HAVE_MXCSR 0
#endif

static struct bfpv compute(const struct bfp_op *o, unsigned rm, unsigned *exc)
{
    struct bfpv r = {0, 0};
    unsigned e;
    if (o->op == BOP_LOADR)
        return bfp_q_narrow(o->fmt, bfp_to_q(o->sfmt, o->b), rm, exc);
#if HAVE_MXCSR
    if (o->fmt != BFP_X && o->op <= BOP_SQRT) {
        unsigned saved = mxcsr_get();
        mxcsr_set((saved & ~0x603Fu) | mxcsr_rc[rm]);
        if (o->fmt == BFP_S)
            r.hi = host_s(o->op, (uint32_t)o->a.hi, (uint32_t)o->b.hi, (uint32_t)o->c.hi);
        else
            r.hi = host_l(o->op, o->a.hi, o->b.hi, o->c.hi);
        unsigned m = mxcsr_get();
        mxcsr_set(saved & ~0x3Fu);
        e = (m & 0x01 ? BX_INV : 0) | (m & 0x04 ? BX_DZ : 0) | (m & 0x08 ? BX_OVF : 0) | (m & 0x10 ? BX_UNF : 0) |
            (m & 0x20 ? BX_INX : 0);
        goto done;
    }
#endif
    bfp_host_begin(rm);
    if (o->fmt == BFP_S)
        r.hi = host_s(o->op, (uint32_t)o->a.hi, (uint32_t)o->b.hi, (uint32_t)o->c.hi);
    else if (o->fmt == BFP_L)
        r.hi = host_l(o->op, o->a.hi, o->b.hi, o->c.hi);
    else
        r = bfp_from_q(BFP_X, host_q(o->op, bfp_to_q(BFP_X, o->a), bfp_to_q(BFP_X, o->b), bfp_to_q(BFP_X, o->c)));
    e = bfp_host_end(rm);
#if HAVE_MXCSR
done:
#endif
    if (rm == RM_PSP && (e & BX_INX)) {
        if (o->fmt == BFP_X)
            r.lo |= 1;
        else
            r.hi |= 1;
    }
    *exc = e;
    return r;
}

/* Fast path: once the FPC's inexact flag is set and its trap is off, inexactness needs no
 * detecting; every other exception shows in the result (NaN, infinity, zero, subnormal, the
 * edges of the normal range), so a plain host operation in round to nearest is enough when
 * the result is well inside the normal range or an exact zero. */
static bool fast_ok(const struct bfp_op *o, struct bfpv r)
{
    unsigned fmt = o->fmt;
    uint64_t e = r.hi & FI[fmt].exp;
    if (e != 0 && e != FI[fmt].exp)
        return !is_min_normal(fmt, r); /* that one may be tiny before rounding */
    if (!bfp_is_zero(fmt, r))
        return false;
    /* a zero sum is exact; a zero product or quotient only from a zero operand */
    switch (o->op) {
    case BOP_ADD: case BOP_SUB: case BOP_SQRT: return true;
    case BOP_MUL: return bfp_is_zero(fmt, o->a) || bfp_is_zero(fmt, o->b);
    case BOP_DIV: return bfp_is_zero(fmt, o->a);
    default: return false;
    }
}

/* Result with the exponent scaled by 2^s (the trapping overflow/underflow result), rounded
 * once.  Short and long: computed in binary128 rounding to odd (truncate, sticky into the
 * last bit), scaled exactly, then rounded to the target: one correct rounding.  Extended:
 * the operands are scaled instead (exact except for an addend that falls below the
 * extended range, which can disturb the last bit: a documented simplification). */
static struct bfpv scaled(const struct bfp_op *o, unsigned rm, int s, bool *inx, bool *incr)
{
    unsigned e;
    struct bfpv r, t;
    if (o->fmt != BFP_X || o->op == BOP_LOADR) {
        __float128 q;
        if (o->op == BOP_LOADR) {
            q = bfp_to_q(o->sfmt, o->b);
        } else {
            bfp_host_begin(RM_Z);
            q = host_q(o->op, bfp_to_q(o->fmt, o->a), bfp_to_q(o->fmt, o->b), bfp_to_q(o->fmt, o->c));
            if (bfp_host_end(RM_Z) & BX_INX)
                q = u2q(q2u(q) | 1);
        }
        q = q_scale(q, s);
        r = bfp_q_narrow(o->fmt, q, rm, &e);
        *inx = (e & BX_INX) != 0;
        t = bfp_q_narrow(o->fmt, q, RM_Z, &e);
    } else {
        struct bfp_op so = *o;
        __float128 a = bfp_to_q(BFP_X, o->a), b = bfp_to_q(BFP_X, o->b);
        int ea = q_ilogb(a), eb = q_ilogb(b), sa, sb;
        switch (o->op) {
        case BOP_MUL: sa = (s + eb - ea) / 2; sb = s - sa; break;
        case BOP_DIV: sa = (s - ea - eb) / 2; sb = -(s - sa); break;
        default: sa = sb = s; break;
        }
        so.a = bfp_from_q(BFP_X, q_scale(a, sa));
        so.b = bfp_from_q(BFP_X, q_scale(b, sb));
        r = compute(&so, rm, &e);
        *inx = (e & BX_INX) != 0;
        t = compute(&so, RM_Z, &e);
    }
    *incr = mag_gt(o->fmt, r, t);
    return r;
}

static int trap(struct cpu *cpu, uint8_t dxc, int outcome)
{
    data_exception(cpu, dxc);
    return outcome;
}

/* Select the NaN result per the PoP: the first SNaN in operand order, else the first QNaN
 * (order op1, op2; multiply-and-add op3, op2, op1).  Returns false without NaN operands. */
static bool nan_result(const struct bfp_op *o, struct bfpv *res, bool *snan)
{
    const struct bfpv *ops[3];
    unsigned n = 0, sf = o->op == BOP_LOADR ? o->sfmt : o->fmt;
    switch (o->op) {
    case BOP_SQRT: case BOP_LOADR: ops[n++] = &o->b; break;
    case BOP_MADD: case BOP_MSUB: ops[n++] = &o->c; ops[n++] = &o->b; ops[n++] = &o->a; break;
    default: ops[n++] = &o->a; ops[n++] = &o->b; break;
    }
    const struct bfpv *q = NULL;
    for (unsigned i = 0; i < n; i++)
        if (bfp_is_snan(sf, *ops[i])) {
            *snan = true;
            *res = bfp_quiet(sf, *ops[i]);
            goto found;
        }
    for (unsigned i = 0; i < n && !q; i++)
        if (bfp_is_nan(sf, *ops[i]))
            q = ops[i];
    if (!q)
        return false;
    *snan = false;
    *res = *q;
found:
    if (sf != o->fmt)
        *res = bfp_quiet(o->fmt, nan_convert(sf, o->fmt, *res));
    return true;
}

int bfp_run(struct cpu *cpu, const struct bfp_op *o, unsigned rm, struct bfpv *res)
{
    unsigned fmt = o->fmt, masks = (cpu->fpc >> FPC_MASK_SHIFT) & 0xF8;
    bool snan;
    if (rm == RM_NE && o->op <= BOP_MSUB && (cpu->fpc & ((BX_INX << FPC_MASK_SHIFT) | (BX_INX << FPC_FLAG_SHIFT))) == (BX_INX << FPC_FLAG_SHIFT)) {
        struct bfpv r = {0, 0};
        if (fmt == BFP_S)
            r.hi = host_s(o->op, (uint32_t)o->a.hi, (uint32_t)o->b.hi, (uint32_t)o->c.hi);
        else if (fmt == BFP_L)
            r.hi = host_l(o->op, o->a.hi, o->b.hi, o->c.hi);
        else
            r = bfp_from_q(BFP_X, host_q(o->op, bfp_to_q(BFP_X, o->a), bfp_to_q(BFP_X, o->b), bfp_to_q(BFP_X, o->c)));
        if (__builtin_expect(fast_ok(o, r), 1)) {
            *res = r;
            return BFP_OK;
        }
    } else if (rm == RM_NE && o->op == BOP_LOADR && o->sfmt == BFP_L &&
               (cpu->fpc & ((BX_INX << FPC_MASK_SHIFT) | (BX_INX << FPC_FLAG_SHIFT))) == (BX_INX << FPC_FLAG_SHIFT)) {
        /* LEDBR in nearest: the same reasoning as for the arithmetic */
        volatile double vd = u2d(o->b.hi);
        volatile float vf = (float)vd;
        struct bfpv r = {f2u(vf), 0};
        uint64_t e = r.hi & FI[BFP_S].exp;
        if (__builtin_expect((e != 0 && e != FI[BFP_S].exp && !is_min_normal(BFP_S, r)) || bfp_is_zero(BFP_L, o->b), 1)) {
            *res = r;
            return BFP_OK;
        }
    }
    if (__builtin_expect(nan_result(o, res, &snan), 0)) {
        if (snan) {
            if (masks & BX_INV)
                return trap(cpu, 0x80, BFP_TRAP_SUPPRESS);
            cpu->fpc |= BX_INV << FPC_FLAG_SHIFT;
        }
        return BFP_OK;
    }
    unsigned exc;
    *res = compute(o, rm, &exc);
    if (__builtin_expect(exc == 0 && !is_subnormal(fmt, *res), 1))
        return BFP_OK;

    if (exc & BX_INV) {
        if (masks & BX_INV)
            return trap(cpu, 0x80, BFP_TRAP_SUPPRESS);
        cpu->fpc |= BX_INV << FPC_FLAG_SHIFT;
        *res = bfp_default_nan(fmt);
        return BFP_OK;
    }
    if (exc & BX_DZ) {
        if (masks & BX_DZ)
            return trap(cpu, 0x40, BFP_TRAP_SUPPRESS);
        cpu->fpc |= BX_DZ << FPC_FLAG_SHIFT;
        return BFP_OK;
    }
    bool tiny = (exc & BX_UNF) || is_subnormal(fmt, *res);
    if (!tiny && (exc & BX_INX) && is_min_normal(fmt, *res) && o->op != BOP_LOADR) {
        /* the host judges tininess after rounding; the PoP before: truncate and look */
        unsigned e2;
        if (!is_min_normal(fmt, compute(o, RM_Z, &e2)))
            tiny = true;
    }
    /* PoP figure 19-8: arithmetic scales by the result format, load rounded by the source
     * format (long 512, extended 8192) */
    int scale = o->op == BOP_LOADR ? (o->sfmt == BFP_L ? 512 : 8192) : (fmt == BFP_S ? 192 : fmt == BFP_L ? 1536 : 24576);
    if ((exc & BX_OVF) || (tiny && (masks & BX_UNF))) {
        bool ovf = (exc & BX_OVF) != 0;
        if (masks & (ovf ? BX_OVF : BX_UNF)) {
            bool inx, incr;
            *res = scaled(o, rm, ovf ? -scale : scale, &inx, &incr);
            uint8_t dxc = (ovf ? 0x20 : 0x10) | (inx ? 0x08 : 0) | (inx && incr ? 0x04 : 0);
            return trap(cpu, dxc, BFP_TRAP_COMPLETE);
        }
        cpu->fpc |= BX_OVF << FPC_FLAG_SHIFT;
    } else if (tiny && (exc & BX_INX)) {
        cpu->fpc |= BX_UNF << FPC_FLAG_SHIFT;
    }
    if ((exc & BX_INX) && !o->ixc) {
        if (masks & BX_INX) {
            unsigned e2;
            bool incr = mag_gt(fmt, *res, compute(o, RM_Z, &e2));
            return trap(cpu, incr ? 0x0C : 0x08, BFP_TRAP_COMPLETE);
        }
        cpu->fpc |= BX_INX << FPC_FLAG_SHIFT;
    }
    return BFP_OK;
}

int bfp_signal(struct cpu *cpu, unsigned exc, bool incremented)
{
    unsigned masks = (cpu->fpc >> FPC_MASK_SHIFT) & 0xF8;
    if (exc & BX_INV) {
        if (masks & BX_INV)
            return trap(cpu, 0x80, BFP_TRAP_SUPPRESS);
        cpu->fpc |= BX_INV << FPC_FLAG_SHIFT;
    }
    if (exc & BX_INX) {
        if (masks & BX_INX)
            return trap(cpu, incremented ? 0x0C : 0x08, BFP_TRAP_COMPLETE);
        cpu->fpc |= BX_INX << FPC_FLAG_SHIFT;
    }
    return BFP_OK;
}
