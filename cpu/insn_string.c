/* Long moves and compares and the string instructions (PoP chapter 7): MVCL, CLCL, MVCLE, CLCLE,
 * MVST, CLST, SRST, and CHECKSUM.
 *
 * All of them keep their progress in the registers.  MVCL and CLCL are interruptible and are
 * completed here in one execution (at most 16 MiB); the others may stop after a CPU-determined
 * amount with CC 3, which the program answers by branching back.  When an access exception
 * ends one of them early, the registers already describe the bytes done, so that a nullified
 * (page-fault) execution resumes where it stopped. */
#include <string.h>

#include "insn_ss.h"

/* CPU-determined amounts: bytes of the first operand per execution. */
#define MVCLE_UNIT (64 * 1024)
#define STRING_UNIT (16 * 1024)

static inline uint64_t min2(uint64_t a, uint64_t b)
{
    return a < b ? a : b;
}

static inline int cc_of_lengths(uint64_t l1, uint64_t l2)
{
    return l1 == l2 ? 0 : l1 < l2 ? 1 : 2;
}

/* A long-operand state: addresses, lengths and the padding byte. */
struct longop {
    uint64_t a1, a2, l1, l2;
    uint8_t pad;
};

/* Move up to limit bytes of the first operand (source, then padding); returns 0 or an
 * exception code, with the state advanced over what was done. */
static int long_move(struct cpu *cpu, struct longop *s, uint64_t limit)
{
    uint64_t am = amode_mask(cpu);
    while (limit && s->l1 && s->l2) {
        uint64_t c = min2(min2(limit, min2(s->l1, s->l2)), min2(page_left(s->a1), page_left(s->a2)));
        uint8_t *d, *src;
        int rc = vptr(cpu, s->a2, c, ACC_FETCH, &src);
        if (!rc)
            rc = vptr(cpu, s->a1, c, ACC_STORE, &d);
        if (rc)
            return rc;
        memmove(d, src, c);
        s->a1 = (s->a1 + c) & am;
        s->a2 = (s->a2 + c) & am;
        s->l1 -= c;
        s->l2 -= c;
        limit -= c;
    }
    while (limit && s->l1) {
        uint64_t c = min2(min2(limit, s->l1), page_left(s->a1));
        uint8_t *d;
        int rc = vptr(cpu, s->a1, c, ACC_STORE, &d);
        if (rc)
            return rc;
        memset(d, s->pad, c);
        s->a1 = (s->a1 + c) & am;
        s->l1 -= c;
        limit -= c;
    }
    return 0;
}

/* Compare up to limit bytes (the shorter operand extended with the padding byte).  Sets *cc to
 * 1 or 2 at the first difference (the state then designates the unequal bytes), else 0. */
static int long_compare(struct cpu *cpu, struct longop *s, uint64_t limit, int *cc)
{
    uint64_t am = amode_mask(cpu);
    *cc = 0;
    while (limit && (s->l1 || s->l2)) {
        uint64_t c = limit;
        const uint8_t *p1 = NULL, *p2 = NULL;
        uint8_t *h;
        int rc;
        if (s->l1) {
            c = min2(c, min2(s->l1, page_left(s->a1)));
        }
        if (s->l2) {
            c = min2(c, min2(s->l2, page_left(s->a2)));
        }
        if (s->l1) {
            rc = vptr(cpu, s->a1, c, ACC_FETCH, &h);
            if (rc)
                return rc;
            p1 = h;
        }
        if (s->l2) {
            rc = vptr(cpu, s->a2, c, ACC_FETCH, &h);
            if (rc)
                return rc;
            p2 = h;
        }
        uint64_t k = 0;
        if (p1 && p2 && !memcmp(p1, p2, c)) {
            k = c;
        } else {
            for (; k < c; k++) {
                uint8_t b1 = p1 ? p1[k] : s->pad, b2 = p2 ? p2[k] : s->pad;
                if (b1 != b2) {
                    *cc = b1 < b2 ? 1 : 2;
                    break;
                }
            }
        }
        if (s->l1) {
            s->a1 = (s->a1 + k) & am;
            s->l1 -= k;
        }
        if (s->l2) {
            s->a2 = (s->a2 + k) & am;
            s->l2 -= k;
        }
        if (*cc)
            return 0;
        limit -= c;
    }
    return 0;
}

