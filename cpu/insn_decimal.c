/* Decimal arithmetic (PoP chapter 8): ZAP, AP, SP, CP, MP, DP, SRP, TP.
 *
 * Operands are fetched whole, checked, computed on binary magnitudes and stored with one
 * all-or-nothing write, so a data or access exception leaves storage unchanged.  The PoP allows
 * overlap only where the rightmost bytes coincide (or, for ZAP, where the first operand's
 * rightmost byte is to the right of the second's); fetching both before storing gives the
 * defined result in those cases. */
#include "access.h"
#include "decimal_packed.h"
#include "insn.h"

/* Fetch n bytes at a and parse them; a data exception for an invalid operand. */
static int dec_fetch(struct cpu *cpu, uint64_t a, unsigned n, struct dec *v, uint8_t *raw)
{
    uint8_t buf[DEC_MAX_BYTES];
    uint8_t *b = raw ? raw : buf;
    int rc = vread(cpu, a, b, n);
    if (rc)
        return rc;
    return dec_parse(b, n, v) ? dec_data_exception(cpu) : 0;
}

/* Store an arithmetic result in n bytes at a, set the CC (0 zero, 1 minus, 2 plus, 3
 * overflow) and report decimal overflow when the program mask asks for it.  A zero result is
 * positive, unless high-order nonzero digits were lost: then it keeps the true sign. */
static int dec_result(struct cpu *cpu, uint64_t a, unsigned n, dec_mag mag, bool neg)
{
    dec_mag limit = dec_pow10(2 * n - 1);
    bool ovf = mag >= limit;
    if (mag == 0)
        neg = false;
    if (ovf)
        mag %= limit;
    uint8_t b[DEC_MAX_BYTES];
    dec_format(mag, neg, n, b);
    int rc = vwrite(cpu, a, b, n);
    if (rc)
        return rc;
    cpu->cc = ovf ? 3 : mag == 0 ? 0 : neg ? 1 : 2;
    if (ovf && (cpu->psw.mask & PSW_PM_DECOVF))
        return PGM_DECIMAL_OVERFLOW; /* completion: the result and CC 3 stay */
    return 0;
}

int op_ZAP(struct cpu *cpu, const struct insn *in)
{
    uint64_t a1 = ea_bd(cpu, in->b1, in->d1), a2 = ea_bd(cpu, in->b2, in->d2);
    struct dec v;
    int rc = vcheck(cpu, a1, in->l1 + 1u, ACC_STORE);
    if (!rc)
        rc = dec_fetch(cpu, a2, in->l2 + 1u, &v, NULL);
    return rc ? rc : dec_result(cpu, a1, in->l1 + 1u, v.mag, v.neg);
}

/* Signed sum of two sign-magnitude values. */
static struct dec dec_add(struct dec x, struct dec y)
{
    struct dec r;
    if (x.neg == y.neg) {
        r.mag = x.mag + y.mag;
        r.neg = x.neg;
    } else if (x.mag >= y.mag) {
        r.mag = x.mag - y.mag;
        r.neg = x.neg;
    } else {
        r.mag = y.mag - x.mag;
        r.neg = y.neg;
    }
    return r;
}

static int add_sub(struct cpu *cpu, const struct insn *in, bool subtract)
{
    uint64_t a1 = ea_bd(cpu, in->b1, in->d1), a2 = ea_bd(cpu, in->b2, in->d2);
    unsigned n1 = in->l1 + 1u, n2 = in->l2 + 1u;
    struct dec x, y;
    int rc = vcheck(cpu, a1, n1, ACC_STORE);
    if (!rc)
        rc = dec_fetch(cpu, a1, n1, &x, NULL);
    if (!rc)
        rc = dec_fetch(cpu, a2, n2, &y, NULL);
    if (rc)
        return rc;
    if (subtract)
        y.neg = !y.neg;
    struct dec r = dec_add(x, y);
    return dec_result(cpu, a1, n1, r.mag, r.neg);
}

int op_AP(struct cpu *cpu, const struct insn *in) { return add_sub(cpu, in, false); }
int op_SP(struct cpu *cpu, const struct insn *in) { return add_sub(cpu, in, true); }

int op_CP(struct cpu *cpu, const struct insn *in)
{
    struct dec x, y;
    int rc = dec_fetch(cpu, ea_bd(cpu, in->b1, in->d1), in->l1 + 1u, &x, NULL);
    if (!rc)
        rc = dec_fetch(cpu, ea_bd(cpu, in->b2, in->d2), in->l2 + 1u, &y, NULL);
    if (rc)
        return rc;
    /* plus and minus zero compare equal */
    if (x.mag == 0)
        x.neg = false;
    if (y.mag == 0)
        y.neg = false;
    int c;
    if (x.neg != y.neg)
        c = x.neg ? -1 : 1;
    else if (x.mag == y.mag)
        c = 0;
    else
        c = (x.mag < y.mag) != x.neg ? -1 : 1;
    cpu->cc = c == 0 ? 0 : c < 0 ? 1 : 2;
    return 0;
}

/* MP and DP: the second operand is at most 8 bytes and shorter than the first. */
static inline bool muldiv_lengths_bad(const struct insn *in)
{
    return in->l2 > 7 || in->l2 >= in->l1;
}

