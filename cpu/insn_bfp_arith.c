/* BFP arithmetic (PoP chapter 19): add, subtract, multiply (also lengthening), divide,
 * square root and multiply-and-add/subtract, register and storage forms, short, long and
 * extended.  The computation and the IEEE exception rules live in bfp.c. */
#include "access.h"
#include "bfp.h"

static const struct bfpv ZERO = {0, 0};

/* Run o (first operand from r1 unless the caller set it) and store the result in r1;
 * the CC too when setcc. */
static int run_store(struct cpu *cpu, struct bfp_op *o, unsigned r1, bool setcc)
{
    struct bfpv res;
    int rc = bfp_run(cpu, o, bfp_rm_fpc(cpu), &res);
    if (rc == BFP_TRAP_SUPPRESS)
        return PGM_DATA;
    fpr_put(cpu, o->fmt, r1, res);
    if (setcc)
        cpu->cc = bfp_cc(o->fmt, res);
    return rc ? PGM_DATA : 0;
}

static int arith(struct cpu *cpu, unsigned op, unsigned fmt, unsigned r1, struct bfpv b, bool setcc)
{
    struct bfp_op o = {.op = (uint8_t)op, .fmt = (uint8_t)fmt, .sfmt = (uint8_t)fmt};
    o.a = fpr_get(cpu, fmt, r1);
    o.b = b;
    return run_store(cpu, &o, r1, setcc);
}

/* Second operand from storage (RXE): short or long. */
static int fetch(struct cpu *cpu, const struct insn *in, unsigned fmt, struct bfpv *v)
{
    uint64_t a = ea_bxd(cpu, in->x2, in->b2, in->d2);
    *v = ZERO;
    if (fmt == BFP_S) {
        uint32_t w = 0;
        int rc = vread32(cpu, a, &w);
        v->hi = w;
        return rc;
    }
    return vread64(cpu, a, &v->hi);
}

#define ARITH_RR(name, op, fmt, cc)                                          \
    int op_##name(struct cpu *cpu, const struct insn *in)                   \
    {                                                                        \
        BFP_CHECK(cpu);                                                      \
        return arith(cpu, op, fmt, in->r1, fpr_get(cpu, fmt, in->r2), cc);   \
    }
#define ARITH_RX(name, op, fmt, cc)                                          \
    int op_##name(struct cpu *cpu, const struct insn *in)                   \
    {                                                                        \
        BFP_CHECK(cpu);                                                      \
        struct bfpv b;                                                       \
        int rc = fetch(cpu, in, fmt, &b);                                    \
        if (rc)                                                              \
            return rc;                                                       \
        return arith(cpu, op, fmt, in->r1, b, cc);                           \
    }
#define ARITH_XR(name, op, cc)                                               \
    int op_##name(struct cpu *cpu, const struct insn *in)                   \
    {                                                                        \
        BFP_CHECK(cpu);                                                      \
        PAIR_CHECK(in->r1 | in->r2);                                         \
        return arith(cpu, op, BFP_X, in->r1, fpr_get(cpu, BFP_X, in->r2), cc); \
    }

ARITH_RR(AEBR, BOP_ADD, BFP_S, true)
ARITH_RR(ADBR, BOP_ADD, BFP_L, true)
ARITH_XR(AXBR, BOP_ADD, true)
ARITH_RX(AEB, BOP_ADD, BFP_S, true)
ARITH_RX(ADB, BOP_ADD, BFP_L, true)

ARITH_RR(SEBR, BOP_SUB, BFP_S, true)
ARITH_RR(SDBR, BOP_SUB, BFP_L, true)
ARITH_XR(SXBR, BOP_SUB, true)
ARITH_RX(SEB, BOP_SUB, BFP_S, true)
ARITH_RX(SDB, BOP_SUB, BFP_L, true)

ARITH_RR(MEEBR, BOP_MUL, BFP_S, false)
ARITH_RR(MDBR, BOP_MUL, BFP_L, false)
ARITH_XR(MXBR, BOP_MUL, false)
ARITH_RX(MEEB, BOP_MUL, BFP_S, false)
ARITH_RX(MDB, BOP_MUL, BFP_L, false)

