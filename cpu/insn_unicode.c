/* Unicode conversion (PoP chapter 7): CONVERT UTF-8/16/32 TO UTF-8/16/32 (CU12, CU14, CU21,
 * CU24, CU41, CU42).  R1 and R2 designate even-odd pairs: address in the even register,
 * length in the odd one.  One character at a time is fetched, converted and stored, and the
 * registers are advanced past it, so an access exception leaves them at a character boundary
 * from which the instruction can be resumed.
 *
 * Condition code: 0 second operand exhausted (fewer bytes left than the next character
 * needs), 1 first operand too short for the next character, 2 invalid character (the
 * well-formedness check asked for with the W bit of M3, or for UTF-8 and UTF-32 the forms
 * that are never valid), 3 CPU-determined amount processed (here: CHUNK characters). */
#include <stdbool.h>

#include "insn_ss.h"

#define CHUNK 4096 /* characters per execution before CC 3, to bound the time of one */
#define M3_W 1     /* M3 bit 3: check well-formedness */

static inline uint64_t len_of(const struct cpu *cpu, unsigned r)
{
    return (cpu->psw.mask & PSW_EA) ? cpu->gr[r] : (uint32_t)cpu->gr[r];
}
static inline void put_len(struct cpu *cpu, unsigned r, uint64_t n)
{
    if (cpu->psw.mask & PSW_EA)
        cpu->gr[r] = n;
    else
        gr_put_low(cpu, r, (uint32_t)n);
}

enum { DEC_OK, DEC_SHORT, DEC_INVALID };

/* A decoded character: its code point, and (for UTF-16 output) whether it needs a
 * surrogate pair -- a four-byte UTF-8 form always does, even an overlong one. */
struct ch {
    uint32_t cp;
    bool pair;
    unsigned len; /* source bytes */
};

static int fetch(struct cpu *cpu, uint64_t a, uint8_t *b, unsigned n)
{
    return vread(cpu, a & amode_mask(cpu), b, n);
}

static int dec_utf8(struct cpu *cpu, uint64_t a, uint64_t left, bool w, struct ch *c, int *rc)
{
    uint8_t b[4];
    if ((*rc = fetch(cpu, a, b, 1)))
        return DEC_OK;
    uint8_t b0 = b[0];
    if (b0 < 0x80) {
        *c = (struct ch){b0, false, 1};
        return DEC_OK;
    }
    if (b0 < 0xC0 || b0 >= 0xF8 || (w && (b0 < 0xC2 || b0 > 0xF4)))
        return DEC_INVALID;
    unsigned n = b0 < 0xE0 ? 2 : b0 < 0xF0 ? 3 : 4;
    if (left < n)
        return DEC_SHORT;
    if ((*rc = fetch(cpu, a, b, n)))
        return DEC_OK;
    if (w) {
        for (unsigned i = 1; i < n; i++)
            if ((b[i] & 0xC0) != 0x80)
                return DEC_INVALID;
        /* the second byte's range excludes overlong forms, surrogates and > U+10FFFF */
        if ((b0 == 0xE0 && b[1] < 0xA0) || (b0 == 0xED && b[1] > 0x9F) || (b0 == 0xF0 && b[1] < 0x90) ||
            (b0 == 0xF4 && b[1] > 0x8F))
            return DEC_INVALID;
    }
    uint32_t cp;
    if (n == 2)
        cp = (uint32_t)(b0 & 0x1F) << 6 | (b[1] & 0x3F);
    else if (n == 3)
        cp = (uint32_t)(b0 & 0x0F) << 12 | (uint32_t)(b[1] & 0x3F) << 6 | (b[2] & 0x3F);
    else
        cp = (uint32_t)(b0 & 0x07) << 18 | (uint32_t)(b[1] & 0x3F) << 12 | (uint32_t)(b[2] & 0x3F) << 6 |
             (b[3] & 0x3F);
    *c = (struct ch){cp, n == 4, n};
    return DEC_OK;
}

static int dec_utf16(struct cpu *cpu, uint64_t a, uint64_t left, bool w, struct ch *c, int *rc)
{
    uint8_t b[4];
    if ((*rc = fetch(cpu, a, b, 2)))
        return DEC_OK;
    uint32_t u = (uint32_t)b[0] << 8 | b[1];
    if (u < 0xD800 || u > 0xDBFF) {
        *c = (struct ch){u, false, 2};
        return DEC_OK;
    }
    if (left < 4)
        return DEC_SHORT;
    if ((*rc = fetch(cpu, a, b, 4)))
        return DEC_OK;
    uint32_t lo = (uint32_t)b[2] << 8 | b[3];
    if (w && (lo < 0xDC00 || lo > 0xDFFF))
        return DEC_INVALID;
    /* high surrogate 110110 zzzz yyyyyy: plane uuuuu = zzzz + 1 */
    uint32_t cp = ((((u >> 6) & 0xF) + 1) << 16) | (u & 0x3F) << 10 | (lo & 0x3FF);
    *c = (struct ch){cp, true, 4};
    return DEC_OK;
}

