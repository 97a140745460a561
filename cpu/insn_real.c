/* LOAD/STORE USING REAL ADDRESS (PoP chapter 10): privileged accesses by real address.
 * The address is R2 under the current addressing mode; the access is not translated but is
 * subject to prefixing, key-controlled protection with the PSW key and (for stores)
 * low-address protection. */
#include "access.h"
#include "insn.h"

/* Host pointer for len bytes (aligned, so within one page) at real address a. */
static int real_access(struct cpu *cpu, uint64_t a, size_t len, enum access acc, uint8_t **p)
{
    /* access_as translates only with the PSW DAT bit on: present a DAT-off PSW for this one
     * uncached check so that it treats the address as real */
    uint64_t mask = cpu->psw.mask;
    cpu->psw.mask &= ~PSW_DAT;
    int rc = access_as(cpu, a, len, acc, 0, psw_key(cpu), p);
    cpu->psw.mask = mask;
    return rc;
}

static int real_operand(struct cpu *cpu, const struct insn *in, size_t len, enum access acc, uint8_t **p)
{
    uint64_t a = cpu->gr[in->r2] & amode_mask(cpu);
    if (a & (len - 1))
        return PGM_SPECIFICATION;
    return real_access(cpu, a, len, acc, p);
}

int op_LURA(struct cpu *cpu, const struct insn *in)
{
    uint8_t *p;
    int rc = real_operand(cpu, in, 4, ACC_FETCH, &p);
    if (rc)
        return rc;
    uint32_t v = (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
    cpu->gr[in->r1] = (cpu->gr[in->r1] & 0xFFFFFFFF00000000ULL) | v;
    return 0;
}

int op_LURAG(struct cpu *cpu, const struct insn *in)
{
    uint8_t *p;
    int rc = real_operand(cpu, in, 8, ACC_FETCH, &p);
    if (rc)
        return rc;
    uint64_t v = 0;
    for (int i = 0; i < 8; i++)
        v = v << 8 | p[i];
    cpu->gr[in->r1] = v;
    return 0;
}

int op_STURA(struct cpu *cpu, const struct insn *in)
{
    uint8_t *p;
    int rc = real_operand(cpu, in, 4, ACC_STORE, &p);
    if (rc)
        return rc;
    uint32_t v = (uint32_t)cpu->gr[in->r1];
    for (int i = 0; i < 4; i++)
        p[i] = (uint8_t)(v >> (24 - 8 * i));
    return 0;
}

int op_STURG(struct cpu *cpu, const struct insn *in)
{
    uint8_t *p;
    int rc = real_operand(cpu, in, 8, ACC_STORE, &p);
    if (rc)
        return rc;
    uint64_t v = cpu->gr[in->r1];
    for (int i = 0; i < 8; i++)
        p[i] = (uint8_t)(v >> (56 - 8 * i));
    return 0;
}