/* MVCL/CLCL: lengths in bits 40-63 of R1+1 and R2+1, padding byte in bits 32-39 of R2+1. */
static void mvcl_load(struct cpu *cpu, unsigned r1, unsigned r2, struct longop *s)
{
    s->a1 = gr_addr(cpu, r1);
    s->a2 = gr_addr(cpu, r2);
    s->l1 = cpu->gr[r1 + 1] & 0xFFFFFF;
    s->l2 = cpu->gr[r2 + 1] & 0xFFFFFF;
    s->pad = (uint8_t)(cpu->gr[r2 + 1] >> 24);
}

static void mvcl_store(struct cpu *cpu, unsigned r1, unsigned r2, const struct longop *s)
{
    gr_put_addr(cpu, r1, s->a1);
    gr_put_addr(cpu, r2, s->a2);
    cpu->gr[r1 + 1] = (cpu->gr[r1 + 1] & ~0xFFFFFFULL) | s->l1;
    cpu->gr[r2 + 1] = (cpu->gr[r2 + 1] & ~0xFFFFFFULL) | s->l2;
}

int op_MVCL(struct cpu *cpu, const struct insn *in)
{
    if ((in->r1 | in->r2) & 1)
        return PGM_SPECIFICATION;
    struct longop s;
    mvcl_load(cpu, in->r1, in->r2, &s);
    int cc = cc_of_lengths(s.l1, s.l2);
    /* Destructive overlap (tested on logical addresses, with wrap-around): the first operand
     * begins strictly inside the part of the second operand that would be moved. */
    uint64_t moved = min2(s.l1, s.l2);
    uint64_t dist = (s.a1 - s.a2) & amode_mask(cpu);
    if (dist != 0 && dist < moved) {
        cpu->cc = 3;
        return 0;
    }
    int rc = long_move(cpu, &s, UINT64_MAX);
    mvcl_store(cpu, in->r1, in->r2, &s);
    if (rc)
        return rc;
    cpu->cc = (uint8_t)cc;
    return 0;
}

int op_CLCL(struct cpu *cpu, const struct insn *in)
{
    if ((in->r1 | in->r2) & 1)
        return PGM_SPECIFICATION;
    struct longop s;
    mvcl_load(cpu, in->r1, in->r2, &s);
    int cc;
    int rc = long_compare(cpu, &s, UINT64_MAX, &cc);
    mvcl_store(cpu, in->r1, in->r2, &s);
    if (rc)
        return rc;
    cpu->cc = (uint8_t)cc;
    return 0;
}

/* MVCLE/CLCLE: lengths are bits 32-63 of R1+1 and R3+1 (all 64 bits in the 64-bit mode); the
 * padding byte is bits 56-63 of the second-operand address. */
static void mvcle_load(struct cpu *cpu, const struct insn *in, struct longop *s)
{
    bool am64 = (cpu->psw.mask & PSW_EA) != 0;
    s->a1 = gr_addr(cpu, in->r1);
    s->a2 = gr_addr(cpu, in->r3);
    s->l1 = am64 ? cpu->gr[in->r1 + 1] : (uint32_t)cpu->gr[in->r1 + 1];
    s->l2 = am64 ? cpu->gr[in->r3 + 1] : (uint32_t)cpu->gr[in->r3 + 1];
    s->pad = (uint8_t)ea_bd(cpu, in->b2, in->d2);
}

static void mvcle_store(struct cpu *cpu, const struct insn *in, const struct longop *s)
{
    gr_put_addr(cpu, in->r1, s->a1);
    gr_put_addr(cpu, in->r3, s->a2);
    if (cpu->psw.mask & PSW_EA) {
        cpu->gr[in->r1 + 1] = s->l1;
        cpu->gr[in->r3 + 1] = s->l2;
    } else {
        gr_put_low(cpu, in->r1 + 1, (uint32_t)s->l1);
        gr_put_low(cpu, in->r3 + 1, (uint32_t)s->l2);
    }
}

