/* Instructions: formats, the predecoded record handlers receive, and the descriptor that the
 * master list (insn_list.h) gives each instruction. */
#ifndef ZSIE_INSN_H
#define ZSIE_INSN_H

#include <stdint.h>

#include "cpu.h"

/* Instruction formats (PoP chapter 5, "Instruction Formats").  Where the decoded fields land:
 *   r1, r2, r3  register fields, and the mask fields M1 (-> r1) and M3 (-> r3)
 *   m4          bits 20-23 of RRF (M4)
 *   x2, b1, b2  index and base registers; RIS/RRS put B4/D4 in b2/d2, SS-e likewise
 *   d1, d2      displacements; 20-bit ones (RXY, RSY, SIY) already sign-extended
 *   i2          the immediate I2 (RI-a, RIL-a, SI, SIY, SIL, I, RIE-a/c/d/g, RIS) sign-extended
 *               from its width: handlers of logical instructions cast it to its unsigned width
 *   ri          relative offset in halfwords, sign-extended (RI-b/c, RIL-b/c, RSI, RIE-b/c/e)
 *   i3, i4, i5  RIE-f (RISBG family) bytes; SS-c keeps I3 in r3
 *   l1, l2      SS length fields as encoded (the length minus one): SS-a L -> l1, SS-f L2 -> l2
 * Fields in bit positions (bit 0 = first bit of the instruction):
 *   RR   r1 8-11 r2 12-15            RRE  r1 24-27 r2 28-31
 *   RRF  r3/m3 16-19 m4 20-23 r1 24-27 r2 28-31       RRD  r1 16-19 r3 24-27 r2 28-31
 *   RX   r1 8-11 x2 12-15 b2 16-19 d2 20-31           RXY  as RX, DL2 20-31 DH2 32-39
 *   RXE  as RX, m3 32-35             RXF  r3 8-11 x2 b2 d2 as RX, r1 32-35
 *   RS   r1 8-11 r3 12-15 b2 d2      RSY  as RS with 20-bit displacement      RSI  r1 r3 ri 16-31
 *   RSL-a l1 8-11 b1 16-19 d1 20-31
 *   RI   r1 8-11 i2/ri 16-31         RIL  r1 8-11 i2/ri 16-47
 *   RIE-a r1 i2 16-31 m3 32-35       RIE-b r1 r2 12-15 ri 16-31 m3 32-35
 *   RIE-c r1 m3 12-15 ri 16-31 i2 32-39    RIE-d/e r1 r3 12-15 i2|ri 16-31
 *   RIE-f r1 r2 i3 16-23 i4 24-31 i5 32-39 RIE-g r1 m3 12-15 i2 16-31
 *   RIS  r1 m3 12-15 b4 16-19 d4 20-31 i2 32-39      RRS r1 r2 b4 d4 m3 32-35
 *   S    b2 16-19 d2 20-31           SI   i2 8-15 b1 d1    SIY as SI, 20-bit d1   SIL b1 d1 i2 32-47
 *   SS-a l1 8-15 b1 d1 b2 32-35 d2 36-47   SS-b l1 8-11 l2 12-15   SS-c l1 8-11 i3(r3) 12-15
 *   SS-d/e r1 8-11 r3 12-15 b1 d1 b2 d2 (SS-e: b2/d2 in b1/d1, b4/d4 in b2/d2)
 *   SS-f l2 8-15 b1 d1 b2 d2         SSE  b1 d1 b2 d2    SSF  r3 8-11 b1 d1 b2 d2
 *   E    (none)                      I    i2 8-15 */
enum insn_format {
    FMT_E, FMT_I, FMT_RR, FMT_RRE, FMT_RRF, FMT_RRD, FMT_RX, FMT_RXE, FMT_RXF, FMT_RXY,
    FMT_RS, FMT_RSY, FMT_RSI, FMT_RSL, FMT_RI, FMT_RI_REL, FMT_RIL, FMT_RIL_REL,
    FMT_RIE_A, FMT_RIE_B, FMT_RIE_C, FMT_RIE_D, FMT_RIE_E, FMT_RIE_F, FMT_RIE_G,
    FMT_RIS, FMT_RRS, FMT_S, FMT_SI, FMT_SIY, FMT_SIL,
    FMT_SS_A, FMT_SS_B, FMT_SS_C, FMT_SS_D, FMT_SS_E, FMT_SS_F, FMT_SSE, FMT_SSF,
    FMT_COUNT
};