ARITH_RR(DEBR, BOP_DIV, BFP_S, false)
ARITH_RR(DDBR, BOP_DIV, BFP_L, false)
ARITH_XR(DXBR, BOP_DIV, false)
ARITH_RX(DEB, BOP_DIV, BFP_S, false)
ARITH_RX(DDB, BOP_DIV, BFP_L, false)

ARITH_RR(SQEBR, BOP_SQRT, BFP_S, false)
ARITH_RR(SQDBR, BOP_SQRT, BFP_L, false)
ARITH_XR(SQXBR, BOP_SQRT, false)
ARITH_RX(SQEB, BOP_SQRT, BFP_S, false)
ARITH_RX(SQDB, BOP_SQRT, BFP_L, false)

/* Lengthening multiply: both operands widened exactly, the product is exact. */
static int mul_widen(struct cpu *cpu, unsigned sf, unsigned r1, struct bfpv b)
{
    unsigned tf = sf + 1;
    struct bfp_op o = {.op = BOP_MUL, .fmt = (uint8_t)tf, .sfmt = (uint8_t)tf};
    o.a = bfp_widen(sf, tf, fpr_get(cpu, sf, r1));
    o.b = bfp_widen(sf, tf, b);
    return run_store(cpu, &o, r1, false);
}

int op_MDEBR(struct cpu *cpu, const struct insn *in)
{
    BFP_CHECK(cpu);
    return mul_widen(cpu, BFP_S, in->r1, fpr_get(cpu, BFP_S, in->r2));
}

int op_MXDBR(struct cpu *cpu, const struct insn *in)
{
    BFP_CHECK(cpu);
    PAIR_CHECK(in->r1);
    return mul_widen(cpu, BFP_L, in->r1, fpr_get(cpu, BFP_L, in->r2));
}

int op_MDEB(struct cpu *cpu, const struct insn *in)
{
    BFP_CHECK(cpu);
    struct bfpv b;
    int rc = fetch(cpu, in, BFP_S, &b);
    return rc ? rc : mul_widen(cpu, BFP_S, in->r1, b);
}

int op_MXDB(struct cpu *cpu, const struct insn *in)
{
    BFP_CHECK(cpu);
    PAIR_CHECK(in->r1);
    struct bfpv b;
    int rc = fetch(cpu, in, BFP_L, &b);
    return rc ? rc : mul_widen(cpu, BFP_L, in->r1, b);
}

/* Multiply and add/subtract: op1 = op3 * op2 +/- op1.  RRD has R1, R3, R2; RXF has R3 and
 * the storage second operand (the decoder leaves R1 and R3 in place for both). */
static int fused(struct cpu *cpu, unsigned op, unsigned fmt, const struct insn *in, struct bfpv b)
{
    struct bfp_op o = {.op = (uint8_t)op, .fmt = (uint8_t)fmt, .sfmt = (uint8_t)fmt};
    o.a = fpr_get(cpu, fmt, in->r1);
    o.b = b;
    o.c = fpr_get(cpu, fmt, in->r3);
    return run_store(cpu, &o, in->r1, false);
}

#define FUSED_RR(name, op, fmt)                                   \
    int op_##name(struct cpu *cpu, const struct insn *in)        \
    {                                                             \
        BFP_CHECK(cpu);                                           \
        return fused(cpu, op, fmt, in, fpr_get(cpu, fmt, in->r2)); \
    }
#define FUSED_RX(name, op, fmt)                                   \
    int op_##name(struct cpu *cpu, const struct insn *in)        \
    {                                                             \
        BFP_CHECK(cpu);                                           \
        struct bfpv b;                                            \
        int rc = fetch(cpu, in, fmt, &b);                         \
        return rc ? rc : fused(cpu, op, fmt, in, b);              \
    }

FUSED_RR(MAEBR, BOP_MADD, BFP_S)
FUSED_RR(MADBR, BOP_MADD, BFP_L)
FUSED_RR(MSEBR, BOP_MSUB, BFP_S)
FUSED_RR(MSDBR, BOP_MSUB, BFP_L)
FUSED_RX(MAEB, BOP_MADD, BFP_S)
FUSED_RX(MADB, BOP_MADD, BFP_L)
FUSED_RX(MSEB, BOP_MSUB, BFP_S)
FUSED_RX(MSDB, BOP_MSUB, BFP_L)
