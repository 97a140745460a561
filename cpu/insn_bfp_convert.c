/* BFP format conversions (PoP chapter 19): load lengthened, load rounded, load FP integer,
 * and conversions to and from signed and unsigned (logical) binary integers.  The z196
 * floating-point-extension forms (...A, the logical ones) add an M3 rounding method and an
 * M4 inexact-suppression bit to the same opcodes; M3 = 0 means the FPC's mode. */
#include <math.h>
#include <string.h>

#include "access.h"
#include "bfp.h"

#define IXC(in) (((in)->m4 & 4) != 0)

static double host_double(unsigned fmt, struct bfpv v)
{
    if (fmt == BFP_S) {
        float f;
        uint32_t u = (uint32_t)v.hi;
        memcpy(&f, &u, 4);
        return f;
    }
    double d;
    memcpy(&d, &v.hi, 8);
    return d;
}

/* d must be exactly representable in fmt. */
static struct bfpv bfpv_of_double(unsigned fmt, double d)
{
    struct bfpv v = {0, 0};
    if (fmt == BFP_S) {
        float f = (float)d;
        uint32_t u;
        memcpy(&u, &f, 4);
        v.hi = u;
    } else {
        memcpy(&v.hi, &d, 8);
    }
    return v;
}

static int fetch(struct cpu *cpu, const struct insn *in, unsigned fmt, struct bfpv *v)
{
    uint64_t a = ea_bxd(cpu, in->x2, in->b2, in->d2);
    v->lo = 0;
    if (fmt == BFP_S) {
        uint32_t w = 0;
        int rc = vread32(cpu, a, &w);
        v->hi = w;
        return rc;
    }
    return vread64(cpu, a, &v->hi);
}

/* ---- load lengthened: exact; an SNaN is an invalid operation ---- */
static int lengthen(struct cpu *cpu, unsigned sf, unsigned tf, unsigned r1, struct bfpv v)
{
    if (bfp_is_snan(sf, v)) {
        if (bfp_signal(cpu, BX_INV, false) == BFP_TRAP_SUPPRESS)
            return PGM_DATA;
        v = bfp_quiet(sf, v);
    }
    fpr_put(cpu, tf, r1, bfp_widen(sf, tf, v));
    return 0;
}

int op_LDEBR(struct cpu *cpu, const struct insn *in)
{
    BFP_CHECK(cpu);
    return lengthen(cpu, BFP_S, BFP_L, in->r1, fpr_get(cpu, BFP_S, in->r2));
}

int op_LXDBR(struct cpu *cpu, const struct insn *in)
{
    BFP_CHECK(cpu);
    PAIR_CHECK(in->r1);
    return lengthen(cpu, BFP_L, BFP_X, in->r1, fpr_get(cpu, BFP_L, in->r2));
}

int op_LXEBR(struct cpu *cpu, const struct insn *in)
{
    BFP_CHECK(cpu);
    PAIR_CHECK(in->r1);
    return lengthen(cpu, BFP_S, BFP_X, in->r1, fpr_get(cpu, BFP_S, in->r2));
}

int op_LDEB(struct cpu *cpu, const struct insn *in)
{
    BFP_CHECK(cpu);
    struct bfpv v;
    int rc = fetch(cpu, in, BFP_S, &v);
    return rc ? rc : lengthen(cpu, BFP_S, BFP_L, in->r1, v);
}

int op_LXDB(struct cpu *cpu, const struct insn *in)
{
    BFP_CHECK(cpu);
    PAIR_CHECK(in->r1);
    struct bfpv v;
    int rc = fetch(cpu, in, BFP_L, &v);
    return rc ? rc : lengthen(cpu, BFP_L, BFP_X, in->r1, v);
}

int op_LXEB(struct cpu *cpu, const struct insn *in)
{
    BFP_CHECK(cpu);
    PAIR_CHECK(in->r1);
    struct bfpv v;
    int rc = fetch(cpu, in, BFP_S, &v);
    return rc ? rc : lengthen(cpu, BFP_S, BFP_X, in->r1, v);
}