/* The machine generation that introduced an instruction: `zsie insns` compares against z196. */
enum arch_level { LVL_Z900, LVL_Z990, LVL_Z9, LVL_Z10, LVL_Z196, LVL_ZEC12, LVL_Z13, LVL_Z14, LVL_COUNT };

/* Descriptor flags. */
#define F_PRIV 0x01   /* privileged: privileged-operation exception in problem state */
#define F_BRANCH 0x02 /* may change the instruction address (tracing) */
#define F_CC 0x04     /* sets the condition code */
#define F_FP 0x08     /* uses floating-point registers */
#define F_SYS 0x10    /* control instruction that touches CPU state outside the registers */
#define F_SIE 0x20    /* under SIE, sie/intercept.c decides whether it is intercepted */

struct insn;
typedef int (*insn_fn)(struct cpu *cpu, const struct insn *in);

struct insn_desc {
    const char *mnemonic;
    const char *opcode; /* as the PoP writes it: "1A", "A7E", "B90A", "E304" */
    enum insn_format fmt;
    enum arch_level level;
    uint8_t flags;
    insn_fn fn; /* NULL while not implemented: decodes as an operation exception */
};

/* The predecoded record: decoded once from the instruction text, cached by absolute page,
 * revalidated by comparing the text (so stores into code never need invalidation). */
struct insn {
    insn_fn fn;
    const struct insn_desc *desc;
    uint64_t raw;      /* instruction text, left-aligned in 64 bits */
    uint64_t raw_mask; /* covers len bytes; 0 marks an empty slot */
    int32_t i2;        /* no immediate is wider than 32 bits; widen before shifting */
    int32_t d1, d2;
    int32_t ri;
    uint8_t len;       /* 2, 4 or 6 */
    uint8_t flags;     /* desc->flags */
    uint8_t r1, r2, r3, m4;
    uint8_t x2, b1, b2;
    uint8_t l1, l2;
    uint8_t i3, i4, i5;
};

/* One cache line: the loop indexes slots by halfword offset. */
_Static_assert(sizeof(struct insn) == 64, "struct insn is 64 bytes");

extern const struct insn_desc insn_table[];
extern const unsigned insn_table_len;

/* Length in bytes from the first opcode byte (bits 0-1). */
static inline unsigned insn_length(uint8_t op1)
{
    return op1 < 0x40 ? 2 : op1 < 0xC0 ? 4 : 6;
}

/* Decode the instruction text (len bytes at text) into *out.  Unknown or unimplemented
 * opcodes decode to a handler that reports an operation exception.  Never fails. */
void insn_decode(const uint8_t *text, struct insn *out);
/* The descriptor for a mnemonic (case-insensitive), or NULL. */
const struct insn_desc *insn_lookup(const char *mnemonic);
/* Disassemble into buf (PoP assembler syntax); addr is the instruction's address, used for
 * relative targets.  Returns buf. */
char *insn_disasm(const struct insn *in, uint64_t addr, char *buf, unsigned size);
const char *insn_format_name(enum insn_format fmt);
const char *arch_level_name(enum arch_level lvl);

/* Operand-address helpers for handlers. */
static inline uint64_t ea_bd(const struct cpu *cpu, unsigned b, int64_t d)
{
    return ((b ? cpu->gr[b] : 0) + (uint64_t)d) & amode_mask(cpu);
}
static inline uint64_t ea_bxd(const struct cpu *cpu, unsigned x, unsigned b, int64_t d)
{
    return ((x ? cpu->gr[x] : 0) + (b ? cpu->gr[b] : 0) + (uint64_t)d) & amode_mask(cpu);
}
/* Address of the instruction being executed (also right for the target of EXECUTE). */
static inline uint64_t insn_addr(const struct cpu *cpu, const struct insn *in)
{
    return (cpu->psw.ia - in->len) & amode_mask(cpu);
}
/* Relative-branch target of RI-b/c, RIL-b/c, RSI, RIE-b/c/e. */
static inline uint64_t rel_target(const struct cpu *cpu, const struct insn *in)
{
    return (insn_addr(cpu, in) + 2 * (int64_t)in->ri) & amode_mask(cpu);
}
/* Every change of the instruction address by a handler goes through here, so that EXECUTE
 * can tell a branching target from a sequential one. */
static inline void branch_to(struct cpu *cpu, uint64_t addr)
{
    cpu->psw.ia = addr & amode_mask(cpu);
    cpu->branched = true;
}

#endif
