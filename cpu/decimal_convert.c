/* Decimal format conversions (PoP chapter 8): PACK, UNPK, MVO, PKA, UNPKA, PKU, UNPKU, CVD,
 * CVDY, CVDG, CVB, CVBY, CVBG.
 *
 * PACK and UNPK are defined byte by byte from right to left with every result byte stored
 * as soon as the source bytes it needs are fetched, and programs rely on that for overlapping
 * fields; they are done literally here, after both operands were checked for access. */
#include "access.h"
#include "decimal_packed.h"
#include "insn.h"

static inline uint64_t at(const struct cpu *cpu, uint64_t a, int off)
{
    return (a + (uint64_t)(int64_t)off) & amode_mask(cpu);
}

static int check_ss_b(struct cpu *cpu, const struct insn *in, uint64_t *a1, uint64_t *a2)
{
    *a1 = ea_bd(cpu, in->b1, in->d1);
    *a2 = ea_bd(cpu, in->b2, in->d2);
    int rc = vcheck(cpu, *a2, in->l2 + 1u, ACC_FETCH);
    return rc ? rc : vcheck(cpu, *a1, in->l1 + 1u, ACC_STORE);
}

int op_PACK(struct cpu *cpu, const struct insn *in)
{
    uint64_t a1, a2;
    int rc = check_ss_b(cpu, in, &a1, &a2);
    if (rc)
        return rc;
    int i1 = in->l1, i2 = in->l2;
    uint8_t b, lo, hi;
    /* the rightmost byte: zone and numeric swapped (the zone becomes the sign) */
    if ((rc = vread8(cpu, at(cpu, a2, i2--), &b)) || (rc = vwrite8(cpu, at(cpu, a1, i1--), (uint8_t)(b << 4 | b >> 4))))
        return rc;
    while (i1 >= 0) {
        lo = hi = 0;
        if (i2 >= 0 && (rc = vread8(cpu, at(cpu, a2, i2--), &lo)))
            return rc;
        if (i2 >= 0 && (rc = vread8(cpu, at(cpu, a2, i2--), &hi)))
            return rc;
        if ((rc = vwrite8(cpu, at(cpu, a1, i1--), (uint8_t)((hi & 0xF) << 4 | (lo & 0xF)))))
            return rc;
    }
    return 0;
}

int op_UNPK(struct cpu *cpu, const struct insn *in)
{
    uint64_t a1, a2;
    int rc = check_ss_b(cpu, in, &a1, &a2);
    if (rc)
        return rc;
    int i1 = in->l1, i2 = in->l2;
    uint8_t b;
    if ((rc = vread8(cpu, at(cpu, a2, i2--), &b)) || (rc = vwrite8(cpu, at(cpu, a1, i1--), (uint8_t)(b << 4 | b >> 4))))
        return rc;
    while (i1 >= 0) {
        b = 0;
        if (i2 >= 0 && (rc = vread8(cpu, at(cpu, a2, i2--), &b)))
            return rc;
        if ((rc = vwrite8(cpu, at(cpu, a1, i1--), (uint8_t)(0xF0 | (b & 0xF)))))
            return rc;
        if (i1 >= 0 && (rc = vwrite8(cpu, at(cpu, a1, i1--), (uint8_t)(0xF0 | b >> 4))))
            return rc;
    }
    return 0;
}

/* MOVE WITH OFFSET: the second operand goes to the left of the first operand's rightmost four
 * bits, which stay; leftmost excess digits are lost, missing ones become zeros. */
int op_MVO(struct cpu *cpu, const struct insn *in)
{
    uint64_t a1, a2;
    int rc = check_ss_b(cpu, in, &a1, &a2);
    if (rc)
        return rc;
    unsigned n1 = in->l1 + 1u, n2 = in->l2 + 1u;
    uint8_t s[16], d[16];
    uint8_t last;
    if ((rc = vread(cpu, a2, s, n2)) || (rc = vread8(cpu, at(cpu, a1, in->l1), &last)))
        return rc;
    /* nibble j of the result counted from the right: 0 is the kept sign, 1.. come from s */
    for (unsigned i = 0; i < n1; i++) {
        unsigned right = 2 * (n1 - 1 - i), left = right + 1; /* nibble indexes in byte i */
        uint8_t nib[2];
        unsigned idx[2] = {left, right};
        for (int k = 0; k < 2; k++) {
            unsigned j = idx[k];
            if (j == 0) {
                nib[k] = last & 0xF;
            } else {
                unsigned sj = j - 1; /* nibble of the source from the right */
                unsigned byte = sj / 2;
                if (byte >= n2)
                    nib[k] = 0;
                else
                    nib[k] = (sj & 1) ? s[n2 - 1 - byte] >> 4 : s[n2 - 1 - byte] & 0xF;
            }
        }
        d[i] = (uint8_t)(nib[0] << 4 | nib[1]);
    }
    return vwrite(cpu, a1, d, n1);
}

