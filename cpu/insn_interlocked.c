/* The interlocked-access facility 1 (z196; PoP chapter 7): LOAD AND ADD / ADD LOGICAL / AND /
 * OR / EXCLUSIVE OR, which fetch the storage operand into R1 and store the result of the
 * operation on it and R3 as one interlocked update; and LOAD PAIR FROM / STORE PAIR TO
 * QUADWORD, whose 16-byte accesses are quadword-concurrent.
 *
 * Storage is big-endian and shared by the CPU threads: the update is a host compare-and-
 * exchange loop on the operand's host address (naturally aligned, since the guest operand
 * must be aligned and host pages are), computing in register order. */
#include <stdbool.h>

#include "access.h"
#include "insn.h"

typedef uint32_t __attribute__((may_alias)) u32_alias;
typedef uint64_t __attribute__((may_alias)) u64_alias;
typedef unsigned __int128 u128;
typedef u128 __attribute__((may_alias)) u128_alias;

enum iop { I_ADD, I_ADDL, I_AND, I_OR, I_XOR };

static inline uint64_t operand_addr(const struct cpu *cpu, const struct insn *in)
{
    return ea_bd(cpu, in->b2, in->d2);
}

static uint32_t op32(enum iop op, uint32_t a, uint32_t b)
{
    switch (op) {
    case I_ADD:
    case I_ADDL:
        return a + b;
    case I_AND:
        return a & b;
    case I_OR:
        return a | b;
    default:
        return a ^ b;
    }
}
static uint64_t op64(enum iop op, uint64_t a, uint64_t b)
{
    switch (op) {
    case I_ADD:
    case I_ADDL:
        return a + b;
    case I_AND:
        return a & b;
    case I_OR:
        return a | b;
    default:
        return a ^ b;
    }
}

/* Signed add: the sum is stored even on overflow, which is then a fixed-point overflow
 * exception (completion) when the program mask allows it. */
static int signed_cc(struct cpu *cpu, bool ovf, bool neg, bool zero)
{
    if (ovf) {
        cpu->cc = 3;
        return (cpu->psw.mask & PSW_PM_FIXOVF) ? PGM_FIXED_OVERFLOW : 0;
    }
    cpu->cc = zero ? 0 : neg ? 1 : 2;
    return 0;
}

static int interlocked32(struct cpu *cpu, const struct insn *in, enum iop op)
{
    uint64_t a = operand_addr(cpu, in);
    if (a & 3)
        return PGM_SPECIFICATION;
    uint8_t *p;
    int rc = vptr(cpu, a, 4, ACC_STORE, &p);
    if (rc)
        return rc;
    uint32_t b = (uint32_t)cpu->gr[in->r3];
    uint32_t raw = __atomic_load_n((u32_alias *)p, __ATOMIC_RELAXED), old, res;
    do {
        old = __builtin_bswap32(raw);
        res = op32(op, old, b);
    } while (!__atomic_compare_exchange_n((u32_alias *)p, &raw, __builtin_bswap32(res), false, __ATOMIC_SEQ_CST,
                                          __ATOMIC_RELAXED));
    cpu->gr[in->r1] = (cpu->gr[in->r1] & 0xFFFFFFFF00000000ULL) | old;
    switch (op) {
    case I_ADD: {
        int32_t s;
        bool ovf = __builtin_add_overflow((int32_t)old, (int32_t)b, &s);
        return signed_cc(cpu, ovf, s < 0, s == 0);
    }
    case I_ADDL:
        cpu->cc = (uint8_t)((res != 0) | (((uint64_t)old + b) >> 32) << 1);
        return 0;
    default:
        cpu->cc = res != 0;
        return 0;
    }
}

static int interlocked64(struct cpu *cpu, const struct insn *in, enum iop op)
{
    uint64_t a = operand_addr(cpu, in);
    if (a & 7)
        return PGM_SPECIFICATION;
    uint8_t *p;
    int rc = vptr(cpu, a, 8, ACC_STORE, &p);
    if (rc)
        return rc;
    uint64_t b = cpu->gr[in->r3];
    uint64_t raw = __atomic_load_n((u64_alias *)p, __ATOMIC_RELAXED), old, res;
    do {
        old = __builtin_bswap64(raw);
        res = op64(op, old, b);
    } while (!__atomic_compare_exchange_n((u64_alias *)p, &raw, __builtin_bswap64(res), false, __ATOMIC_SEQ_CST,
                                          __ATOMIC_RELAXED));
    cpu->gr[in->r1] = old;
    switch (op) {
    case I_ADD: {
        int64_t s;
        bool ovf = __builtin_add_overflow((int64_t)old, (int64_t)b, &s);
        return signed_cc(cpu, ovf, s < 0, s == 0);
    }
    case I_ADDL:
        cpu->cc = (uint8_t)((res != 0) | ((res < old) << 1));
        return 0;
    default:
        cpu->cc = res != 0;
        return 0;
    }
}

int op_LAA(struct cpu *cpu, const struct insn *in) { return interlocked32(cpu, in, I_ADD); }
int op_LAAL(struct cpu *cpu, const struct insn *in) { return interlocked32(cpu, in, I_ADDL); }
int op_LAN(struct cpu *cpu, const struct insn *in) { return interlocked32(cpu, in, I_AND); }
int op_LAO(struct cpu *cpu, const struct insn *in) { return interlocked32(cpu, in, I_OR); }
int op_LAX(struct cpu *cpu, const struct insn *in) { return interlocked32(cpu, in, I_XOR); }
int op_LAAG(struct cpu *cpu, const struct insn *in) { return interlocked64(cpu, in, I_ADD); }
int op_LAALG(struct cpu *cpu, const struct insn *in) { return interlocked64(cpu, in, I_ADDL); }
int op_LANG(struct cpu *cpu, const struct insn *in) { return interlocked64(cpu, in, I_AND); }
int op_LAOG(struct cpu *cpu, const struct insn *in) { return interlocked64(cpu, in, I_OR); }
int op_LAXG(struct cpu *cpu, const struct insn *in) { return interlocked64(cpu, in, I_XOR); }