int op_MP(struct cpu *cpu, const struct insn *in)
{
    if (muldiv_lengths_bad(in))
        return PGM_SPECIFICATION;
    uint64_t a1 = ea_bd(cpu, in->b1, in->d1), a2 = ea_bd(cpu, in->b2, in->d2);
    unsigned n1 = in->l1 + 1u, n2 = in->l2 + 1u;
    struct dec x, y;
    uint8_t raw1[DEC_MAX_BYTES];
    int rc = vcheck(cpu, a1, n1, ACC_STORE);
    if (!rc)
        rc = dec_fetch(cpu, a1, n1, &x, raw1);
    if (!rc)
        rc = dec_fetch(cpu, a2, n2, &y, NULL);
    if (rc)
        return rc;
    /* the multiplicand needs as many leftmost zero bytes as the multiplier has bytes, so that
     * the product always fits */
    for (unsigned i = 0; i < n2; i++)
        if (raw1[i])
            return dec_data_exception(cpu);
    uint8_t b[DEC_MAX_BYTES];
    dec_format(x.mag * y.mag, x.neg != y.neg, n1, b); /* sign by the rules of algebra, even for 0 */
    return vwrite(cpu, a1, b, n1);                    /* CC unchanged */
}

int op_DP(struct cpu *cpu, const struct insn *in)
{
    if (muldiv_lengths_bad(in))
        return PGM_SPECIFICATION;
    uint64_t a1 = ea_bd(cpu, in->b1, in->d1), a2 = ea_bd(cpu, in->b2, in->d2);
    unsigned n1 = in->l1 + 1u, n2 = in->l2 + 1u;
    struct dec x, y;
    int rc = vcheck(cpu, a1, n1, ACC_STORE);
    if (!rc)
        rc = dec_fetch(cpu, a1, n1, &x, NULL);
    if (!rc)
        rc = dec_fetch(cpu, a2, n2, &y, NULL);
    if (rc)
        return rc;
    /* The quotient gets the leftmost n1-n2 bytes: 2(n1-n2)-1 digits.  It does not fit exactly
     * when the divisor, aligned one digit right of the dividend's leftmost digit, is not
     * greater than the dividend; a zero divisor is the same case. */
    if (x.mag >= y.mag * dec_pow10(2 * (n1 - n2) - 1))
        return PGM_DECIMAL_DIVIDE;
    uint8_t b[DEC_MAX_BYTES];
    dec_format(x.mag / y.mag, x.neg != y.neg, n1 - n2, b); /* quotient: algebraic sign, even 0 */
    dec_format(x.mag % y.mag, x.neg, n2, b + (n1 - n2));   /* remainder: the dividend's sign */
    return vwrite(cpu, a1, b, n1);                          /* CC unchanged */
}

/* SHIFT AND ROUND DECIMAL: bits 58-63 of the second-operand address are a signed shift count
 * (positive = left); a right shift adds the rounding digit I3 to the leftmost digit shifted out. */
int op_SRP(struct cpu *cpu, const struct insn *in)
{
    uint64_t a1 = ea_bd(cpu, in->b1, in->d1);
    unsigned n = in->l1 + 1u, ndig = 2 * n - 1;
    unsigned sh = (unsigned)(ea_bd(cpu, in->b2, in->d2) & 0x3F);
    unsigned round = in->r3; /* SS-c keeps I3 in r3 */
    struct dec v;
    int rc = vcheck(cpu, a1, n, ACC_STORE);
    if (!rc)
        rc = dec_fetch(cpu, a1, n, &v, NULL);
    if (rc)
        return rc;
    if (round > 9)
        return dec_data_exception(cpu);
    if (sh < 32) {
        /* left: overflow when nonzero digits are shifted out */
        if (sh >= ndig) {
            if (v.mag != 0)
                return dec_result(cpu, a1, n, dec_pow10(ndig), v.neg); /* overflow, stored 0 */
            return dec_result(cpu, a1, n, 0, false);
        }
        dec_mag limit = dec_pow10(ndig - sh);
        dec_mag kept = (v.mag % limit) * dec_pow10(sh);
        if (v.mag >= limit) /* keep the sign, store the kept digits, CC 3 */
            return dec_result(cpu, a1, n, kept + dec_pow10(ndig), v.neg);
        return dec_result(cpu, a1, n, kept, v.neg);
    }
    unsigned k = 64 - sh; /* 1..32 digits to the right */
    dec_mag q = v.mag / dec_pow10(k);
    unsigned out = (unsigned)(v.mag / dec_pow10(k - 1) % 10);
    if (out + round >= 10)
        q += 1;
    return dec_result(cpu, a1, n, q, v.neg);
}

/* TEST DECIMAL: CC 0 valid, 1 sign invalid, 2 a digit invalid, 3 both; no data exception. */
int op_TP(struct cpu *cpu, const struct insn *in)
{
    uint8_t b[DEC_MAX_BYTES];
    struct dec v;
    int rc = vread(cpu, ea_bd(cpu, in->b1, in->d1), b, in->l1 + 1u);
    if (rc)
        return rc;
    unsigned bad = dec_parse(b, in->l1 + 1u, &v);
    cpu->cc = (uint8_t)(((bad & DEC_BAD_DIGIT) ? 2 : 0) | ((bad & DEC_BAD_SIGN) ? 1 : 0));
    return 0;
}