/* ---- load rounded (LEDBR[A], LDXBR[A], LEXBR[A]) ---- */
static int round_to(struct cpu *cpu, const struct insn *in, unsigned sf, unsigned tf)
{
    BFP_CHECK(cpu);
    if (sf == BFP_X)
        PAIR_CHECK(in->r1 | in->r2);
    int rm = bfp_rm_m3(cpu, in->r3);
    if (rm < 0)
        return PGM_SPECIFICATION;
    struct bfp_op o = {.op = BOP_LOADR, .fmt = (uint8_t)tf, .sfmt = (uint8_t)sf, .ixc = IXC(in)};
    o.b = fpr_get(cpu, sf, in->r2);
    struct bfpv res;
    int rc = bfp_run(cpu, &o, (unsigned)rm, &res);
    if (rc == BFP_TRAP_SUPPRESS)
        return PGM_DATA;
    fpr_put(cpu, tf, in->r1, res);
    return rc ? PGM_DATA : 0;
}

int op_LEDBR(struct cpu *cpu, const struct insn *in) { return round_to(cpu, in, BFP_L, BFP_S); }
int op_LDXBR(struct cpu *cpu, const struct insn *in) { return round_to(cpu, in, BFP_X, BFP_L); }
int op_LEXBR(struct cpu *cpu, const struct insn *in) { return round_to(cpu, in, BFP_X, BFP_S); }

/* ---- load FP integer (FIEBR[A], FIDBR[A], FIXBR[A]) ---- */
static int fp_int(struct cpu *cpu, const struct insn *in, unsigned fmt)
{
    BFP_CHECK(cpu);
    if (fmt == BFP_X)
        PAIR_CHECK(in->r1 | in->r2);
    int rm = bfp_rm_m3(cpu, in->r3);
    if (rm < 0)
        return PGM_SPECIFICATION;
    struct bfpv v = fpr_get(cpu, fmt, in->r2), r = v;
    unsigned exc = 0;
    bool incr = false;
    if (bfp_is_nan(fmt, v)) {
        if (bfp_is_snan(fmt, v)) {
            exc = BX_INV;
            r = bfp_quiet(fmt, v);
        }
    } else {
        bool inx;
        __float128 x = bfp_to_q(fmt, v);
        __float128 q = bfp_q_round_int(x, (unsigned)rm, &inx);
        r = bfp_from_q(fmt, q); /* an integral value of the source format: exact */
        if (inx && !IXC(in)) {
            exc = BX_INX;
            incr = bfp_mag_gt(fmt, r, v);
        }
    }
    int rc = bfp_signal(cpu, exc, incr);
    if (rc == BFP_TRAP_SUPPRESS)
        return PGM_DATA;
    fpr_put(cpu, fmt, in->r1, r);
    return rc ? PGM_DATA : 0;
}

int op_FIEBR(struct cpu *cpu, const struct insn *in) { return fp_int(cpu, in, BFP_S); }
int op_FIDBR(struct cpu *cpu, const struct insn *in) { return fp_int(cpu, in, BFP_L); }
int op_FIXBR(struct cpu *cpu, const struct insn *in) { return fp_int(cpu, in, BFP_X); }

/* ---- convert to fixed / to logical ----
 * The source is rounded to an integer per M3; a NaN or a value out of range is an invalid
 * operation: with the mask off the result is the most negative (signed: NaN and negative)
 * or the most positive number, 0 for the logical conversions, and CC 3, and the inexact
 * condition is reported too (unless M4 suppresses it).  CC otherwise tells the source's
 * sign. */
