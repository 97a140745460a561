/* Fixed-point stores (PoP chapter 7): STORE in its widths, STORE RELATIVE LONG, STORE
 * REVERSED, STORE MULTIPLE, STORE CHARACTERS UNDER MASK, MOVE (immediate), PREFETCH DATA and
 * STORE ON CONDITION.  Every store is all-or-nothing (vwrite checks all pages first). */
#include "insn_fixed.h"

#define R1 cpu->gr[in->r1]

#define STORE_RX(name, bits, val)                                                           \
    int op_##name(struct cpu *cpu, const struct insn *in)                                   \
    {                                                                                       \
        return vwrite##bits(cpu, rx_ea(cpu, in), (uint##bits##_t)(val));                    \
    }
STORE_RX(ST, 32, R1)
STORE_RX(STG, 64, R1)
STORE_RX(STH, 16, R1)
STORE_RX(STC, 8, R1)
STORE_RX(STRV, 32, __builtin_bswap32((uint32_t)R1))
STORE_RX(STRVG, 64, __builtin_bswap64(R1))
STORE_RX(STRVH, 16, __builtin_bswap16((uint16_t)R1))

#define STORE_RL(name, bits)                                                                \
    int op_##name(struct cpu *cpu, const struct insn *in)                                   \
    {                                                                                       \
        uint64_t a;                                                                         \
        int rc = rl_addr(cpu, in, (bits) / 8, &a);                                          \
        return rc ? rc : vwrite##bits(cpu, a, (uint##bits##_t)R1);                          \
    }
STORE_RL(STRL, 32)
STORE_RL(STGRL, 64)
STORE_RL(STHRL, 16)

/* MOVE (halfword immediate, sign-extended to the operand width). */
#define MOVE_HI(name, bits)                                                                 \
    int op_##name(struct cpu *cpu, const struct insn *in)                                   \
    {                                                                                       \
        return vwrite##bits(cpu, si_ea(cpu, in), (uint##bits##_t)in->i2);                   \
    }
MOVE_HI(MVHHI, 16)
MOVE_HI(MVHI, 32)
MOVE_HI(MVGHI, 64)
MOVE_HI(MVI, 8) /* MVI, MVIY: the immediate byte */

/* PREFETCH DATA (RELATIVE LONG): a performance hint; no access, no exceptions. */
int op_PFD(struct cpu *cpu, const struct insn *in)
{
    (void)cpu;
    (void)in;
    return 0;
}

/* ---- STORE MULTIPLE: registers R1 up to R3, wrapping from 15 to 0 ---- */
static int store_multiple(struct cpu *cpu, const struct insn *in, unsigned size, unsigned shift)
{
    uint8_t buf[16 * 8];
    unsigned n = ((in->r3 - in->r1) & 15) + 1;
    for (unsigned i = 0; i < n; i++) {
        uint64_t v = cpu->gr[(in->r1 + i) & 15];
        if (size == 8)
            st_be64(buf + 8 * i, v);
        else
            st_be32(buf + 4 * i, (uint32_t)(v >> shift));
    }
    return vwrite(cpu, rs_ea(cpu, in), buf, n * size);
}

int op_STM(struct cpu *cpu, const struct insn *in) { return store_multiple(cpu, in, 4, 0); }
int op_STMG(struct cpu *cpu, const struct insn *in) { return store_multiple(cpu, in, 8, 0); }
int op_STMH(struct cpu *cpu, const struct insn *in) { return store_multiple(cpu, in, 4, 32); }

/* ---- STORE CHARACTERS UNDER MASK: the bytes of bits 32-63 (STCM) or 0-31 (STCMH) that
 * M3 (in r3) selects, stored contiguously.  A zero mask stores nothing. ---- */
static int store_under_mask(struct cpu *cpu, const struct insn *in, unsigned shift)
{
    uint8_t b[4];
    unsigned n = mask_bytes((uint32_t)(cpu->gr[in->r1] >> shift), in->r3, b);
    return n ? vwrite(cpu, rs_ea(cpu, in), b, n) : 0;
}

int op_STCM(struct cpu *cpu, const struct insn *in) { return store_under_mask(cpu, in, 0); }
int op_STCMH(struct cpu *cpu, const struct insn *in) { return store_under_mask(cpu, in, 32); }

/* ---- STORE ON CONDITION: M3 (in r3) as a branch mask; no access when false ---- */
int op_STOC(struct cpu *cpu, const struct insn *in)
{
    return cond_true(cpu, in->r3) ? vwrite32(cpu, rs_ea(cpu, in), (uint32_t)R1) : 0;
}

int op_STOCG(struct cpu *cpu, const struct insn *in)
{
    return cond_true(cpu, in->r3) ? vwrite64(cpu, rs_ea(cpu, in), R1) : 0;
}
