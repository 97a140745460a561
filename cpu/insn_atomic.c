/* Interlocked update (PoP chapter 7): TEST AND SET, COMPARE AND SWAP and COMPARE DOUBLE AND SWAP in their
 * 32-, 64- and 128-bit forms.
 *
 * Storage is big-endian and shared by all CPU threads, so the interlock is a host atomic
 * compare-and-exchange on the operand's host address, with the register values byte-swapped
 * into storage order.  Guest alignment (a specification exception otherwise) and the page
 * alignment of host storage together make the host operand naturally aligned.  The store
 * access is checked (and the change bit set) whether or not the operands compare equal. */
#include <stdbool.h>

#include "access.h"
#include "insn.h"

typedef uint32_t __attribute__((may_alias)) u32_alias;
typedef uint64_t __attribute__((may_alias)) u64_alias;
typedef unsigned __int128 u128;
typedef u128 __attribute__((may_alias)) u128_alias;

static inline u128 bswap128(u128 v)
{
    return ((u128)__builtin_bswap64((uint64_t)v) << 64) | __builtin_bswap64((uint64_t)(v >> 64));
}

#if defined(__x86_64__)
/* cmpxchg16b, which every x86-64 that runs this has; the plain __atomic form would call
 * libatomic, which may use a lock that other CPU threads do not see. */
__attribute__((target("cx16"))) static bool cas128(u128 *p, u128 *expected, u128 desired)
{
    u128 old = __sync_val_compare_and_swap((u128_alias *)p, *expected, desired);
    if (old == *expected)
        return true;
    *expected = old;
    return false;
}
#else
static bool cas128(u128 *p, u128 *expected, u128 desired)
{
    return __atomic_compare_exchange_n((u128_alias *)p, expected, desired, false, __ATOMIC_SEQ_CST,
                                       __ATOMIC_SEQ_CST);
}
#endif

static inline void put_low(struct cpu *cpu, unsigned r, uint32_t v)
{
    cpu->gr[r] = (cpu->gr[r] & 0xFFFFFFFF00000000ULL) | v;
}

static int cas_word(struct cpu *cpu, uint64_t a, unsigned r1, uint32_t nv)
{
    if (a & 3)
        return PGM_SPECIFICATION;
    uint8_t *p;
    int rc = vptr(cpu, a, 4, ACC_STORE, &p);
    if (rc)
        return rc;
    uint32_t exp = __builtin_bswap32((uint32_t)cpu->gr[r1]);
    if (__atomic_compare_exchange_n((u32_alias *)p, &exp, __builtin_bswap32(nv), false, __ATOMIC_SEQ_CST,
                                    __ATOMIC_SEQ_CST)) {
        cpu->cc = 0;
    } else {
        put_low(cpu, r1, __builtin_bswap32(exp));
        cpu->cc = 1;
    }
    return 0;
}

/* Doubleword compare-and-swap of register-order values; *seen gets what storage held. */
static int cas_dword(struct cpu *cpu, uint64_t a, uint64_t old, uint64_t nv, uint64_t *seen, bool *equal)
{
    if (a & 7)
        return PGM_SPECIFICATION;
    uint8_t *p;
    int rc = vptr(cpu, a, 8, ACC_STORE, &p);
    if (rc)
        return rc;
    uint64_t exp = __builtin_bswap64(old);
    *equal = __atomic_compare_exchange_n((u64_alias *)p, &exp, __builtin_bswap64(nv), false, __ATOMIC_SEQ_CST,
                                         __ATOMIC_SEQ_CST);
    *seen = __builtin_bswap64(exp);
    return 0;
}

/* TEST AND SET (S format, bits 8-15 ignored): the leftmost bit of the byte at the operand
 * location sets the CC (0 zero, 1 one), then the whole byte is set to ones; the fetch and
 * the store are interlocked against every other CPU (PoP, TEST AND SET).  A store access:
 * the byte is stored whatever it held. */
int op_TS(struct cpu *cpu, const struct insn *in)
{
    uint8_t *p;
    int rc = vptr(cpu, ea_bd(cpu, in->b1, in->d1), 1, ACC_STORE, &p);
    if (rc)
        return rc;
    cpu->cc = __atomic_exchange_n(p, 0xFF, __ATOMIC_SEQ_CST) >> 7;
    return 0;
}

/* CS and CSY (the 20-bit displacement is already in d2); CDS and CDSY share likewise. */
int op_CS(struct cpu *cpu, const struct insn *in)
{
    return cas_word(cpu, ea_bd(cpu, in->b2, in->d2), in->r1, (uint32_t)cpu->gr[in->r3]);
}

int op_CSG(struct cpu *cpu, const struct insn *in)
{
    uint64_t seen;
    bool eq;
    int rc = cas_dword(cpu, ea_bd(cpu, in->b2, in->d2), cpu->gr[in->r1], cpu->gr[in->r3], &seen, &eq);
    if (rc)
        return rc;
    if (!eq)
        cpu->gr[in->r1] = seen;
    cpu->cc = eq ? 0 : 1;
    return 0;
}

/* R1 and R3 designate even-odd pairs whose low words form the doubleword. */
int op_CDS(struct cpu *cpu, const struct insn *in)
{
    if ((in->r1 | in->r3) & 1)
        return PGM_SPECIFICATION;
    uint64_t old = (uint64_t)(uint32_t)cpu->gr[in->r1] << 32 | (uint32_t)cpu->gr[in->r1 + 1];
    uint64_t nv = (uint64_t)(uint32_t)cpu->gr[in->r3] << 32 | (uint32_t)cpu->gr[in->r3 + 1];
    uint64_t seen;
    bool eq;
    int rc = cas_dword(cpu, ea_bd(cpu, in->b2, in->d2), old, nv, &seen, &eq);
    if (rc)
        return rc;
    if (!eq) {
        put_low(cpu, in->r1, (uint32_t)(seen >> 32));
        put_low(cpu, in->r1 + 1, (uint32_t)seen);
    }
    cpu->cc = eq ? 0 : 1;
    return 0;
}

int op_CDSG(struct cpu *cpu, const struct insn *in)
{
    if ((in->r1 | in->r3) & 1)
        return PGM_SPECIFICATION;
    uint64_t a = ea_bd(cpu, in->b2, in->d2);
    if (a & 15)
        return PGM_SPECIFICATION;
    uint8_t *p;
    int rc = vptr(cpu, a, 16, ACC_STORE, &p);
    if (rc)
        return rc;
    u128 old = (u128)cpu->gr[in->r1] << 64 | cpu->gr[in->r1 + 1];
    u128 nv = (u128)cpu->gr[in->r3] << 64 | cpu->gr[in->r3 + 1];
    u128 exp = bswap128(old);
    if (cas128((u128 *)(void *)p, &exp, bswap128(nv))) {
        cpu->cc = 0;
    } else {
        u128 seen = bswap128(exp);
        cpu->gr[in->r1] = (uint64_t)(seen >> 64);
        cpu->gr[in->r1 + 1] = (uint64_t)seen;
        cpu->cc = 1;
    }
    return 0;
}