static int to_fixed(struct cpu *cpu, const struct insn *in, unsigned fmt, unsigned bits, bool logical)
{
    BFP_CHECK(cpu);
    if (fmt == BFP_X)
        PAIR_CHECK(in->r2);
    int rm = bfp_rm_m3(cpu, in->r3);
    if (rm < 0)
        return PGM_SPECIFICATION;
    struct bfpv v = fpr_get(cpu, fmt, in->r2);
    bool neg = bfp_is_neg(fmt, v), incr = false;
    unsigned exc = 0;
    uint64_t res = 0;
    uint8_t cc;
    if (fmt != BFP_X && rm == RM_Z) {
        /* the C cast: truncation on the host when the value is clearly in range */
        double d = host_double(fmt, v);
        double top = ldexp(1.0, logical ? (int)bits : (int)bits - 1);
        double bottom = logical ? -1.0 : -top - 1.0;
        if (d > bottom && d < top) {
            if (logical)
                res = d < 1.0 ? 0 : (uint64_t)d;
            else
                res = (uint64_t)(int64_t)d;
            double back = logical ? (double)res : (double)(int64_t)res;
            if (back != d && !IXC(in))
                exc = BX_INX;
            cc = d == 0 ? 0 : neg ? 1 : 2;
            goto store;
        }
    }
    __float128 lim = bits == 32 ? 4294967296.0Q : 18446744073709551616.0Q; /* 2^bits */
    if (bfp_is_nan(fmt, v)) {
        exc = BX_INV;
        neg = true;
    } else {
        bool inx;
        __float128 x = bfp_to_q(fmt, v);
        __float128 q = bfp_q_round_int(x, (unsigned)rm, &inx);
        bool ok = logical ? (q == 0 || (q > 0 && q < lim)) : (q >= -lim / 2 && q < lim / 2);
        if (!ok) {
            exc = BX_INV;
        } else {
            if (logical)
                res = (uint64_t)q;
            else
                res = (uint64_t)(int64_t)q;
            if (inx) {
                exc = BX_INX;
                __float128 aq = q < 0 ? -q : q, ax = x < 0 ? -x : x;
                incr = aq > ax;
            }
        }
    }
    if (exc & BX_INV) {
        exc |= BX_INX;
        if (logical)
            res = 0;
        else if (bits == 32)
            res = neg ? 0x80000000u : 0x7FFFFFFFu;
        else
            res = neg ? 0x8000000000000000ULL : 0x7FFFFFFFFFFFFFFFULL;
        cc = 3;
    } else {
        cc = bfp_is_zero(fmt, v) ? 0 : neg ? 1 : 2;
    }
    if (IXC(in))
        exc &= ~BX_INX;
store:;
    int rc = exc ? bfp_signal(cpu, exc, incr) : BFP_OK;
    if (rc == BFP_TRAP_SUPPRESS)
        return PGM_DATA;
    if (bits == 32)
        cpu->gr[in->r1] = (cpu->gr[in->r1] & 0xFFFFFFFF00000000ULL) | (uint32_t)res;
    else
        cpu->gr[in->r1] = res;
    cpu->cc = cc;
    return rc ? PGM_DATA : 0;
}

int op_CFEBR(struct cpu *cpu, const struct insn *in) { return to_fixed(cpu, in, BFP_S, 32, false); }
int op_CFDBR(struct cpu *cpu, const struct insn *in) { return to_fixed(cpu, in, BFP_L, 32, false); }
int op_CFXBR(struct cpu *cpu, const struct insn *in) { return to_fixed(cpu, in, BFP_X, 32, false); }
int op_CGEBR(struct cpu *cpu, const struct insn *in) { return to_fixed(cpu, in, BFP_S, 64, false); }
int op_CGDBR(struct cpu *cpu, const struct insn *in) { return to_fixed(cpu, in, BFP_L, 64, false); }
int op_CGXBR(struct cpu *cpu, const struct insn *in) { return to_fixed(cpu, in, BFP_X, 64, false); }
int op_CLFEBR(struct cpu *cpu, const struct insn *in) { return to_fixed(cpu, in, BFP_S, 32, true); }
int op_CLFDBR(struct cpu *cpu, const struct insn *in) { return to_fixed(cpu, in, BFP_L, 32, true); }
int op_CLFXBR(struct cpu *cpu, const struct insn *in) { return to_fixed(cpu, in, BFP_X, 32, true); }
int op_CLGEBR(struct cpu *cpu, const struct insn *in) { return to_fixed(cpu, in, BFP_S, 64, true); }
int op_CLGDBR(struct cpu *cpu, const struct insn *in) { return to_fixed(cpu, in, BFP_L, 64, true); }
int op_CLGXBR(struct cpu *cpu, const struct insn *in) { return to_fixed(cpu, in, BFP_X, 64, true); }

