/* Binary floating point (PoP chapters 9 and 19): the FPC register layout, access to the
 * floating-point registers as raw bit patterns, and the engine that computes a BFP result
 * and applies the IEEE exception rules of the FPC (masks, flags, DXC, traps).
 *
 * Values are kept as bit patterns: a short value is the left half of an FPR, a long value a
 * whole FPR, an extended value the pair (r, r+2) with the high part in r. */
#ifndef ZSIE_BFP_H
#define ZSIE_BFP_H

#include <stdbool.h>
#include <stdint.h>

#include "cpu.h"
#include "insn.h"

/* FPC (PoP figure 9-?): bits 0-4 masks, 8-12 flags, 16-23 DXC, 25-27 DFP rounding mode,
 * 29-31 BFP rounding mode.  The five IEEE exceptions share one bit order in the mask byte,
 * the flag byte and the DXC, so one byte-wide set BX_* serves all three. */
#define BX_INV 0x80 /* invalid operation */
#define BX_DZ 0x40  /* division by zero */
#define BX_OVF 0x20 /* overflow */
#define BX_UNF 0x10 /* underflow */
#define BX_INX 0x08 /* inexact */
#define FPC_MASK_SHIFT 24
#define FPC_FLAG_SHIFT 16
#define FPC_DXC_SHIFT 8
#define FPC_DXC 0x0000FF00u
#define FPC_BRM 0x00000007u
#define FPC_VALID 0xF8F8FF77u /* bits that may be one: everything else is a specification exception */

/* Data-exception codes (PoP figure 6-?) used here besides the IEEE ones. */
#define DXC_AFP_REGISTER 0x01
#define DXC_BFP_INSTRUCTION 0x02

/* Rounding methods.  RM_PSP is "round to prepare for shorter precision" (truncate, then
 * force the last bit to one if inexact); RM_TA is round to nearest with ties away from 0. */
enum bfp_rm { RM_NE, RM_Z, RM_UP, RM_DOWN, RM_TA, RM_PSP };

enum bfp_fmt { BFP_S, BFP_L, BFP_X };

/* A BFP value as bits: short in the low 32 bits of hi, long in hi, extended in hi:lo. */
struct bfpv {
    uint64_t hi, lo;
};

/* Operations of the engine (see bfp_op). */
enum bfp_opk { BOP_ADD, BOP_SUB, BOP_MUL, BOP_DIV, BOP_SQRT, BOP_MADD, BOP_MSUB, BOP_LOADR };

/* One computation: result = a op b (op1 op op2); SQRT and LOADR use b only; MADD/MSUB
 * compute c * b +/- a (op3 * op2 +/- op1).  LOADR rounds b (format sfmt) to fmt. */
struct bfp_op {
    uint8_t op, fmt, sfmt;
    uint8_t ixc; /* M4 inexact-exception control: inexact is not reported */
    struct bfpv a, b, c;
};

/* Outcome of bfp_run(): store the result and go on, store it and then present a data
 * exception (trap with completion), or present a data exception without storing. */
enum { BFP_OK = 0, BFP_TRAP_COMPLETE = 1, BFP_TRAP_SUPPRESS = 2 };

static inline bool afp_on(const struct cpu *cpu)
{
    return (cpu->cr[0] >> (63 - 45)) & 1;
}

/* Present a data exception: the DXC goes to the lowcore and, with AFP on, into the FPC. */
static inline int data_exception(struct cpu *cpu, uint8_t dxc)
{
    cpu->dxc = dxc;
    if (afp_on(cpu))
        cpu->fpc = (cpu->fpc & ~FPC_DXC) | ((uint32_t)dxc << FPC_DXC_SHIFT);
    return PGM_DATA;
}

/* BFP instructions (and the FPC instructions) need AFP-register control on: DXC 2. */
#define BFP_CHECK(cpu)                                      \
    do {                                                    \
        if (__builtin_expect(!afp_on(cpu), 0))              \
            return data_exception(cpu, DXC_BFP_INSTRUCTION); \
    } while (0)

/* FPR-support instructions may use only FPRs 0, 2, 4, 6 while AFP is off: DXC 1.  regs is
 * the OR of the register numbers the instruction designates. */
#define FPR_CHECK(cpu, regs)                                             \
    do {                                                                 \
        if (__builtin_expect(((regs) & 9) != 0 && !afp_on(cpu), 0))     \
            return data_exception(cpu, DXC_AFP_REGISTER);               \
    } while (0)

