/* Fixed-point COMPARE, COMPARE LOGICAL (register, storage, immediate, storage-immediate,
 * relative-long and under-mask forms) and TEST UNDER MASK (PoP chapter 7).
 * CC 0 equal, 1 first operand low, 2 first operand high. */
#include <string.h>

#include "insn_fixed.h"

#define S32(x) ((int32_t)(x))
#define S64(x) ((int64_t)(x))
#define U32(x) ((uint32_t)(x))
#define U64(x) ((uint64_t)(x))
#define R1 cpu->gr[in->r1]
#define R2 cpu->gr[in->r2]

#define CMP_RR(name, a, b)                                                                  \
    int op_##name(struct cpu *cpu, const struct insn *in)                                   \
    {                                                                                       \
        cpu->cc = CC_CMP(a, b);                                                             \
        return 0;                                                                           \
    }
#define CMP_RX(name, bits, a, b)                                                            \
    int op_##name(struct cpu *cpu, const struct insn *in)                                   \
    {                                                                                       \
        FETCH(bits, rx_ea(cpu, in), v);                                                     \
        cpu->cc = CC_CMP(a, b);                                                             \
        return 0;                                                                           \
    }
/* SIL forms: storage first operand v, immediate second operand. */
#define CMP_SIL(name, bits, a, b)                                                           \
    int op_##name(struct cpu *cpu, const struct insn *in)                                   \
    {                                                                                       \
        FETCH(bits, si_ea(cpu, in), v);                                                     \
        cpu->cc = CC_CMP(a, b);                                                             \
        return 0;                                                                           \
    }
#define CMP_RL(name, bits, a, b)                                                            \
    int op_##name(struct cpu *cpu, const struct insn *in)                                   \
    {                                                                                       \
        uint64_t addr;                                                                      \
        int rc = rl_addr(cpu, in, (bits) / 8, &addr);                                       \
        if (rc)                                                                             \
            return rc;                                                                      \
        FETCH(bits, addr, v);                                                               \
        cpu->cc = CC_CMP(a, b);                                                             \
        return 0;                                                                           \
    }

/* ---- COMPARE (signed); CHI also serves CFI, CGHI also CGFI ---- */
CMP_RR(CR, S32(R1), S32(R2))
CMP_RR(CGR, S64(R1), S64(R2))
CMP_RR(CGFR, S64(R1), S32(R2))
CMP_RR(CHI, S32(R1), in->i2)
CMP_RR(CGHI, S64(R1), in->i2)
CMP_RX(C, 32, S32(R1), S32(v))
CMP_RX(CG, 64, S64(R1), S64(v))
CMP_RX(CGF, 32, S64(R1), S32(v))
CMP_RX(CH, 16, S32(R1), (int16_t)v)
CMP_RX(CGH, 16, S64(R1), (int16_t)v)
CMP_SIL(CHHSI, 16, (int16_t)v, in->i2)
CMP_SIL(CHSI, 32, S32(v), in->i2)
CMP_SIL(CGHSI, 64, S64(v), in->i2)
CMP_RL(CRL, 32, S32(R1), S32(v))
CMP_RL(CGRL, 64, S64(R1), S64(v))
CMP_RL(CGFRL, 32, S64(R1), S32(v))
CMP_RL(CHRL, 16, S32(R1), (int16_t)v)
CMP_RL(CGHRL, 16, S64(R1), (int16_t)v)

/* ---- COMPARE LOGICAL (immediates are unsigned: zero-extended) ---- */
CMP_RR(CLR, U32(R1), U32(R2))
CMP_RR(CLGR, U64(R1), U64(R2))
CMP_RR(CLGFR, U64(R1), U32(R2))
CMP_RR(CLFI, U32(R1), U32(in->i2))
CMP_RR(CLGFI, U64(R1), U32(in->i2))
CMP_RX(CL, 32, U32(R1), v)
CMP_RX(CLG, 64, U64(R1), v)
CMP_RX(CLGF, 32, U64(R1), v)
CMP_SIL(CLHHSI, 16, v, (uint16_t)in->i2)
CMP_SIL(CLFHSI, 32, v, (uint32_t)(uint16_t)in->i2)
CMP_SIL(CLGHSI, 64, v, (uint64_t)(uint16_t)in->i2)
CMP_RL(CLRL, 32, U32(R1), v)
CMP_RL(CLGRL, 64, U64(R1), v)
CMP_RL(CLGFRL, 32, U64(R1), v)
CMP_RL(CLHRL, 16, U32(R1), v)
CMP_RL(CLGHRL, 16, U64(R1), v)

/* CLI, CLIY: storage byte against the immediate byte. */
int op_CLI(struct cpu *cpu, const struct insn *in)
{
    FETCH(8, si_ea(cpu, in), v);
    cpu->cc = CC_CMP(v, (uint8_t)in->i2);
    return 0;
}

/* COMPARE LOGICAL CHARACTERS UNDER MASK: the bytes of bits 32-63 (CLM) or 0-31 (CLMH)
 * selected by M3 (in r3) against consecutive storage bytes.  A zero mask gives CC 0; access
 * exceptions are still recognised for one byte (as Hercules does). */
static int compare_under_mask(struct cpu *cpu, const struct insn *in, unsigned shift)
{
    uint8_t reg[4], mem[4];
    unsigned n = mask_bytes((uint32_t)(R1 >> shift), in->r3, reg);
    int rc = n ? vread(cpu, rs_ea(cpu, in), mem, n) : vcheck(cpu, rs_ea(cpu, in), 1, ACC_FETCH);
    if (rc)
        return rc;
    int d = n ? memcmp(reg, mem, n) : 0;
    cpu->cc = d == 0 ? 0 : d < 0 ? 1 : 2;
    return 0;
}

int op_CLM(struct cpu *cpu, const struct insn *in) { return compare_under_mask(cpu, in, 0); }
int op_CLMH(struct cpu *cpu, const struct insn *in) { return compare_under_mask(cpu, in, 32); }

/* ---- TEST UNDER MASK ---- */
/* TM, TMY: CC 0 selected bits all zero (or mask zero), 1 mixed, 3 all ones. */
int op_TM(struct cpu *cpu, const struct insn *in)
{
    FETCH(8, si_ea(cpu, in), v);
    uint8_t m = (uint8_t)in->i2, sel = v & m;
    cpu->cc = sel == 0 ? 0 : sel == m ? 3 : 1;
    return 0;
}

/* TMHH/TMHL/TMLH/TMLL: as TM, but a mixed result gives CC 2 when the leftmost selected bit
 * is one, 1 when it is zero. */
static inline int test_field(struct cpu *cpu, const struct insn *in, unsigned shift)
{
    uint16_t m = (uint16_t)in->i2, sel = (uint16_t)(R1 >> shift) & m;
    if (sel == 0)
        cpu->cc = 0;
    else if (sel == m)
        cpu->cc = 3;
    else
        cpu->cc = (sel & (0x8000 >> __builtin_clz((unsigned)m << 16))) ? 2 : 1;
    return 0;
}

int op_TMHH(struct cpu *cpu, const struct insn *in) { return test_field(cpu, in, 48); }
int op_TMHL(struct cpu *cpu, const struct insn *in) { return test_field(cpu, in, 32); }
int op_TMLH(struct cpu *cpu, const struct insn *in) { return test_field(cpu, in, 16); }
int op_TMLL(struct cpu *cpu, const struct insn *in) { return test_field(cpu, in, 0); }
