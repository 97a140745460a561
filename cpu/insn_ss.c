/* Storage-to-storage character instructions (PoP chapter 7): MVC, MVCIN, MVZ, MVN, CLC, NC, OC,
 * XC, TR, TRT, TRTR.
 *
 * The PoP defines the overlapping cases as if one byte were fetched and stored at a time,
 * left to right.  MVC with destination = source + 1 is the classic propagation (gcc's memset of
 * a constant); XC of a field with itself clears it.  The common case -- both operands inside
 * one page each -- runs on host pointers; memmove/word-wise code is used only where it gives
 * the byte-at-a-time result, i.e. unless the destination starts strictly inside the source. */
#include <string.h>

#include "insn_ss.h"

static inline uint64_t min3(uint64_t a, uint64_t b, uint64_t c)
{
    uint64_t m = a < b ? a : b;
    return m < c ? m : c;
}

/* d <- s for n bytes with MVC's byte-at-a-time, left-to-right result. */
static inline void move_bytes(uint8_t *d, const uint8_t *s, size_t n)
{
    if (d <= s || d >= s + n) {
        memmove(d, s, n);
    } else if (d == s + 1) {
        memset(d, *s, n); /* propagation of the byte before the field */
    } else {
        for (size_t i = 0; i < n; i++)
            d[i] = s[i];
    }
}

/* Move n bytes from a2 to a1 page piece by page piece; the caller has checked both operands,
 * so no exception remains possible and nothing is left half done. */
static int move_span(struct cpu *cpu, uint64_t a1, uint64_t a2, uint64_t n)
{
    uint64_t am = amode_mask(cpu);
    while (n) {
        uint64_t c = min3(n, page_left(a1), page_left(a2));
        uint8_t *d, *s;
        int rc = vptr(cpu, a2, c, ACC_FETCH, &s);
        if (!rc)
            rc = vptr(cpu, a1, c, ACC_STORE, &d);
        if (rc)
            return rc;
        move_bytes(d, s, c);
        a1 = (a1 + c) & am;
        a2 = (a2 + c) & am;
        n -= c;
    }
    return 0;
}

/* Host pointers for an operand pair that lies within one page each, or an exception code;
 * returns 1 when either operand crosses a page (the caller takes its slow path). */
static inline int pair_ptrs(struct cpu *cpu, uint64_t a1, uint64_t a2, unsigned n, enum access acc1, uint8_t **d,
                            uint8_t **s)
{
    if (page_left(a1) < n || page_left(a2) < n)
        return 1;
    *s = tlb_hit(cpu, a2, ACC_FETCH);
    *d = tlb_hit(cpu, a1, acc1);
    if (*s && *d)
        return 0;
    int rc = vptr(cpu, a2, n, ACC_FETCH, s);
    if (!rc)
        rc = vptr(cpu, a1, n, acc1, d);
    return rc ? -rc : 0;
}

int op_MVC(struct cpu *cpu, const struct insn *in)
{
    uint64_t a1 = ea_bd(cpu, in->b1, in->d1), a2 = ea_bd(cpu, in->b2, in->d2);
    unsigned n = in->l1 + 1u;
    uint8_t *d, *s;
    int rc = pair_ptrs(cpu, a1, a2, n, ACC_STORE, &d, &s);
    if (rc == 0) {
        move_bytes(d, s, n);
        return 0;
    }
    if (rc < 0)
        return -rc;
    rc = vcheck(cpu, a2, n, ACC_FETCH);
    if (!rc)
        rc = vcheck(cpu, a1, n, ACC_STORE);
    return rc ? rc : move_span(cpu, a1, a2, n);
}

/* MOVE INVERSE: the second-operand address designates its rightmost byte. */
int op_MVCIN(struct cpu *cpu, const struct insn *in)
{
    uint64_t a1 = ea_bd(cpu, in->b1, in->d1), a2 = ea_bd(cpu, in->b2, in->d2);
    unsigned n = in->l1 + 1u;
    uint8_t src[256], dst[256];
    int rc = vread(cpu, (a2 - in->l1) & amode_mask(cpu), src, n);
    if (rc)
        return rc;
    for (unsigned i = 0; i < n; i++)
        dst[i] = src[n - 1 - i];
    return vwrite(cpu, a1, dst, n); /* overlap: results unpredictable per the PoP */
}

/* ---- the byte-wise logical family: d = d op s ---- */
enum lop { LOP_AND, LOP_OR, LOP_XOR, LOP_ZONES, LOP_NUMERICS };