/* An extended operand needs a valid register pair (0,1,4,5,8,9,12,13). */
#define PAIR_CHECK(r)                  \
    do {                               \
        if ((r) & 2)                   \
            return PGM_SPECIFICATION;  \
    } while (0)

/* ---- register access ---- */
static inline uint32_t fpr_s(const struct cpu *cpu, unsigned r)
{
    return (uint32_t)(cpu->fpr[r] >> 32);
}
static inline void set_fpr_s(struct cpu *cpu, unsigned r, uint32_t v)
{
    cpu->fpr[r] = (cpu->fpr[r] & 0xFFFFFFFFu) | ((uint64_t)v << 32);
}
static inline struct bfpv fpr_get(const struct cpu *cpu, unsigned fmt, unsigned r)
{
    struct bfpv v = {0, 0};
    if (fmt == BFP_S)
        v.hi = fpr_s(cpu, r);
    else if (fmt == BFP_L)
        v.hi = cpu->fpr[r];
    else {
        v.hi = cpu->fpr[r];
        v.lo = cpu->fpr[(r + 2) & 15];
    }
    return v;
}
static inline void fpr_put(struct cpu *cpu, unsigned fmt, unsigned r, struct bfpv v)
{
    if (fmt == BFP_S)
        set_fpr_s(cpu, r, (uint32_t)v.hi);
    else if (fmt == BFP_L)
        cpu->fpr[r] = v.hi;
    else {
        cpu->fpr[r] = v.hi;
        cpu->fpr[(r + 2) & 15] = v.lo;
    }
}

/* ---- classification on bits ---- */
bool bfp_is_nan(unsigned fmt, struct bfpv v);
bool bfp_is_snan(unsigned fmt, struct bfpv v);
bool bfp_is_zero(unsigned fmt, struct bfpv v);
bool bfp_is_neg(unsigned fmt, struct bfpv v);
struct bfpv bfp_quiet(unsigned fmt, struct bfpv v);
bool bfp_mag_gt(unsigned fmt, struct bfpv a, struct bfpv b); /* |a| > |b|, non-NaN */
struct bfpv bfp_default_nan(unsigned fmt);
/* CC of a result: 0 zero, 1 less than zero, 2 greater than zero, 3 NaN. */
uint8_t bfp_cc(unsigned fmt, struct bfpv v);
/* Test-data-class bit of a value (PoP figure 19-?: +0 = 0x800 ... -SNaN = 0x001). */
unsigned bfp_class(unsigned fmt, struct bfpv v);

/* Exact conversion to a wider format; a NaN keeps its kind (signaling stays signaling). */
struct bfpv bfp_widen(unsigned sf, unsigned tf, struct bfpv v);

/* Rounding method from an M3 field (0 = the FPC's); -1 for an invalid M3 (specification). */
int bfp_rm_m3(const struct cpu *cpu, unsigned m3);
static inline unsigned bfp_rm_fpc(const struct cpu *cpu)
{
    static const uint8_t map[8] = {RM_NE, RM_Z, RM_UP, RM_DOWN, RM_NE, RM_NE, RM_NE, RM_PSP};
    return map[cpu->fpc & FPC_BRM];
}

/* Compute o under rounding method rm (NaN operands included) and apply the FPC rules:
 * flags are set, *res is the value to store (when the outcome says so) and cpu->dxc and
 * the FPC DXC are set for a trap. */
int bfp_run(struct cpu *cpu, const struct bfp_op *o, unsigned rm, struct bfpv *res);

/* Apply the FPC rules to the exceptions exc of an operation that has no overflow or
 * underflow (conversions to fixed, load FP integer, compare): returns BFP_* like bfp_run. */
int bfp_signal(struct cpu *cpu, unsigned exc, bool incremented);

/* Exact conversion to and from the host's binary128 (libgcc arithmetic). */
__float128 bfp_to_q(unsigned fmt, struct bfpv v);
struct bfpv bfp_from_q(unsigned fmt, __float128 q);
/* Round to an integral value in rm; *inexact tells whether the value changed. */
__float128 bfp_q_round_int(__float128 x, unsigned rm, bool *inexact);
/* Round a binary128 value to fmt under rm, returning the host exception bits (BX_*). */
struct bfpv bfp_q_narrow(unsigned fmt, __float128 x, unsigned rm, unsigned *exc);
/* Host rounding-mode control around one operation. */
void bfp_host_begin(unsigned rm);
unsigned bfp_host_end(unsigned rm);

#endif
