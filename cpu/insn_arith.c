/* Fixed-point add and subtract (PoP chapter 7): signed forms set CC 0/1/2 by the sign of
 * the result and CC 3 on overflow (a fixed-point-overflow exception when program-mask bit
 * 20 is one; the result is stored either way); logical forms set CC from zero/nonzero and
 * the carry out, where subtraction is a + ~b + 1 so that "carry" means "no borrow".
 * Register results of 32-bit forms replace bits 32-63 only. */
#include "insn_fixed.h"

/* ---- signed ---- */
static inline int sadd32(struct cpu *cpu, unsigned r1, int32_t a, int32_t b)
{
    int32_t r;
    bool ovf = __builtin_add_overflow(a, b, &r);
    set_lo32(cpu, r1, (uint32_t)r);
    return overflow_exit(cpu, ovf, r);
}
static inline int ssub32(struct cpu *cpu, unsigned r1, int32_t a, int32_t b)
{
    int32_t r;
    bool ovf = __builtin_sub_overflow(a, b, &r);
    set_lo32(cpu, r1, (uint32_t)r);
    return overflow_exit(cpu, ovf, r);
}
static inline int sadd64(struct cpu *cpu, unsigned r1, int64_t a, int64_t b)
{
    int64_t r;
    bool ovf = __builtin_add_overflow(a, b, &r);
    cpu->gr[r1] = (uint64_t)r;
    return overflow_exit(cpu, ovf, r);
}
static inline int ssub64(struct cpu *cpu, unsigned r1, int64_t a, int64_t b)
{
    int64_t r;
    bool ovf = __builtin_sub_overflow(a, b, &r);
    cpu->gr[r1] = (uint64_t)r;
    return overflow_exit(cpu, ovf, r);
}

/* ---- logical: a + b + carry-in ---- */
static inline int ladd32(struct cpu *cpu, unsigned r1, uint32_t a, uint32_t b, unsigned cin)
{
    uint64_t s = (uint64_t)a + b + cin;
    set_lo32(cpu, r1, (uint32_t)s);
    cpu->cc = cc_logical((uint32_t)s, s >> 32);
    return 0;
}
static inline int ladd64(struct cpu *cpu, unsigned r1, uint64_t a, uint64_t b, unsigned cin)
{
    unsigned __int128 s = (unsigned __int128)a + b + cin;
    cpu->gr[r1] = (uint64_t)s;
    cpu->cc = cc_logical((uint64_t)s, (bool)(s >> 64));
    return 0;
}
/* ADD LOGICAL WITH CARRY and SUBTRACT LOGICAL WITH BORROW take bit 0 of the CC (CC 2, 3)
 * as the carry in: for subtraction CC 0/1 mean a borrow, which the +~b form absorbs. */
static inline unsigned carry_in(const struct cpu *cpu)
{
    return cpu->cc >> 1;
}

#define L32(r) lo32(cpu, (r))
#define G(r) cpu->gr[r]

/* One handler per row; v is the fetched second operand of the storage forms. */
#define RR(name, fn, ...)                                                                   \
    int op_##name(struct cpu *cpu, const struct insn *in) { return fn(cpu, in->r1, __VA_ARGS__); }
#define RX(name, bits, fn, ...)                                                             \
    int op_##name(struct cpu *cpu, const struct insn *in)                                   \
    {                                                                                       \
        FETCH(bits, rx_ea(cpu, in), v);                                                     \
        return fn(cpu, in->r1, __VA_ARGS__);                                                \
    }

/* ADD: AHI also serves AFI, AGHI also AGFI (the decoder sign-extends either immediate). */
RR(AR, sadd32, L32(in->r1), L32(in->r2))
RR(ARK, sadd32, L32(in->r2), L32(in->r3))
RR(AHI, sadd32, L32(in->r1), in->i2)
RR(AHIK, sadd32, L32(in->r3), in->i2)
RX(A, 32, sadd32, L32(in->r1), v)
RX(AH, 16, sadd32, L32(in->r1), (int16_t)v)
RR(AGR, sadd64, G(in->r1), G(in->r2))
RR(AGRK, sadd64, G(in->r2), G(in->r3))
RR(AGFR, sadd64, G(in->r1), (int32_t)G(in->r2))
RR(AGHI, sadd64, G(in->r1), in->i2)
RR(AGHIK, sadd64, G(in->r3), in->i2)
RX(AG, 64, sadd64, G(in->r1), v)
RX(AGF, 32, sadd64, G(in->r1), (int32_t)v)
RX(AGH, 16, sadd64, G(in->r1), (int16_t)v)

/* SUBTRACT */
RR(SR, ssub32, L32(in->r1), L32(in->r2))
RR(SRK, ssub32, L32(in->r2), L32(in->r3))
RX(S, 32, ssub32, L32(in->r1), v)
RX(SH, 16, ssub32, L32(in->r1), (int16_t)v)
RR(SGR, ssub64, G(in->r1), G(in->r2))
RR(SGRK, ssub64, G(in->r2), G(in->r3))
RR(SGFR, ssub64, G(in->r1), (int32_t)G(in->r2))
RX(SG, 64, ssub64, G(in->r1), v)
RX(SGF, 32, ssub64, G(in->r1), (int32_t)v)
RX(SGH, 16, ssub64, G(in->r1), (int16_t)v)