/* ---- binary <-> packed ---- */
static int cvd_common(struct cpu *cpu, uint64_t a, int64_t v, unsigned n)
{
    uint8_t b[16];
    dec_mag mag = v < 0 ? (dec_mag)(-(uint64_t)v) : (dec_mag)(uint64_t)v;
    dec_format(mag, v < 0, n, b);
    return vwrite(cpu, a, b, n);
}

int op_CVD(struct cpu *cpu, const struct insn *in) /* CVD and CVDY */
{
    return cvd_common(cpu, ea_bxd(cpu, in->x2, in->b2, in->d2), (int32_t)cpu->gr[in->r1], 8);
}

int op_CVDG(struct cpu *cpu, const struct insn *in)
{
    return cvd_common(cpu, ea_bxd(cpu, in->x2, in->b2, in->d2), (int64_t)cpu->gr[in->r1], 16);
}

/* Fetch n packed bytes; the two's-complement value modulo 2^64 in *v and whether it lies
 * outside [-2^(bits-1), 2^(bits-1)-1]. */
static int cvb_common(struct cpu *cpu, const struct insn *in, unsigned n, unsigned bits, uint64_t *v, bool *ovf)
{
    uint8_t b[16];
    struct dec d;
    int rc = vread(cpu, ea_bxd(cpu, in->x2, in->b2, in->d2), b, n);
    if (rc)
        return rc;
    if (dec_parse(b, n, &d))
        return dec_data_exception(cpu);
    dec_mag lim = (dec_mag)1 << (bits - 1);
    *ovf = d.neg ? d.mag > lim : d.mag >= lim;
    *v = d.neg ? -(uint64_t)d.mag : (uint64_t)d.mag;
    return 0;
}

/* CVB and CVBY.  On overflow the rightmost 32 bits of the result are placed in R1 and a
 * fixed-point-divide exception is recognized. */
int op_CVB(struct cpu *cpu, const struct insn *in)
{
    uint64_t v;
    bool ovf;
    int rc = cvb_common(cpu, in, 8, 32, &v, &ovf);
    if (rc)
        return rc;
    cpu->gr[in->r1] = (cpu->gr[in->r1] & 0xFFFFFFFF00000000ULL) | (uint32_t)v;
    return ovf ? PGM_FIXED_DIVIDE : 0;
}

int op_CVBG(struct cpu *cpu, const struct insn *in)
{
    uint64_t v;
    bool ovf;
    int rc = cvb_common(cpu, in, 16, 64, &v, &ovf);
    if (rc)
        return rc;
    cpu->gr[in->r1] = v;
    return ovf ? PGM_FIXED_DIVIDE : 0;
}

/* ---- ASCII <-> packed (PKA: SS-f, second operand at most 32 bytes; UNPKA: SS-a, first
 *      operand at most 32 bytes; the packed operand is always 16 bytes) ---- */
int op_PKA(struct cpu *cpu, const struct insn *in)
{
    if (in->l2 > 31)
        return PGM_SPECIFICATION;
    uint64_t a1 = ea_bd(cpu, in->b1, in->d1), a2 = ea_bd(cpu, in->b2, in->d2);
    unsigned n2 = in->l2 + 1u;
    uint8_t s[32], d[16];
    int rc = vread(cpu, a2, s, n2);
    if (rc)
        return rc;
    /* digit j from the right (j = 0..30) is the numeric half of source byte n2-1-j */
    uint8_t dig[31];
    for (unsigned j = 0; j < 31; j++)
        dig[j] = j < n2 ? (s[n2 - 1 - j] & 0xF) : 0;
    d[15] = (uint8_t)(dig[0] << 4 | DEC_SIGN_PLUS);
    for (unsigned k = 1; k < 16; k++)
        d[15 - k] = (uint8_t)(dig[2 * k] << 4 | dig[2 * k - 1]);
    return vwrite(cpu, a1, d, 16);
}

