/* MOVE WITH OPTIONAL SPECIFICATIONS (PoP chapter 10): a move whose operands each name their
 * own address space and access key, which is how an operating system copies to and from a
 * user space (Linux's uaccess).  Facility 27. */
#include <string.h>

#include "access.h"
#include "insn.h"

#define MVCOS_MAX 4096

/* An operand-access control (OAC) halfword: key bits 0-3, address space 8-9, K bit 14 (the
 * key is valid), A bit 15 (the space is valid).  Without K or A the PSW's apply. */
struct oac {
    unsigned key, asc;
};

static int decode_oac(const struct cpu *cpu, unsigned oac, struct oac *o)
{
    bool k = (oac >> 1) & 1, a = oac & 1;
    o->key = k ? (oac >> 12) & 0xF : psw_key(cpu);
    o->asc = a ? (oac >> 6) & 3 : (unsigned)((cpu->psw.mask & PSW_ASC_MASK) >> PSW_ASC_SHIFT);
    if (problem_state(cpu)) {
        /* the problem state may use only keys the PSW-key mask (CR3 bits 32-47) allows, and
         * not the home space */
        if (k && !((cpu->cr[3] >> (31 - o->key)) & 1))
            return PGM_PRIVILEGED;
        if (a && o->asc == 3)
            return PGM_PRIVILEGED;
    }
    return 0;
}

/* Host pointers for len (<= 4096) bytes at va: at most two pages.  Checks everything before
 * anything is moved, so an exception leaves both operands untouched. */
static int map_operand(struct cpu *cpu, uint64_t va, size_t len, enum access acc, const struct oac *o,
                       uint8_t *p[2], size_t n[2])
{
    n[0] = PAGE_SIZE - (va & ~PAGE_MASK);
    if (n[0] > len)
        n[0] = len;
    n[1] = len - n[0];
    int rc = access_as(cpu, va, n[0], acc, o->asc, o->key, &p[0]);
    if (!rc && n[1])
        rc = access_as(cpu, (va + n[0]) & amode_mask(cpu), n[1], acc, o->asc, o->key, &p[1]);
    return rc;
}

int op_MVCOS(struct cpu *cpu, const struct insn *in)
{
    uint64_t g0 = cpu->gr[0];
    struct oac o1, o2;
    int rc = decode_oac(cpu, (unsigned)(g0 >> 16) & 0xFFFF, &o1);
    if (!rc)
        rc = decode_oac(cpu, (unsigned)g0 & 0xFFFF, &o2);
    if (rc)
        return rc;
    uint64_t len = cpu->gr[in->r3];
    if (!(cpu->psw.mask & PSW_EA))
        len = (uint32_t)len;
    uint8_t cc = 0;
    if (len > MVCOS_MAX) {
        len = MVCOS_MAX; /* CC 3: the program moves the rest with further executions */
        cc = 3;
    }
    if (!len) {
        cpu->cc = cc;
        return 0;
    }
    uint8_t *src[2], *dst[2];
    size_t ns[2], nd[2];
    rc = map_operand(cpu, ea_bd(cpu, in->b2, in->d2), len, ACC_FETCH, &o2, src, ns);
    if (!rc)
        rc = map_operand(cpu, ea_bd(cpu, in->b1, in->d1), len, ACC_STORE, &o1, dst, nd);
    if (rc)
        return rc;
    uint8_t buf[MVCOS_MAX];
    memcpy(buf, src[0], ns[0]);
    if (ns[1])
        memcpy(buf + ns[0], src[1], ns[1]);
    memcpy(dst[0], buf, nd[0]);
    if (nd[1])
        memcpy(dst[1], buf + nd[0], nd[1]);
    cpu->cc = cc;
    return 0;
}
