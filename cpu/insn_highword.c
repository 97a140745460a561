/* The high-word facility (z196; PoP chapter 7): arithmetic, comparison, loads and stores on
 * bits 0-31 of a general register ("high") with the other operand high, low (bits 32-63),
 * an immediate or storage.  Bits 32-63 of the target register are never changed. */
#include <stdbool.h>

#include "access.h"
#include "insn.h"

static inline uint32_t hi(const struct cpu *cpu, unsigned r)
{
    return (uint32_t)(cpu->gr[r] >> 32);
}
static inline uint32_t lo(const struct cpu *cpu, unsigned r)
{
    return (uint32_t)cpu->gr[r];
}
static inline void set_hi(struct cpu *cpu, unsigned r, uint32_t v)
{
    cpu->gr[r] = (cpu->gr[r] & 0xFFFFFFFFULL) | ((uint64_t)v << 32);
}
static inline uint64_t rxy_ea(const struct cpu *cpu, const struct insn *in)
{
    return ea_bxd(cpu, in->x2, in->b2, in->d2);
}

/* Signed 32-bit add/subtract into the high word: CC 0/1/2 by the result, 3 on overflow
 * (fixed-point overflow exception when the program mask bit is one; the result is stored). */
static int add_hi(struct cpu *cpu, unsigned r1, int32_t a, int32_t b, bool sub)
{
    int32_t res;
    bool ovf = sub ? __builtin_sub_overflow(a, b, &res) : __builtin_add_overflow(a, b, &res);
    set_hi(cpu, r1, (uint32_t)res);
    if (ovf) {
        cpu->cc = 3;
        return (cpu->psw.mask & PSW_PM_FIXOVF) ? PGM_FIXED_OVERFLOW : 0;
    }
    cpu->cc = res == 0 ? 0 : res < 0 ? 1 : 2;
    return 0;
}

/* Logical add: CC = (result nonzero) + 2 * (carry).  Logical subtract is the add of the
 * ones complement plus one, so its CC 2|3 means "no borrow". */
static void addl_hi(struct cpu *cpu, unsigned r1, uint32_t a, uint32_t b, bool sub)
{
    uint64_t s = sub ? (uint64_t)a + (uint32_t)~b + 1 : (uint64_t)a + b;
    uint32_t res = (uint32_t)s;
    set_hi(cpu, r1, res);
    cpu->cc = (uint8_t)((res != 0) | ((s >> 32) << 1));
}

#define CMP(a, b) ((uint8_t)((a) == (b) ? 0 : (a) < (b) ? 1 : 2))

int op_AHHHR(struct cpu *cpu, const struct insn *in)
{
    return add_hi(cpu, in->r1, (int32_t)hi(cpu, in->r2), (int32_t)hi(cpu, in->r3), false);
}
int op_AHHLR(struct cpu *cpu, const struct insn *in)
{
    return add_hi(cpu, in->r1, (int32_t)hi(cpu, in->r2), (int32_t)lo(cpu, in->r3), false);
}
int op_SHHHR(struct cpu *cpu, const struct insn *in)
{
    return add_hi(cpu, in->r1, (int32_t)hi(cpu, in->r2), (int32_t)hi(cpu, in->r3), true);
}
int op_SHHLR(struct cpu *cpu, const struct insn *in)
{
    return add_hi(cpu, in->r1, (int32_t)hi(cpu, in->r2), (int32_t)lo(cpu, in->r3), true);
}
int op_ALHHHR(struct cpu *cpu, const struct insn *in)
{
    addl_hi(cpu, in->r1, hi(cpu, in->r2), hi(cpu, in->r3), false);
    return 0;
}
int op_ALHHLR(struct cpu *cpu, const struct insn *in)
{
    addl_hi(cpu, in->r1, hi(cpu, in->r2), lo(cpu, in->r3), false);
    return 0;
}
int op_SLHHHR(struct cpu *cpu, const struct insn *in)
{
    addl_hi(cpu, in->r1, hi(cpu, in->r2), hi(cpu, in->r3), true);
    return 0;
}
int op_SLHHLR(struct cpu *cpu, const struct insn *in)
{
    addl_hi(cpu, in->r1, hi(cpu, in->r2), lo(cpu, in->r3), true);
    return 0;
}
int op_AIH(struct cpu *cpu, const struct insn *in)
{
    return add_hi(cpu, in->r1, (int32_t)hi(cpu, in->r1), (int32_t)in->i2, false);
}
/* ADD LOGICAL WITH SIGNED IMMEDIATE HIGH: a negative immediate is a logical subtract of its
 * magnitude (CC as for SUBTRACT LOGICAL). */