static inline uint64_t lop_apply(enum lop op, uint64_t d, uint64_t s)
{
    switch (op) {
    case LOP_AND: return d & s;
    case LOP_OR: return d | s;
    case LOP_XOR: return d ^ s;
    case LOP_ZONES: return (d & 0x0F0F0F0F0F0F0F0FULL) | (s & 0xF0F0F0F0F0F0F0F0ULL);
    case LOP_NUMERICS: return (d & 0xF0F0F0F0F0F0F0F0ULL) | (s & 0x0F0F0F0F0F0F0F0FULL);
    }
    return d;
}

/* Returns nonzero if any result byte is nonzero.  When the destination starts strictly inside
 * the source, a byte may be fetched after it was stored: go one byte at a time.  Otherwise
 * every source byte is fetched before it could be overwritten, and words give the same result. */
static inline uint64_t lop_bytes(enum lop op, uint8_t *d, const uint8_t *s, size_t n)
{
    uint64_t any = 0;
    size_t i = 0;
    if (!(s < d && d < s + n)) {
        for (; i + 8 <= n; i += 8) {
            uint64_t x, y;
            memcpy(&x, d + i, 8);
            memcpy(&y, s + i, 8);
            x = lop_apply(op, x, y);
            memcpy(d + i, &x, 8);
            any |= x;
        }
    }
    for (; i < n; i++) {
        uint8_t r = (uint8_t)lop_apply(op, d[i], s[i]);
        d[i] = r;
        any |= r;
    }
    return any;
}

static inline int lop_insn(struct cpu *cpu, const struct insn *in, enum lop op, bool sets_cc)
{
    uint64_t a1 = ea_bd(cpu, in->b1, in->d1), a2 = ea_bd(cpu, in->b2, in->d2);
    unsigned n = in->l1 + 1u;
    uint8_t *d, *s;
    uint64_t any = 0;
    int rc = pair_ptrs(cpu, a1, a2, n, ACC_STORE, &d, &s);
    if (rc < 0)
        return -rc;
    if (rc == 0) {
        if (op == LOP_XOR && d == s) {
            memset(d, 0, n); /* XC of a field with itself: gcc's memset to zero */
        } else {
            any = lop_bytes(op, d, s, n);
        }
    } else {
        uint64_t am = amode_mask(cpu);
        rc = vcheck(cpu, a2, n, ACC_FETCH);
        if (!rc)
            rc = vcheck(cpu, a1, n, ACC_STORE);
        if (rc)
            return rc;
        for (uint64_t left = n; left;) {
            uint64_t c = min3(left, page_left(a1), page_left(a2));
            rc = vptr(cpu, a2, c, ACC_FETCH, &s);
            if (!rc)
                rc = vptr(cpu, a1, c, ACC_STORE, &d);
            if (rc)
                return rc;
            any |= lop_bytes(op, d, s, c);
            a1 = (a1 + c) & am;
            a2 = (a2 + c) & am;
            left -= c;
        }
    }
    if (sets_cc)
        cpu->cc = any ? 1 : 0;
    return 0;
}

int op_NC(struct cpu *cpu, const struct insn *in) { return lop_insn(cpu, in, LOP_AND, true); }
int op_OC(struct cpu *cpu, const struct insn *in) { return lop_insn(cpu, in, LOP_OR, true); }
int op_XC(struct cpu *cpu, const struct insn *in) { return lop_insn(cpu, in, LOP_XOR, true); }
int op_MVZ(struct cpu *cpu, const struct insn *in) { return lop_insn(cpu, in, LOP_ZONES, false); }
int op_MVN(struct cpu *cpu, const struct insn *in) { return lop_insn(cpu, in, LOP_NUMERICS, false); }

/* ---- COMPARE LOGICAL (character) ---- */
static inline int cmp_cc(int c)
{
    return c == 0 ? 0 : c < 0 ? 1 : 2;
}

