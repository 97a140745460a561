/* DIVIDE TO INTEGER (DIEBR, DIDBR; PoP chapter 19): op1 / op2 gives an integer quotient,
 * rounded by the M4 method, in R3 and the remainder op1 - n * op2 in R1.
 *
 * Done in binary128, where a short or long product n * op2 is exact.  The truncated
 * quotient is exact (the binary128 quotient rounded toward zero cannot cross an integer),
 * so the remainder is found exactly and decides the rounding of the quotient.
 * Simplifications (documented in the report): a quotient of p bits or more (p = 24, 53)
 * yields the quotient truncated to p bits, the remainder that goes with it rounded to the
 * format, and CC 2 (partial); the quotient-overflow variants (CC 1 and 3) and IEEE underflow
 * of a tiny remainder are not modelled. */
#include "bfp.h"

static int div_to_int(struct cpu *cpu, const struct insn *in, unsigned fmt)
{
    BFP_CHECK(cpu);
    int rm = bfp_rm_m3(cpu, in->m4);
    if (rm < 0 || in->r1 == in->r3 || in->r1 == in->r2 || in->r3 == in->r2)
        return PGM_SPECIFICATION;
    struct bfpv a = fpr_get(cpu, fmt, in->r1), b = fpr_get(cpu, fmt, in->r2), r, n;
    unsigned exc = 0;
    uint8_t cc = 0;
    if (bfp_is_nan(fmt, a) || bfp_is_nan(fmt, b)) {
        struct bfpv v = bfp_is_snan(fmt, a) ? a : bfp_is_snan(fmt, b) ? b : bfp_is_nan(fmt, a) ? a : b;
        if (bfp_is_snan(fmt, a) || bfp_is_snan(fmt, b))
            exc = BX_INV;
        r = n = bfp_quiet(fmt, v);
        cc = 1;
    } else {
        __float128 A = bfp_to_q(fmt, a), B = bfp_to_q(fmt, b);
        bool aneg = bfp_is_neg(fmt, a), qneg = aneg != bfp_is_neg(fmt, b);
        if (B == 0 || __builtin_isinf(A)) {
            exc = BX_INV;
            r = n = bfp_default_nan(fmt);
            cc = 1;
        } else if (__builtin_isinf(B)) {
            r = a;
            n = bfp_from_q(fmt, qneg ? -(__float128)0 : 0);
        } else {
            bool inx;
            bfp_host_begin(RM_Z);
            volatile __float128 va = A, vb = B;
            volatile __float128 vq = va / vb;
            bfp_host_end(RM_Z);
            __float128 q0 = bfp_q_round_int(vq, RM_Z, &inx);
            __float128 lim = fmt == BFP_S ? 16777216.0Q : 9007199254740992.0Q; /* 2^p */
            __float128 N, R;
            unsigned e2;
            if ((q0 < 0 ? -q0 : q0) >= lim) {
                /* partial: the quotient truncated to the format's precision */
                N = bfp_to_q(fmt, bfp_q_narrow(fmt, q0, RM_Z, &e2));
                R = A - N * B;
                cc = 2;
            } else {
                __float128 r0 = A - q0 * B, ar = r0 < 0 ? -r0 : r0, ab = B < 0 ? -B : B;
                bool odd = (__int128)q0 & 1, inc;
                switch (rm) {
                case RM_NE: inc = 2 * ar > ab || (2 * ar == ab && odd); break;
                case RM_TA: inc = 2 * ar >= ab; break;
                case RM_UP: inc = ar != 0 && !qneg; break;
                case RM_DOWN: inc = ar != 0 && qneg; break;
                case RM_PSP: inc = ar != 0 && !odd; break;
                default: inc = false; break;
                }
                N = q0;
                R = r0;
                if (inc) {
                    N = qneg ? q0 - 1 : q0 + 1;
                    R = qneg ? r0 + B : r0 - B;
                }
            }
            r = bfp_q_narrow(fmt, R, RM_NE, &e2);
            if (R == 0) /* a zero remainder takes the dividend's sign */
                r = bfp_from_q(fmt, aneg ? -(__float128)0 : 0);
            n = bfp_from_q(fmt, N == 0 ? (qneg ? -(__float128)0 : 0) : N);
        }
    }
    if (exc && bfp_signal(cpu, exc, false) == BFP_TRAP_SUPPRESS)
        return PGM_DATA;
    fpr_put(cpu, fmt, in->r1, r);
    fpr_put(cpu, fmt, in->r3, n);
    cpu->cc = cc;
    return 0;
}

int op_DIEBR(struct cpu *cpu, const struct insn *in) { return div_to_int(cpu, in, BFP_S); }
int op_DIDBR(struct cpu *cpu, const struct insn *in) { return div_to_int(cpu, in, BFP_L); }
