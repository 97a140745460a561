/* BFP compare, compare-and-signal, load and test, load complement/negative/positive, and
 * test data class (PoP chapter 19). */
#include <string.h>

#include "access.h"
#include "bfp.h"

static const uint64_t SIGN[3] = {0x80000000u, 1ULL << 63, 1ULL << 63};

/* A short or long value as a host double (exact). */
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

/* CC 0 equal, 1 first low, 2 first high, 3 unordered.  Any SNaN (any NaN for the signaling
 * compares) is an invalid operation; with the mask on the CC is left alone. */
static int compare(struct cpu *cpu, unsigned fmt, struct bfpv a, struct bfpv b, bool signal)
{
    bool na = bfp_is_nan(fmt, a), nb = bfp_is_nan(fmt, b);
    if (__builtin_expect(na || nb, 0)) {
        if (signal || bfp_is_snan(fmt, a) || bfp_is_snan(fmt, b))
            if (bfp_signal(cpu, BX_INV, false) == BFP_TRAP_SUPPRESS)
                return PGM_DATA;
        cpu->cc = 3;
        return 0;
    }
    if (fmt == BFP_X) {
        __float128 x = bfp_to_q(fmt, a), y = bfp_to_q(fmt, b);
        cpu->cc = x == y ? 0 : x < y ? 1 : 2;
    } else {
        double x = host_double(fmt, a), y = host_double(fmt, b);
        cpu->cc = x == y ? 0 : x < y ? 1 : 2;
    }
    return 0;
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

#define CMP_RR(name, fmt, sig)                                                              \
    int op_##name(struct cpu *cpu, const struct insn *in)                                  \
    {                                                                                       \
        BFP_CHECK(cpu);                                                                     \
        if (fmt == BFP_X)                                                                   \
            PAIR_CHECK(in->r1 | in->r2);                                                    \
        return compare(cpu, fmt, fpr_get(cpu, fmt, in->r1), fpr_get(cpu, fmt, in->r2), sig); \
    }
#define CMP_RX(name, fmt, sig)                                                \
    int op_##name(struct cpu *cpu, const struct insn *in)                    \
    {                                                                         \
        BFP_CHECK(cpu);                                                       \
        struct bfpv b;                                                        \
        int rc = fetch(cpu, in, fmt, &b);                                     \
        return rc ? rc : compare(cpu, fmt, fpr_get(cpu, fmt, in->r1), b, sig); \
    }

CMP_RR(CEBR, BFP_S, false)
CMP_RR(CDBR, BFP_L, false)
CMP_RR(CXBR, BFP_X, false)
CMP_RR(KEBR, BFP_S, true)
CMP_RR(KDBR, BFP_L, true)
CMP_RR(KXBR, BFP_X, true)
CMP_RX(CEB, BFP_S, false)
CMP_RX(CDB, BFP_L, false)
CMP_RX(KEB, BFP_S, true)
CMP_RX(KDB, BFP_L, true)

/* Sign operations: op 0 test (SNaN signals), 1 complement, 2 negative, 3 positive. */
static int sign_op(struct cpu *cpu, const struct insn *in, unsigned fmt, unsigned op)
{
    BFP_CHECK(cpu);
    if (fmt == BFP_X)
        PAIR_CHECK(in->r1 | in->r2);
    struct bfpv v = fpr_get(cpu, fmt, in->r2);
    switch (op) {
    case 0:
        if (bfp_is_snan(fmt, v)) {
            if (bfp_signal(cpu, BX_INV, false) == BFP_TRAP_SUPPRESS)
                return PGM_DATA;
            v = bfp_quiet(fmt, v);
        }
        break;
    case 1: v.hi ^= SIGN[fmt]; break;
    case 2: v.hi |= SIGN[fmt]; break;
    default: v.hi &= ~SIGN[fmt]; break;
    }
    fpr_put(cpu, fmt, in->r1, v);
    cpu->cc = bfp_cc(fmt, v);
    return 0;
}

#define SIGN_OP(name, fmt, op) \
    int op_##name(struct cpu *cpu, const struct insn *in) { return sign_op(cpu, in, fmt, op); }

SIGN_OP(LTEBR, BFP_S, 0)
SIGN_OP(LTDBR, BFP_L, 0)
SIGN_OP(LTXBR, BFP_X, 0)
SIGN_OP(LCEBR, BFP_S, 1)
SIGN_OP(LCDBR, BFP_L, 1)
SIGN_OP(LCXBR, BFP_X, 1)
SIGN_OP(LNEBR, BFP_S, 2)
SIGN_OP(LNDBR, BFP_L, 2)
SIGN_OP(LNXBR, BFP_X, 2)
SIGN_OP(LPEBR, BFP_S, 3)
SIGN_OP(LPDBR, BFP_L, 3)
SIGN_OP(LPXBR, BFP_X, 3)

/* Test data class: bits 52-63 of the second-operand address select classes; no storage
 * is accessed. */
static int test_class(struct cpu *cpu, const struct insn *in, unsigned fmt)
{
    BFP_CHECK(cpu);
    if (fmt == BFP_X)
        PAIR_CHECK(in->r1);
    uint64_t mask = ea_bxd(cpu, in->x2, in->b2, in->d2) & 0xFFF;
    cpu->cc = (bfp_class(fmt, fpr_get(cpu, fmt, in->r1)) & mask) ? 1 : 0;
    return 0;
}

int op_TCEB(struct cpu *cpu, const struct insn *in) { return test_class(cpu, in, BFP_S); }
int op_TCDB(struct cpu *cpu, const struct insn *in) { return test_class(cpu, in, BFP_L); }
int op_TCXB(struct cpu *cpu, const struct insn *in) { return test_class(cpu, in, BFP_X); }
