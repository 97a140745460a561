/* Fixed-point AND, OR, EXCLUSIVE OR (PoP chapter 7): register, storage, immediate-field and
 * storage-immediate forms.  CC 0 when the result (or the immediate field operated on) is
 * zero, 1 otherwise. */
#include "insn_fixed.h"

#define R1 cpu->gr[in->r1]

static inline int result32(struct cpu *cpu, unsigned r1, uint32_t r)
{
    set_lo32(cpu, r1, r);
    cpu->cc = r != 0;
    return 0;
}
static inline int result64(struct cpu *cpu, unsigned r1, uint64_t r)
{
    cpu->gr[r1] = r;
    cpu->cc = r != 0;
    return 0;
}

/* The register, three-register and storage forms of one boolean operator. */
#define BOOL_FORMS(N, OP, ATOMIC)                                                           \
    int op_##N##R(struct cpu *cpu, const struct insn *in)                                   \
    {                                                                                       \
        return result32(cpu, in->r1, lo32(cpu, in->r1) OP lo32(cpu, in->r2));               \
    }                                                                                       \
    int op_##N##GR(struct cpu *cpu, const struct insn *in)                                  \
    {                                                                                       \
        return result64(cpu, in->r1, R1 OP cpu->gr[in->r2]);                                \
    }                                                                                       \
    int op_##N##RK(struct cpu *cpu, const struct insn *in)                                  \
    {                                                                                       \
        return result32(cpu, in->r1, lo32(cpu, in->r2) OP lo32(cpu, in->r3));               \
    }                                                                                       \
    int op_##N##GRK(struct cpu *cpu, const struct insn *in)                                 \
    {                                                                                       \
        return result64(cpu, in->r1, cpu->gr[in->r2] OP cpu->gr[in->r3]);                   \
    }                                                                                       \
    int op_##N(struct cpu *cpu, const struct insn *in)                                      \
    {                                                                                       \
        FETCH(32, rx_ea(cpu, in), v);                                                       \
        return result32(cpu, in->r1, lo32(cpu, in->r1) OP v);                               \
    }                                                                                       \
    int op_##N##G(struct cpu *cpu, const struct insn *in)                                   \
    {                                                                                       \
        FETCH(64, rx_ea(cpu, in), v);                                                       \
        return result64(cpu, in->r1, R1 OP v);                                              \
    }                                                                                       \
    /* storage immediate (SI, SIY): one byte, updated interlocked as other CPUs see it */ \
    int op_##N##I(struct cpu *cpu, const struct insn *in)                                   \
    {                                                                                       \
        uint8_t *p;                                                                         \
        int rc = vptr(cpu, si_ea(cpu, in), 1, ACC_STORE, &p);                               \
        if (rc)                                                                             \
            return rc;                                                                      \
        cpu->cc = __atomic_##ATOMIC##_fetch(p, (uint8_t)in->i2, __ATOMIC_SEQ_CST) != 0;     \
        return 0;                                                                           \
    }
BOOL_FORMS(N, &, and)
BOOL_FORMS(O, |, or)
BOOL_FORMS(X, ^, xor)

/* Immediate into one field of R1 (bits shift .. shift+width-1 from the right); the CC
 * reflects that field only. */
#define FIELD_OP(name, OP, width, shift)                                                    \
    int op_##name(struct cpu *cpu, const struct insn *in)                                   \
    {                                                                                       \
        const uint64_t m = (uint64_t)(uint##width##_t)~0ULL << (shift);                     \
        uint64_t f = (R1 OP ((uint64_t)(uint##width##_t)in->i2 << (shift))) & m;            \
        R1 = (R1 & ~m) | f;                                                                 \
        cpu->cc = f != 0;                                                                   \
        return 0;                                                                           \
    }
FIELD_OP(NIHF, &, 32, 32)
FIELD_OP(NILF, &, 32, 0)
FIELD_OP(NIHH, &, 16, 48)
FIELD_OP(NIHL, &, 16, 32)
FIELD_OP(NILH, &, 16, 16)
FIELD_OP(NILL, &, 16, 0)
FIELD_OP(OIHF, |, 32, 32)
FIELD_OP(OILF, |, 32, 0)
FIELD_OP(OIHH, |, 16, 48)
FIELD_OP(OIHL, |, 16, 32)
FIELD_OP(OILH, |, 16, 16)
FIELD_OP(OILL, |, 16, 0)
FIELD_OP(XIHF, ^, 32, 32)
FIELD_OP(XILF, ^, 32, 0)