int op_ALSIH(struct cpu *cpu, const struct insn *in)
{
    int32_t i = (int32_t)in->i2;
    if (i < 0)
        addl_hi(cpu, in->r1, hi(cpu, in->r1), (uint32_t)-(int64_t)i, true);
    else
        addl_hi(cpu, in->r1, hi(cpu, in->r1), (uint32_t)i, false);
    return 0;
}
int op_ALSIHN(struct cpu *cpu, const struct insn *in)
{
    set_hi(cpu, in->r1, hi(cpu, in->r1) + (uint32_t)(int32_t)in->i2);
    return 0;
}

int op_CHHR(struct cpu *cpu, const struct insn *in)
{
    cpu->cc = CMP((int32_t)hi(cpu, in->r1), (int32_t)hi(cpu, in->r2));
    return 0;
}
int op_CHLR(struct cpu *cpu, const struct insn *in)
{
    cpu->cc = CMP((int32_t)hi(cpu, in->r1), (int32_t)lo(cpu, in->r2));
    return 0;
}
int op_CLHHR(struct cpu *cpu, const struct insn *in)
{
    cpu->cc = CMP(hi(cpu, in->r1), hi(cpu, in->r2));
    return 0;
}
int op_CLHLR(struct cpu *cpu, const struct insn *in)
{
    cpu->cc = CMP(hi(cpu, in->r1), lo(cpu, in->r2));
    return 0;
}
int op_CIH(struct cpu *cpu, const struct insn *in)
{
    cpu->cc = CMP((int32_t)hi(cpu, in->r1), (int32_t)in->i2);
    return 0;
}
int op_CLIH(struct cpu *cpu, const struct insn *in)
{
    cpu->cc = CMP(hi(cpu, in->r1), (uint32_t)in->i2);
    return 0;
}
int op_CHF(struct cpu *cpu, const struct insn *in)
{
    uint32_t v;
    int rc = vread32(cpu, rxy_ea(cpu, in), &v);
    if (rc)
        return rc;
    cpu->cc = CMP((int32_t)hi(cpu, in->r1), (int32_t)v);
    return 0;
}
int op_CLHF(struct cpu *cpu, const struct insn *in)
{
    uint32_t v;
    int rc = vread32(cpu, rxy_ea(cpu, in), &v);
    if (rc)
        return rc;
    cpu->cc = CMP(hi(cpu, in->r1), v);
    return 0;
}

int op_LBH(struct cpu *cpu, const struct insn *in)
{
    uint8_t v;
    int rc = vread8(cpu, rxy_ea(cpu, in), &v);
    if (!rc)
        set_hi(cpu, in->r1, (uint32_t)(int32_t)(int8_t)v);
    return rc;
}
int op_LLCH(struct cpu *cpu, const struct insn *in)
{
    uint8_t v;
    int rc = vread8(cpu, rxy_ea(cpu, in), &v);
    if (!rc)
        set_hi(cpu, in->r1, v);
    return rc;
}
int op_LHH(struct cpu *cpu, const struct insn *in)
{
    uint16_t v;
    int rc = vread16(cpu, rxy_ea(cpu, in), &v);
    if (!rc)
        set_hi(cpu, in->r1, (uint32_t)(int32_t)(int16_t)v);
    return rc;
}
int op_LLHH(struct cpu *cpu, const struct insn *in)
{
    uint16_t v;
    int rc = vread16(cpu, rxy_ea(cpu, in), &v);
    if (!rc)
        set_hi(cpu, in->r1, v);
    return rc;
}
int op_LFH(struct cpu *cpu, const struct insn *in)
{
    uint32_t v;
    int rc = vread32(cpu, rxy_ea(cpu, in), &v);
    if (!rc)
        set_hi(cpu, in->r1, v);
    return rc;
}
int op_STCH(struct cpu *cpu, const struct insn *in)
{
    return vwrite8(cpu, rxy_ea(cpu, in), (uint8_t)hi(cpu, in->r1));
}
int op_STHH(struct cpu *cpu, const struct insn *in)
{
    return vwrite16(cpu, rxy_ea(cpu, in), (uint16_t)hi(cpu, in->r1));
}
int op_STFH(struct cpu *cpu, const struct insn *in)
{
    return vwrite32(cpu, rxy_ea(cpu, in), hi(cpu, in->r1));
}