static int dec_utf32(struct cpu *cpu, uint64_t a, uint64_t left, bool w, struct ch *c, int *rc)
{
    (void)left, (void)w;
    uint8_t b[4];
    if ((*rc = fetch(cpu, a, b, 4)))
        return DEC_OK;
    uint32_t cp = (uint32_t)b[0] << 24 | (uint32_t)b[1] << 16 | (uint32_t)b[2] << 8 | b[3];
    if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return DEC_INVALID;
    *c = (struct ch){cp, cp > 0xFFFF, 4};
    return DEC_OK;
}

static unsigned enc_utf8(const struct ch *c, uint8_t *o)
{
    uint32_t cp = c->cp;
    if (cp < 0x80) {
        o[0] = (uint8_t)cp;
        return 1;
    }
    if (cp < 0x800) {
        o[0] = (uint8_t)(0xC0 | cp >> 6), o[1] = (uint8_t)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        o[0] = (uint8_t)(0xE0 | cp >> 12), o[1] = (uint8_t)(0x80 | ((cp >> 6) & 0x3F));
        o[2] = (uint8_t)(0x80 | (cp & 0x3F));
        return 3;
    }
    o[0] = (uint8_t)(0xF0 | ((cp >> 18) & 7)), o[1] = (uint8_t)(0x80 | ((cp >> 12) & 0x3F));
    o[2] = (uint8_t)(0x80 | ((cp >> 6) & 0x3F)), o[3] = (uint8_t)(0x80 | (cp & 0x3F));
    return 4;
}

static unsigned enc_utf16(const struct ch *c, uint8_t *o)
{
    uint32_t cp = c->cp;
    if (!c->pair) {
        o[0] = (uint8_t)(cp >> 8), o[1] = (uint8_t)cp;
        return 2;
    }
    /* zzzz = plane - 1 in four bits (an overlong four-byte UTF-8 form wraps, as the PoP's
     * bit mapping does) */
    uint32_t hi = 0xD800 | (((cp >> 16) - 1) & 0xF) << 6 | ((cp >> 10) & 0x3F);
    uint32_t lo = 0xDC00 | (cp & 0x3FF);
    o[0] = (uint8_t)(hi >> 8), o[1] = (uint8_t)hi, o[2] = (uint8_t)(lo >> 8), o[3] = (uint8_t)lo;
    return 4;
}

static unsigned enc_utf32(const struct ch *c, uint8_t *o)
{
    uint32_t cp = c->cp;
    o[0] = (uint8_t)(cp >> 24), o[1] = (uint8_t)(cp >> 16), o[2] = (uint8_t)(cp >> 8), o[3] = (uint8_t)cp;
    return 4;
}

typedef int (*dec_fn)(struct cpu *, uint64_t, uint64_t, bool, struct ch *, int *);
typedef unsigned (*enc_fn)(const struct ch *, uint8_t *);

static int convert(struct cpu *cpu, const struct insn *in, dec_fn dec, unsigned unit, enc_fn enc, bool has_w)
{
    unsigned r1 = in->r1, r2 = in->r2;
    if ((r1 & 1) || (r2 & 1))
        return PGM_SPECIFICATION;
    bool w = has_w && (in->r3 & M3_W);
    uint64_t a1 = gr_addr(cpu, r1), l1 = len_of(cpu, r1 + 1);
    uint64_t a2 = gr_addr(cpu, r2), l2 = len_of(cpu, r2 + 1);
    int cc = 3;
    for (unsigned n = 0; n < CHUNK; n++) {
        if (l2 < unit) {
            cc = 0;
            break;
        }
        struct ch c;
        int rc = 0;
        int d = dec(cpu, a2, l2, w, &c, &rc);
        if (rc)
            return rc;
        if (d != DEC_OK) {
            cc = d == DEC_SHORT ? 0 : 2;
            break;
        }
        uint8_t out[4];
        unsigned k = enc(&c, out);
        if (l1 < k) {
            cc = 1;
            break;
        }
        rc = vwrite(cpu, a1, out, k);
        if (rc)
            return rc;
        a1 = (a1 + k) & amode_mask(cpu), l1 -= k;
        a2 = (a2 + c.len) & amode_mask(cpu), l2 -= c.len;
        gr_put_addr(cpu, r1, a1), put_len(cpu, r1 + 1, l1);
        gr_put_addr(cpu, r2, a2), put_len(cpu, r2 + 1, l2);
    }
    cpu->cc = (uint8_t)cc;
    return 0;
}

int op_CU12(struct cpu *cpu, const struct insn *in) { return convert(cpu, in, dec_utf8, 1, enc_utf16, true); }
int op_CU14(struct cpu *cpu, const struct insn *in) { return convert(cpu, in, dec_utf8, 1, enc_utf32, true); }
int op_CU21(struct cpu *cpu, const struct insn *in) { return convert(cpu, in, dec_utf16, 2, enc_utf8, true); }
int op_CU24(struct cpu *cpu, const struct insn *in) { return convert(cpu, in, dec_utf16, 2, enc_utf32, true); }
int op_CU41(struct cpu *cpu, const struct insn *in) { return convert(cpu, in, dec_utf32, 4, enc_utf8, false); }
int op_CU42(struct cpu *cpu, const struct insn *in) { return convert(cpu, in, dec_utf32, 4, enc_utf16, false); }