int op_MVCLE(struct cpu *cpu, const struct insn *in)
{
    if ((in->r1 | in->r3) & 1)
        return PGM_SPECIFICATION;
    struct longop s;
    mvcle_load(cpu, in, &s);
    int cc = cc_of_lengths(s.l1, s.l2);
    int rc = long_move(cpu, &s, MVCLE_UNIT);
    mvcle_store(cpu, in, &s);
    if (rc)
        return rc;
    cpu->cc = (uint8_t)(s.l1 ? 3 : cc);
    return 0;
}

int op_CLCLE(struct cpu *cpu, const struct insn *in)
{
    if ((in->r1 | in->r3) & 1)
        return PGM_SPECIFICATION;
    struct longop s;
    mvcle_load(cpu, in, &s);
    int cc;
    int rc = long_compare(cpu, &s, MVCLE_UNIT, &cc);
    mvcle_store(cpu, in, &s);
    if (rc)
        return rc;
    cpu->cc = (uint8_t)(cc == 0 && (s.l1 || s.l2) ? 3 : cc);
    return 0;
}

/* MVST, CLST, SRST: the ending (or searched-for) character is bits 56-63 of GR0, and bits
 * 32-55 of GR0 must be zero. */
static inline int string_char(const struct cpu *cpu, uint8_t *c)
{
    if (cpu->gr[0] & 0xFFFFFF00ULL)
        return PGM_SPECIFICATION;
    *c = (uint8_t)cpu->gr[0];
    return 0;
}

int op_MVST(struct cpu *cpu, const struct insn *in)
{
    uint8_t c;
    int rc = string_char(cpu, &c);
    if (rc)
        return rc;
    uint64_t am = amode_mask(cpu);
    uint64_t a1 = gr_addr(cpu, in->r1), a2 = gr_addr(cpu, in->r2);
    for (uint64_t budget = STRING_UNIT; budget;) {
        uint64_t n = min2(budget, min2(page_left(a1), page_left(a2)));
        uint8_t *s, *d;
        rc = vptr(cpu, a2, n, ACC_FETCH, &s);
        if (rc)
            break;
        const uint8_t *end = memchr(s, c, n);
        uint64_t m = end ? (uint64_t)(end - s) + 1 : n;
        rc = vptr(cpu, a1, m, ACC_STORE, &d);
        if (rc)
            break;
        memmove(d, s, m);
        if (end) {
            /* R1 designates the ending character in the first operand; R2 unchanged */
            gr_put_addr(cpu, in->r1, (a1 + m - 1) & am);
            cpu->cc = 1;
            return 0;
        }
        a1 = (a1 + n) & am;
        a2 = (a2 + n) & am;
        budget -= n;
    }
    gr_put_addr(cpu, in->r1, a1);
    gr_put_addr(cpu, in->r2, a2);
    if (rc)
        return rc;
    cpu->cc = 3;
    return 0;
}

int op_CLST(struct cpu *cpu, const struct insn *in)
{
    uint8_t c;
    int rc = string_char(cpu, &c);
    if (rc)
        return rc;
    uint64_t am = amode_mask(cpu);
    uint64_t a1 = gr_addr(cpu, in->r1), a2 = gr_addr(cpu, in->r2);
    for (uint64_t budget = STRING_UNIT; budget;) {
        uint64_t n = min2(budget, min2(page_left(a1), page_left(a2)));
        uint8_t *p1, *p2;
        rc = vptr(cpu, a1, n, ACC_FETCH, &p1);
        if (!rc)
            rc = vptr(cpu, a2, n, ACC_FETCH, &p2);
        if (rc)
            break;
        for (uint64_t k = 0; k < n; k++) {
            uint8_t b1 = p1[k], b2 = p2[k];
            if (b1 == b2) {
                if (b1 == c) {
                    cpu->cc = 0; /* equal strings: registers unchanged */
                    return 0;
                }
                continue;
            }
            /* the operand that ends first is the low one */
            cpu->cc = b1 == c ? 1 : b2 == c ? 2 : b1 < b2 ? 1 : 2;
            gr_put_addr(cpu, in->r1, (a1 + k) & am);
            gr_put_addr(cpu, in->r2, (a2 + k) & am);
            return 0;
        }
        a1 = (a1 + n) & am;
        a2 = (a2 + n) & am;
        budget -= n;
    }
    gr_put_addr(cpu, in->r1, a1);
    gr_put_addr(cpu, in->r2, a2);
    if (rc)
        return rc;
    cpu->cc = 3;
    return 0;
}