int op_CLC(struct cpu *cpu, const struct insn *in)
{
    uint64_t a1 = ea_bd(cpu, in->b1, in->d1), a2 = ea_bd(cpu, in->b2, in->d2);
    unsigned n = in->l1 + 1u;
    uint8_t *p1, *p2;
    int rc = pair_ptrs(cpu, a1, a2, n, ACC_FETCH, &p1, &p2);
    if (rc < 0)
        return -rc;
    if (rc == 0) {
        cpu->cc = (uint8_t)cmp_cc(memcmp(p1, p2, n));
        return 0;
    }
    /* across pages: piece by piece, stopping at the first difference */
    uint64_t am = amode_mask(cpu);
    for (uint64_t left = n; left;) {
        uint64_t c = min3(left, page_left(a1), page_left(a2));
        rc = vptr(cpu, a1, c, ACC_FETCH, &p1);
        if (!rc)
            rc = vptr(cpu, a2, c, ACC_FETCH, &p2);
        if (rc)
            return rc;
        int r = memcmp(p1, p2, c);
        if (r) {
            cpu->cc = (uint8_t)cmp_cc(r);
            return 0;
        }
        a1 = (a1 + c) & am;
        a2 = (a2 + c) & am;
        left -= c;
    }
    cpu->cc = 0;
    return 0;
}

/* ---- TRANSLATE ---- */
int op_TR(struct cpu *cpu, const struct insn *in)
{
    uint64_t a1 = ea_bd(cpu, in->b1, in->d1), a2 = ea_bd(cpu, in->b2, in->d2);
    uint64_t am = amode_mask(cpu);
    unsigned n = in->l1 + 1u;
    int rc;
    if (page_left(a1) >= n && page_left(a2) >= 256) {
        /* the table lies in one page: every byte of it is as accessible as any other */
        uint8_t *d, *t;
        rc = vptr(cpu, a2, 256, ACC_FETCH, &t);
        if (!rc)
            rc = vptr(cpu, a1, n, ACC_STORE, &d);
        if (rc)
            return rc;
        for (unsigned i = 0; i < n; i++)
            d[i] = t[d[i]]; /* byte at a time: right even if the table overlaps the field */
        return 0;
    }
    /* Slow path: fetch the table bytes that are used before storing anything. */
    uint8_t buf[256];
    rc = vcheck(cpu, a1, n, ACC_STORE);
    if (!rc)
        rc = vread(cpu, a1, buf, n);
    if (rc)
        return rc;
    bool overlap = ((a1 - a2) & am) < 256 || ((a2 - a1) & am) < n;
    if (!overlap) {
        for (unsigned i = 0; i < n; i++) {
            rc = vread8(cpu, (a2 + buf[i]) & am, &buf[i]);
            if (rc)
                return rc;
        }
        return vwrite(cpu, a1, buf, n);
    }
    for (unsigned i = 0; i < n; i++) {
        uint8_t b, t;
        uint64_t a = (a1 + i) & am;
        rc = vread8(cpu, a, &b);
        if (!rc)
            rc = vread8(cpu, (a2 + b) & am, &t);
        if (!rc)
            rc = vwrite8(cpu, a, t);
        if (rc)
            return rc;
    }
    return 0;
}

/* ---- TRANSLATE AND TEST (left to right) and ... REVERSE (right to left) ---- */
static int trt_common(struct cpu *cpu, const struct insn *in, bool reverse)
{
    uint64_t a1 = ea_bd(cpu, in->b1, in->d1), a2 = ea_bd(cpu, in->b2, in->d2);
    uint64_t am = amode_mask(cpu);
    unsigned n = in->l1 + 1u;
    uint64_t first = reverse ? (a1 - in->l1) & am : a1; /* leftmost byte of the operand */
    uint8_t *p = NULL, *t = NULL;
    int rc;
    if (page_left(first) >= n && page_left(a2) >= 256) {
        rc = vptr(cpu, first, n, ACC_FETCH, &p);
        if (!rc)
            rc = vptr(cpu, a2, 256, ACC_FETCH, &t);
        if (rc)
            return rc;
    }
    for (unsigned i = 0; i < n; i++) {
        unsigned off = reverse ? n - 1 - i : i;
        uint64_t a = (first + off) & am;
        uint8_t b, f;
        if (t) {
            b = p[off];
            f = t[b];
        } else {
            rc = vread8(cpu, a, &b);
            if (!rc)
                rc = vread8(cpu, (a2 + b) & am, &f);
            if (rc)
                return rc;
        }
        if (f) {
            gr_put_addr_trt(cpu, 1, a);
            cpu->gr[2] = (cpu->gr[2] & ~0xFFULL) | f;
            cpu->cc = i == n - 1 ? 2 : 1;
            return 0;
        }
    }
    cpu->cc = 0;
    return 0;
}

int op_TRT(struct cpu *cpu, const struct insn *in) { return trt_common(cpu, in, false); }
int op_TRTR(struct cpu *cpu, const struct insn *in) { return trt_common(cpu, in, true); }