/* ADD LOGICAL; the HSIK forms add a sign-extended immediate modulo 2^n. */
RR(ALR, ladd32, L32(in->r1), L32(in->r2), 0)
RR(ALRK, ladd32, L32(in->r2), L32(in->r3), 0)
RR(ALFI, ladd32, L32(in->r1), (uint32_t)in->i2, 0)
RR(ALHSIK, ladd32, L32(in->r3), (uint32_t)in->i2, 0)
RX(AL, 32, ladd32, L32(in->r1), v, 0)
RR(ALGR, ladd64, G(in->r1), G(in->r2), 0)
RR(ALGRK, ladd64, G(in->r2), G(in->r3), 0)
RR(ALGFR, ladd64, G(in->r1), (uint32_t)G(in->r2), 0)
RR(ALGFI, ladd64, G(in->r1), (uint32_t)in->i2, 0)
RR(ALGHSIK, ladd64, G(in->r3), (uint64_t)in->i2, 0)
RX(ALG, 64, ladd64, G(in->r1), v, 0)
RX(ALGF, 32, ladd64, G(in->r1), v, 0)
RR(ALCR, ladd32, L32(in->r1), L32(in->r2), carry_in(cpu))
RX(ALC, 32, ladd32, L32(in->r1), v, carry_in(cpu))
RR(ALCGR, ladd64, G(in->r1), G(in->r2), carry_in(cpu))
RX(ALCG, 64, ladd64, G(in->r1), v, carry_in(cpu))

/* SUBTRACT LOGICAL: a + ~b + 1; with borrow: a + ~b + carry-in. */
RR(SLR, ladd32, L32(in->r1), ~L32(in->r2), 1)
RR(SLRK, ladd32, L32(in->r2), ~L32(in->r3), 1)
RR(SLFI, ladd32, L32(in->r1), ~(uint32_t)in->i2, 1)
RX(SL, 32, ladd32, L32(in->r1), ~v, 1)
RR(SLGR, ladd64, G(in->r1), ~G(in->r2), 1)
RR(SLGRK, ladd64, G(in->r2), ~G(in->r3), 1)
RR(SLGFR, ladd64, G(in->r1), ~(uint64_t)(uint32_t)G(in->r2), 1)
RR(SLGFI, ladd64, G(in->r1), ~(uint64_t)(uint32_t)in->i2, 1)
RX(SLG, 64, ladd64, G(in->r1), ~v, 1)
RX(SLGF, 32, ladd64, G(in->r1), ~(uint64_t)v, 1)
RR(SLBR, ladd32, L32(in->r1), ~L32(in->r2), carry_in(cpu))
RX(SLB, 32, ladd32, L32(in->r1), ~v, carry_in(cpu))
RR(SLBGR, ladd64, G(in->r1), ~G(in->r2), carry_in(cpu))
RX(SLBG, 64, ladd64, G(in->r1), ~v, carry_in(cpu))

/* ---- storage-immediate: ADD (LOGICAL) WITH SIGNED IMMEDIATE.  An aligned operand is
 * updated interlocked (interlocked-access facility 1, z196: Linux builds atomic_add on ASI
 * and AGSI), as a compare-and-swap loop on the big-endian word.  The CC is set only once the
 * store succeeded, so an access exception leaves it unchanged. ---- */
#define ADD_IMMEDIATE(bits)                                                                 \
    static inline uint##bits##_t asi##bits(uint##bits##_t old, int64_t imm, bool logical,  \
                                           uint8_t *cc, bool *ovf)                          \
    {                                                                                       \
        uint##bits##_t s = old + (uint##bits##_t)imm;                                       \
        if (logical) {                                                                      \
            *ovf = false;                                                                   \
            *cc = cc_logical(s, s < old); /* a carry out made the sum wrap below old */     \
        } else {                                                                            \
            int##bits##_t r;                                                                \
            *ovf = __builtin_add_overflow((int##bits##_t)old, (int##bits##_t)imm, &r);      \
            *cc = *ovf ? 3 : cc_signed(r);                                                  \
        }                                                                                   \
        return s;                                                                           \
    }                                                                                       \
    static int add_immediate##bits(struct cpu *cpu, const struct insn *in, bool logical)   \
    {                                                                                       \
        typedef uint##bits##_t __attribute__((may_alias)) word;                            \
        uint64_t a = si_ea(cpu, in);                                                        \
        uint8_t cc;                                                                         \
        bool ovf;                                                                           \
        if ((a & ((bits) / 8 - 1)) == 0) {                                                  \
            uint8_t *p;                                                                     \
            int rc = vptr(cpu, a, (bits) / 8, ACC_STORE, &p);                               \
            if (rc)                                                                         \
                return rc;                                                                  \
            word *w = (word *)p, raw = __atomic_load_n(w, __ATOMIC_RELAXED), nv;            \
            do                                                                              \
                nv = asi##bits(__builtin_bswap##bits(raw), in->i2, logical, &cc, &ovf);     \
            while (!__atomic_compare_exchange_n(w, &raw, __builtin_bswap##bits(nv), true,  \
                                                __ATOMIC_SEQ_CST, __ATOMIC_RELAXED));       \
        } else {                                                                            \
            FETCH(bits, a, v);                                                              \
            int rc = vwrite##bits(cpu, a, asi##bits(v, in->i2, logical, &cc, &ovf));        \
            if (rc)                                                                         \
                return rc;                                                                  \
        }                                                                                   \
        cpu->cc = cc;                                                                       \
        return ovf && (cpu->psw.mask & PSW_PM_FIXOVF) ? PGM_FIXED_OVERFLOW : 0;             \
    }
ADD_IMMEDIATE(32)
ADD_IMMEDIATE(64)

int op_ASI(struct cpu *cpu, const struct insn *in) { return add_immediate32(cpu, in, false); }
int op_AGSI(struct cpu *cpu, const struct insn *in) { return add_immediate64(cpu, in, false); }
int op_ALSI(struct cpu *cpu, const struct insn *in) { return add_immediate32(cpu, in, true); }
int op_ALGSI(struct cpu *cpu, const struct insn *in) { return add_immediate64(cpu, in, true); }
