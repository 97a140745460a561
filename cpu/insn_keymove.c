/* Moves with a key (PoP chapter 10): MOVE WITH KEY, MOVE TO PRIMARY, MOVE TO SECONDARY.  At
 * most 256 bytes of the true length in R1 move (CC 3 when it is larger, else CC 0); one
 * operand is accessed with the access key in R3 bits 56-59, the other with the PSW key.  In
 * the problem state that key must be allowed by the PSW-key mask (CR3 bits 32-47).  Both
 * operands are checked before a byte moves. */
#include <string.h>

#include "access.h"
#include "insn.h"

#define CR0_SECONDARY_SPACE (1ULL << (63 - 37))
#define ASC_PRIMARY 0
#define ASC_SECONDARY 2

/* Host pointers for len (<= 256) bytes at va in space asc with key: at most two pages. */
static int map256(struct cpu *cpu, uint64_t va, size_t len, enum access acc, unsigned asc, unsigned key,
                  uint8_t *p[2], size_t n[2])
{
    n[0] = PAGE_SIZE - (va & ~PAGE_MASK);
    if (n[0] > len)
        n[0] = len;
    n[1] = len - n[0];
    int rc = access_as(cpu, va, n[0], acc, asc, key, &p[0]);
    if (!rc && n[1])
        rc = access_as(cpu, (va + n[0]) & amode_mask(cpu), n[1], acc, asc, key, &p[1]);
    return rc;
}

/* Move from (src_asc, src_key) to (dst_asc, dst_key). */
static int key_move(struct cpu *cpu, const struct insn *in, unsigned dst_asc, unsigned dst_key, unsigned src_asc,
                    unsigned src_key)
{
    uint64_t len = cpu->gr[in->r1];
    if (!(cpu->psw.mask & PSW_EA))
        len = (uint32_t)len;
    uint8_t cc = 0;
    if (len > 256) {
        len = 256;
        cc = 3;
    }
    if (len) {
        uint8_t *s[2], *d[2];
        size_t ns[2], nd[2];
        int rc = map256(cpu, ea_bd(cpu, in->b2, in->d2), len, ACC_FETCH, src_asc, src_key, s, ns);
        if (!rc)
            rc = map256(cpu, ea_bd(cpu, in->b1, in->d1), len, ACC_STORE, dst_asc, dst_key, d, nd);
        if (rc)
            return rc;
        uint8_t buf[256];
        memcpy(buf, s[0], ns[0]);
        memcpy(buf + ns[0], s[1], ns[1]);
        memcpy(d[0], buf, nd[0]);
        memcpy(d[1], buf + nd[0], nd[1]);
    }
    cpu->cc = cc;
    return 0;
}

static unsigned r3_key(const struct cpu *cpu, const struct insn *in)
{
    return (unsigned)(cpu->gr[in->r3] >> 4) & 0xF;
}

static bool key_allowed(const struct cpu *cpu, unsigned key)
{
    return !problem_state(cpu) || ((cpu->cr[3] >> (31 - key)) & 1);
}

static unsigned current_asc(const struct cpu *cpu)
{
    return (unsigned)((cpu->psw.mask & PSW_ASC_MASK) >> PSW_ASC_SHIFT);
}

/* MVCK: both operands in the current space; the source with the R3 key. */
int op_MVCK(struct cpu *cpu, const struct insn *in)
{
    unsigned key = r3_key(cpu, in);
    if (!key_allowed(cpu, key))
        return PGM_PRIVILEGED;
    return key_move(cpu, in, current_asc(cpu), psw_key(cpu), current_asc(cpu), key);
}

/* MVCP and MVCS need DAT, the secondary-space control and the primary- or secondary-space
 * mode (special operation otherwise); the secondary-space operand takes the R3 key. */
static int primary_secondary_check(const struct cpu *cpu)
{
    unsigned asc = current_asc(cpu);
    if (!(cpu->psw.mask & PSW_DAT) || !(cpu->cr[0] & CR0_SECONDARY_SPACE) || (asc != ASC_PRIMARY && asc != ASC_SECONDARY))
        return PGM_SPECIAL_OPERATION;
    return 0;
}

int op_MVCP(struct cpu *cpu, const struct insn *in)
{
    int rc = primary_secondary_check(cpu);
    if (rc)
        return rc;
    unsigned key = r3_key(cpu, in);
    if (!key_allowed(cpu, key))
        return PGM_PRIVILEGED;
    return key_move(cpu, in, ASC_PRIMARY, psw_key(cpu), ASC_SECONDARY, key);
}

int op_MVCS(struct cpu *cpu, const struct insn *in)
{
    int rc = primary_secondary_check(cpu);
    if (rc)
        return rc;
    unsigned key = r3_key(cpu, in);
    if (!key_allowed(cpu, key))
        return PGM_PRIVILEGED;
    return key_move(cpu, in, ASC_SECONDARY, key, ASC_PRIMARY, psw_key(cpu));
}