/* SEARCH STRING: from the address in R2 up to (not including) the end address in R1. */
int op_SRST(struct cpu *cpu, const struct insn *in)
{
    uint8_t c;
    int rc = string_char(cpu, &c);
    if (rc)
        return rc;
    uint64_t am = amode_mask(cpu);
    uint64_t end = gr_addr(cpu, in->r1), a2 = gr_addr(cpu, in->r2);
    for (uint64_t budget = STRING_UNIT; budget;) {
        if (a2 == end) {
            cpu->cc = 2; /* not found: registers unchanged */
            return 0;
        }
        uint64_t n = min2(min2(budget, page_left(a2)), (end - a2) & am);
        uint8_t *p;
        rc = vptr(cpu, a2, n, ACC_FETCH, &p);
        if (rc)
            break;
        const uint8_t *hit = memchr(p, c, n);
        if (hit) {
            gr_put_addr(cpu, in->r1, (a2 + (uint64_t)(hit - p)) & am);
            cpu->cc = 1;
            return 0;
        }
        a2 = (a2 + n) & am;
        budget -= n;
    }
    if (!rc && a2 == end) {
        cpu->cc = 2; /* the budget ran out exactly at the end: not found */
        return 0;
    }
    gr_put_addr(cpu, in->r2, a2);
    if (rc)
        return rc;
    cpu->cc = 3;
    return 0;
}

/* CHECKSUM: 32-bit words of the second operand (R2 address, R2+1 length; a short last word
 * padded with zeros on the right) added into bits 32-63 of R1 with the carry out of bit 32
 * added back in (end-around carry).  CC 0 done, 3 after a CPU-determined amount. */
int op_CKSM(struct cpu *cpu, const struct insn *in)
{
    if (in->r2 & 1)
        return PGM_SPECIFICATION;
    bool am64 = (cpu->psw.mask & PSW_EA) != 0;
    uint64_t am = amode_mask(cpu);
    uint64_t a = gr_addr(cpu, in->r2);
    uint64_t len = am64 ? cpu->gr[in->r2 + 1] : (uint32_t)cpu->gr[in->r2 + 1];
    uint64_t sum = (uint32_t)cpu->gr[in->r1];
    uint64_t budget = MVCLE_UNIT;
    int rc = 0;
    while (len && budget) {
        /* whole words within this page, or one word assembled across the boundary */
        uint64_t c = min2(min2(len, budget), page_left(a)) & ~3ULL;
        if (c) {
            uint8_t *p;
            rc = vptr(cpu, a, c, ACC_FETCH, &p);
            if (rc)
                break;
            for (uint64_t i = 0; i < c; i += 4)
                sum += ld_be32(p + i);
        } else {
            uint8_t w[4] = {0};
            c = min2(len, 4);
            rc = vread(cpu, a, w, c);
            if (rc)
                break;
            sum += ld_be32(w);
        }
        sum = (sum & 0xFFFFFFFF) + (sum >> 32); /* fold often: no overflow of the 64 bits */
        a = (a + c) & am;
        len -= c;
        budget -= min2(budget, c);
    }
    sum = (sum & 0xFFFFFFFF) + (sum >> 32);
    sum = (sum & 0xFFFFFFFF) + (sum >> 32);
    gr_put_low(cpu, in->r1, (uint32_t)sum);
    gr_put_addr(cpu, in->r2, a);
    if (am64)
        cpu->gr[in->r2 + 1] = len;
    else
        gr_put_low(cpu, in->r2 + 1, (uint32_t)len);
    if (rc)
        return rc;
    cpu->cc = len ? 3 : 0;
    return 0;
}