/* ---- convert from fixed / from logical: exact in binary128, then one rounding ---- */
static int from_fixed(struct cpu *cpu, const struct insn *in, unsigned fmt, unsigned bits, bool logical)
{
    BFP_CHECK(cpu);
    if (fmt == BFP_X)
        PAIR_CHECK(in->r1);
    int rm = bfp_rm_m3(cpu, in->r3);
    if (rm < 0)
        return PGM_SPECIFICATION;
    uint64_t g = cpu->gr[in->r2];
    if (fmt != BFP_X) {
        /* small magnitudes convert exactly: no rounding machinery */
        int64_t sv = bits == 32 ? (int32_t)(uint32_t)g : (int64_t)g;
        uint64_t uv = bits == 32 ? (uint32_t)g : g;
        uint64_t mag = logical ? uv : sv < 0 ? 0 - (uint64_t)sv : (uint64_t)sv;
        if (mag <= (fmt == BFP_S ? 1ULL << 24 : 1ULL << 53)) {
            double d = logical ? (double)uv : (double)sv;
            fpr_put(cpu, fmt, in->r1, bfpv_of_double(fmt, d));
            return 0;
        }
    }
    __float128 q;
    if (bits == 32)
        q = logical ? (__float128)(uint32_t)g : (__float128)(int32_t)(uint32_t)g;
    else
        q = logical ? (__float128)g : (__float128)(int64_t)g;
    unsigned exc;
    struct bfpv r = bfp_q_narrow(fmt, q, (unsigned)rm, &exc);
    exc &= BX_INX;
    bool incr = false;
    if (IXC(in))
        exc = 0;
    if (exc && (cpu->fpc >> FPC_MASK_SHIFT) & BX_INX) {
        unsigned e2;
        incr = bfp_mag_gt(fmt, r, bfp_q_narrow(fmt, q, RM_Z, &e2));
    }
    int rc = bfp_signal(cpu, exc, incr);
    fpr_put(cpu, fmt, in->r1, r);
    return rc ? PGM_DATA : 0;
}

int op_CEFBR(struct cpu *cpu, const struct insn *in) { return from_fixed(cpu, in, BFP_S, 32, false); }
int op_CDFBR(struct cpu *cpu, const struct insn *in) { return from_fixed(cpu, in, BFP_L, 32, false); }
int op_CXFBR(struct cpu *cpu, const struct insn *in) { return from_fixed(cpu, in, BFP_X, 32, false); }
int op_CEGBR(struct cpu *cpu, const struct insn *in) { return from_fixed(cpu, in, BFP_S, 64, false); }
int op_CDGBR(struct cpu *cpu, const struct insn *in) { return from_fixed(cpu, in, BFP_L, 64, false); }
int op_CXGBR(struct cpu *cpu, const struct insn *in) { return from_fixed(cpu, in, BFP_X, 64, false); }
int op_CELFBR(struct cpu *cpu, const struct insn *in) { return from_fixed(cpu, in, BFP_S, 32, true); }
int op_CDLFBR(struct cpu *cpu, const struct insn *in) { return from_fixed(cpu, in, BFP_L, 32, true); }
int op_CXLFBR(struct cpu *cpu, const struct insn *in) { return from_fixed(cpu, in, BFP_X, 32, true); }
int op_CELGBR(struct cpu *cpu, const struct insn *in) { return from_fixed(cpu, in, BFP_S, 64, true); }
int op_CDLGBR(struct cpu *cpu, const struct insn *in) { return from_fixed(cpu, in, BFP_L, 64, true); }
int op_CXLGBR(struct cpu *cpu, const struct insn *in) { return from_fixed(cpu, in, BFP_X, 64, true); }
