/* Rotates and bit-field instructions (PoP chapter 7): ROTATE LEFT SINGLE LOGICAL, the
 * ROTATE THEN ... SELECTED BITS family (gcc's bit-field workhorse), FIND LEFTMOST ONE and
 * POPULATION COUNT.
 *
 * RIE-f fields: I3 bits 2-7 start, I4 bits 2-7 end, I5 bits 2-7 rotate amount; I4 bit 0 is
 * the zero-remaining-bits flag of the inserts, I3 bit 0 the test-only flag of AND/OR/XOR.
 * Bit numbering is the PoP's: bit 0 is the most significant.  A start beyond the end selects
 * a range that wraps around. */
#include "insn.h"

#define HI32 0xFFFFFFFF00000000ULL

static inline uint64_t rotl64(uint64_t v, unsigned n)
{
    n &= 63;
    return n ? (v << n) | (v >> (64 - n)) : v;
}

static inline uint32_t rotl32(uint32_t v, unsigned n)
{
    n &= 31;
    return n ? (v << n) | (v >> (32 - n)) : v;
}

/* Bits start..end of a doubleword (wrapping from 63 to 0 when start > end). */
static inline uint64_t sel64(unsigned start, unsigned end)
{
    uint64_t from = ~0ULL >> start;
    uint64_t to = ~0ULL << (63 - end);
    return start <= end ? from & to : from | to;
}

/* Bits start..end of a word (wrapping from 31 to 0). */
static inline uint32_t sel32(unsigned start, unsigned end)
{
    uint32_t from = 0xFFFFFFFFu >> start;
    uint32_t to = 0xFFFFFFFFu << (31 - end);
    return start <= end ? from & to : from | to;
}

/* ---- ROTATE LEFT SINGLE LOGICAL (RSY: R1 <- R3 rotated by the low 6 address bits) ---- */

static inline unsigned rot_amount(const struct cpu *cpu, const struct insn *in)
{
    return (unsigned)((in->b2 ? cpu->gr[in->b2] : 0) + (uint64_t)(int64_t)in->d2) & 63;
}

int op_RLL(struct cpu *cpu, const struct insn *in)
{
    uint32_t r = rotl32((uint32_t)cpu->gr[in->r3], rot_amount(cpu, in));
    cpu->gr[in->r1] = (cpu->gr[in->r1] & HI32) | r;
    return 0;
}

int op_RLLG(struct cpu *cpu, const struct insn *in)
{
    cpu->gr[in->r1] = rotl64(cpu->gr[in->r3], rot_amount(cpu, in));
    return 0;
}

/* ---- ROTATE THEN INSERT SELECTED BITS ---- */

static inline uint64_t risbg_result(const struct cpu *cpu, const struct insn *in)
{
    uint64_t mask = sel64(in->i3 & 63, in->i4 & 63);
    uint64_t rot = rotl64(cpu->gr[in->r2], in->i5);
    uint64_t keep = (in->i4 & 0x80) ? 0 : cpu->gr[in->r1] & ~mask;
    return keep | (rot & mask);
}

int op_RISBG(struct cpu *cpu, const struct insn *in)
{
    uint64_t r = risbg_result(cpu, in);
    cpu->gr[in->r1] = r;
    cpu->cc = r == 0 ? 0 : (int64_t)r < 0 ? 1 : 2;
    return 0;
}

/* RISBGN: the same without touching the CC. */
int op_RISBGN(struct cpu *cpu, const struct insn *in)
{
    cpu->gr[in->r1] = risbg_result(cpu, in);
    return 0;
}

/* RISBHG / RISBLG: I3 and I4 bits 3-7 name bits of one word of R1 (0-31 of the high word,
 * or of the low word); the other word is never changed, the zero flag clears only the
 * unselected bits of the named word.  The CC is unchanged. */
int op_RISBHG(struct cpu *cpu, const struct insn *in)
{
    uint64_t mask = (uint64_t)sel32(in->i3 & 31, in->i4 & 31) << 32;
    uint64_t rot = rotl64(cpu->gr[in->r2], in->i5);
    uint64_t old = cpu->gr[in->r1];
    uint64_t keep = (in->i4 & 0x80) ? old & ~HI32 : old & ~mask;
    cpu->gr[in->r1] = keep | (rot & mask);
    return 0;
}

int op_RISBLG(struct cpu *cpu, const struct insn *in)
{
    uint64_t mask = sel32(in->i3 & 31, in->i4 & 31);
    uint64_t rot = rotl64(cpu->gr[in->r2], in->i5);
    uint64_t old = cpu->gr[in->r1];
    uint64_t keep = (in->i4 & 0x80) ? old & HI32 : old & ~mask;
    cpu->gr[in->r1] = keep | (rot & mask);
    return 0;
}

/* ---- ROTATE THEN AND / OR / EXCLUSIVE OR SELECTED BITS ----
 * CC 0 when the selected bits of the result are all zero, else 1.  With the test-only flag
 * R1 is left as it was. */

enum sbg_op { SBG_AND, SBG_OR, SBG_XOR };

static inline int rsbg(struct cpu *cpu, const struct insn *in, enum sbg_op op)
{
    uint64_t mask = sel64(in->i3 & 63, in->i4 & 63);
    uint64_t rot = rotl64(cpu->gr[in->r2], in->i5);
    uint64_t old = cpu->gr[in->r1];
    uint64_t v = op == SBG_AND ? old & rot : op == SBG_OR ? old | rot : old ^ rot;
    v &= mask;
    cpu->cc = v != 0;
    if (!(in->i3 & 0x80))
        cpu->gr[in->r1] = (old & ~mask) | v;
    return 0;
}

int op_RNSBG(struct cpu *cpu, const struct insn *in) { return rsbg(cpu, in, SBG_AND); }
int op_ROSBG(struct cpu *cpu, const struct insn *in) { return rsbg(cpu, in, SBG_OR); }
int op_RXSBG(struct cpu *cpu, const struct insn *in) { return rsbg(cpu, in, SBG_XOR); }

/* ---- FIND LEFTMOST ONE (RRE, even/odd pair R1) ----
 * R1 <- position of the leftmost one of R2 (64 when none), R1+1 <- R2 with that bit off.
 * CC 0 no one found, 2 found. */
int op_FLOGR(struct cpu *cpu, const struct insn *in)
{
    if (in->r1 & 1)
        return PGM_SPECIFICATION;
    uint64_t v = cpu->gr[in->r2]; /* R2 may be R1 or R1+1 */
    if (!v) {
        cpu->gr[in->r1] = 64;
        cpu->gr[in->r1 + 1] = 0;
        cpu->cc = 0;
        return 0;
    }
    unsigned n = (unsigned)__builtin_clzll(v);
    cpu->gr[in->r1] = n;
    cpu->gr[in->r1 + 1] = v & ~(1ULL << (63 - n));
    cpu->cc = 2;
    return 0;
}

/* ---- POPULATION COUNT (RRE): each byte of R1 <- the number of ones in that byte of R2.
 * CC 0 result zero, 1 nonzero. */
int op_POPCNT(struct cpu *cpu, const struct insn *in)
{
    uint64_t v = cpu->gr[in->r2];
    v = v - ((v >> 1) & 0x5555555555555555ULL);                         /* 2-bit counts */
    v = (v & 0x3333333333333333ULL) + ((v >> 2) & 0x3333333333333333ULL); /* 4-bit counts */
    v = (v + (v >> 4)) & 0x0F0F0F0F0F0F0F0FULL;                         /* byte counts */
    cpu->gr[in->r1] = v;
    cpu->cc = v != 0;
    return 0;
}