int op_UNPKA(struct cpu *cpu, const struct insn *in)
{
    if (in->l1 > 31)
        return PGM_SPECIFICATION;
    uint64_t a1 = ea_bd(cpu, in->b1, in->d1), a2 = ea_bd(cpu, in->b2, in->d2);
    unsigned n1 = in->l1 + 1u;
    uint8_t s[16], d[32];
    int rc = vread(cpu, a2, s, 16);
    if (rc)
        return rc;
    /* digits are not checked; the sign sets the CC: 0 plus, 1 minus, 3 invalid */
    for (unsigned j = 0; j < n1; j++) { /* result byte n1-1-j gets digit j from the right */
        unsigned nib;
        if (j >= 31)
            nib = 0;
        else if (j == 0)
            nib = s[15] >> 4;
        else
            nib = (j & 1) ? s[15 - (j + 1) / 2] & 0xF : s[15 - j / 2] >> 4;
        d[n1 - 1 - j] = (uint8_t)(0x30 | nib);
    }
    rc = vwrite(cpu, a1, d, n1);
    if (rc)
        return rc;
    unsigned sign = s[15] & 0xF;
    cpu->cc = sign < 0xA ? 3 : (sign == 0xB || sign == 0xD) ? 1 : 0;
    return 0;
}

/* ---- Unicode <-> packed (PKU: SS-f, second operand an even number of bytes, at most 64;
 *      UNPKU: SS-a, first operand likewise; two bytes per digit) ---- */
int op_PKU(struct cpu *cpu, const struct insn *in)
{
    unsigned n2 = in->l2 + 1u;
    if (n2 > 64 || (n2 & 1))
        return PGM_SPECIFICATION;
    uint64_t a1 = ea_bd(cpu, in->b1, in->d1), a2 = ea_bd(cpu, in->b2, in->d2);
    uint8_t s[64], d[16];
    int rc = vread(cpu, a2, s, n2);
    if (rc)
        return rc;
    unsigned nch = n2 / 2;
    uint8_t dig[31];
    for (unsigned j = 0; j < 31; j++) /* digit j from the right: low bits of character nch-1-j */
        dig[j] = j < nch ? (s[2 * (nch - 1 - j) + 1] & 0xF) : 0;
    d[15] = (uint8_t)(dig[0] << 4 | DEC_SIGN_PLUS);
    for (unsigned k = 1; k < 16; k++)
        d[15 - k] = (uint8_t)(dig[2 * k] << 4 | dig[2 * k - 1]);
    return vwrite(cpu, a1, d, 16);
}

int op_UNPKU(struct cpu *cpu, const struct insn *in)
{
    unsigned n1 = in->l1 + 1u;
    if (n1 > 64 || (n1 & 1))
        return PGM_SPECIFICATION;
    uint64_t a1 = ea_bd(cpu, in->b1, in->d1), a2 = ea_bd(cpu, in->b2, in->d2);
    uint8_t s[16], d[64];
    int rc = vread(cpu, a2, s, 16);
    if (rc)
        return rc;
    unsigned nch = n1 / 2;
    for (unsigned j = 0; j < nch; j++) {
        unsigned nib;
        if (j >= 31)
            nib = 0;
        else if (j == 0)
            nib = s[15] >> 4;
        else
            nib = (j & 1) ? s[15 - (j + 1) / 2] & 0xF : s[15 - j / 2] >> 4;
        d[2 * (nch - 1 - j)] = 0x00;
        d[2 * (nch - 1 - j) + 1] = (uint8_t)(0x30 | nib);
    }
    rc = vwrite(cpu, a1, d, n1);
    if (rc)
        return rc;
    unsigned sign = s[15] & 0xF;
    cpu->cc = sign < 0xA ? 3 : (sign == 0xB || sign == 0xD) ? 1 : 0;
    return 0;
}