/* ---- LPQ / STPQ: R1 even, operand on a quadword boundary ---- */

#if defined(__x86_64__)
/* cmpxchg16b: the plain __atomic 16-byte forms would call libatomic, which may take a lock
 * that the compare-and-swap instructions (insn_atomic.c, also cmpxchg16b) do not see. */
__attribute__((target("cx16"))) static u128 load128(u128 *p)
{
    return __sync_val_compare_and_swap((u128_alias *)p, (u128)0, (u128)0);
}
__attribute__((target("cx16"))) static void store128(u128 *p, u128 v)
{
    u128 old = *(volatile u128_alias *)p;
    for (;;) {
        u128 seen = __sync_val_compare_and_swap((u128_alias *)p, old, v);
        if (seen == old)
            return;
        old = seen;
    }
}
#else
static u128 load128(u128 *p)
{
    return __atomic_load_n((u128_alias *)p, __ATOMIC_SEQ_CST);
}
static void store128(u128 *p, u128 v)
{
    __atomic_store_n((u128_alias *)p, v, __ATOMIC_SEQ_CST);
}
#endif

static int quad_operand(struct cpu *cpu, const struct insn *in, enum access acc, u128 **p)
{
    uint64_t a = ea_bxd(cpu, in->x2, in->b2, in->d2);
    if ((in->r1 & 1) || (a & 15))
        return PGM_SPECIFICATION;
    uint8_t *h;
    /* a fetch through cmpxchg16b writes the same value back: the host page must be
     * writable, which guest storage always is; the guest access stays a fetch */
    int rc = vptr(cpu, a, 16, acc, &h);
    if (!rc)
        *p = (u128 *)(void *)h;
    return rc;
}

int op_LPQ(struct cpu *cpu, const struct insn *in)
{
    u128 *p;
    int rc = quad_operand(cpu, in, ACC_FETCH, &p);
    if (rc)
        return rc;
    u128 v = load128(p);
    /* storage bytes 0-7 (big-endian) go to R1, bytes 8-15 to R1+1 */
    uint64_t w[2];
    __builtin_memcpy(w, &v, 16);
    cpu->gr[in->r1] = __builtin_bswap64(w[0]);
    cpu->gr[in->r1 + 1] = __builtin_bswap64(w[1]);
    return 0;
}

int op_STPQ(struct cpu *cpu, const struct insn *in)
{
    u128 *p;
    int rc = quad_operand(cpu, in, ACC_STORE, &p);
    if (rc)
        return rc;
    uint64_t w[2] = {__builtin_bswap64(cpu->gr[in->r1]), __builtin_bswap64(cpu->gr[in->r1 + 1])};
    u128 v;
    __builtin_memcpy(&v, w, 16);
    store128(p, v);
    return 0;
}

/* ---- LOAD PAIR DISJOINT: two separate operands into the even-odd pair R3, R3+1, CC 0 when
 * they were fetched as one interlocked pair, CC 3 when not (the program retries).  Here the
 * first operand is fetched again after the second: CC 0 when it is unchanged.  (A change
 * and change back in between would go unseen; the PoP's CC 3 exists for such races.) ---- */
static int load_pair(struct cpu *cpu, const struct insn *in, unsigned size)
{
    uint64_t a1 = ea_bd(cpu, in->b1, in->d1), a2 = ea_bd(cpu, in->b2, in->d2);
    if ((in->r3 & 1) || (a1 & (size - 1)) || (a2 & (size - 1)))
        return PGM_SPECIFICATION;
    uint8_t *p1, *p2;
    int rc = vptr(cpu, a1, size, ACC_FETCH, &p1);
    if (!rc)
        rc = vptr(cpu, a2, size, ACC_FETCH, &p2);
    if (rc)
        return rc;
    uint64_t v1, v2, again;
    if (size == 4) {
        v1 = __builtin_bswap32(__atomic_load_n((u32_alias *)p1, __ATOMIC_SEQ_CST));
        v2 = __builtin_bswap32(__atomic_load_n((u32_alias *)p2, __ATOMIC_SEQ_CST));
        again = __builtin_bswap32(__atomic_load_n((u32_alias *)p1, __ATOMIC_SEQ_CST));
        cpu->gr[in->r3] = (cpu->gr[in->r3] & 0xFFFFFFFF00000000ULL) | v1;
        cpu->gr[in->r3 + 1] = (cpu->gr[in->r3 + 1] & 0xFFFFFFFF00000000ULL) | v2;
    } else {
        v1 = __builtin_bswap64(__atomic_load_n((u64_alias *)p1, __ATOMIC_SEQ_CST));
        v2 = __builtin_bswap64(__atomic_load_n((u64_alias *)p2, __ATOMIC_SEQ_CST));
        again = __builtin_bswap64(__atomic_load_n((u64_alias *)p1, __ATOMIC_SEQ_CST));
        cpu->gr[in->r3] = v1;
        cpu->gr[in->r3 + 1] = v2;
    }
    cpu->cc = again == v1 ? 0 : 3;
    return 0;
}

int op_LPD(struct cpu *cpu, const struct insn *in) { return load_pair(cpu, in, 4); }
int op_LPDG(struct cpu *cpu, const struct insn *in) { return load_pair(cpu, in, 8); }
