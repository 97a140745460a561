/* The channel-subsystem instructions (PoP chapter 14) for a configuration with no I/O
 * devices: every subchannel is not operational (CC 3), no I/O interruption or channel report
 * is ever pending.  The operand checks the PoP gives precedence over the condition code are
 * still made: the subsystem-identification word in GR1, operand alignment, access to
 * operands that are fetched before the subchannel is examined. */
#include "access.h"
#include "insn.h"

/* GR1 bits 32-47 must be 0x0001 (one subchannel set; bit 47 one); bits 48-63 are the
 * subchannel number.  Otherwise an operand exception. */
static int ssid_check(const struct cpu *cpu)
{
    return ((cpu->gr[1] >> 16) & 0xFFFF) == 0x0001 ? 0 : PGM_OPERAND;
}

static inline uint64_t op2(const struct cpu *cpu, const struct insn *in)
{
    return ea_bd(cpu, in->b2, in->d2);
}

/* An instruction whose only operand is the subchannel designated by GR1. */
static int subchannel_only(struct cpu *cpu)
{
    int rc = ssid_check(cpu);
    if (rc)
        return rc;
    cpu->cc = 3;
    return 0;
}

/* An instruction that names GR1's subchannel and a word-aligned control block of len bytes
 * at the second operand, fetched (acc = ACC_FETCH) before the subchannel is examined, or
 * stored (ACC_STORE) only when the subchannel exists -- never here. */
static int subchannel_block(struct cpu *cpu, const struct insn *in, size_t len, enum access acc)
{
    int rc = ssid_check(cpu);
    if (rc)
        return rc;
    uint64_t a = op2(cpu, in);
    if (a & 3)
        return PGM_SPECIFICATION;
    if (acc == ACC_FETCH) {
        rc = vcheck(cpu, a, len, ACC_FETCH);
        if (rc)
            return rc;
    }
    cpu->cc = 3;
    return 0;
}

#define ORB_SIZE 32   /* operation-request block */
#define SCHIB_SIZE 52 /* subchannel-information block */
#define IRB_SIZE 96   /* interruption-response block */

int op_CSCH(struct cpu *cpu, const struct insn *in)
{
    (void)in;
    return subchannel_only(cpu);
}
int op_HSCH(struct cpu *cpu, const struct insn *in)
{
    (void)in;
    return subchannel_only(cpu);
}
int op_RSCH(struct cpu *cpu, const struct insn *in)
{
    (void)in;
    return subchannel_only(cpu);
}
int op_XSCH(struct cpu *cpu, const struct insn *in)
{
    (void)in;
    return subchannel_only(cpu);
}
int op_MSCH(struct cpu *cpu, const struct insn *in)
{
    return subchannel_block(cpu, in, SCHIB_SIZE, ACC_FETCH);
}
int op_SSCH(struct cpu *cpu, const struct insn *in)
{
    return subchannel_block(cpu, in, ORB_SIZE, ACC_FETCH);
}
int op_STSCH(struct cpu *cpu, const struct insn *in)
{
    return subchannel_block(cpu, in, SCHIB_SIZE, ACC_STORE);
}
int op_TSCH(struct cpu *cpu, const struct insn *in)
{
    return subchannel_block(cpu, in, IRB_SIZE, ACC_STORE);
}

/* TEST PENDING INTERRUPTION: nothing is ever pending, CC 0 and nothing stored. */
int op_TPI(struct cpu *cpu, const struct insn *in)
{
    if (op2(cpu, in) & 3)
        return PGM_SPECIFICATION;
    cpu->cc = 0;
    return 0;
}

/* STORE CHANNEL REPORT WORD: no report pending, so zeros are stored and CC 1. */
int op_STCRW(struct cpu *cpu, const struct insn *in)
{
    uint64_t a = op2(cpu, in);
    if (a & 3)
        return PGM_SPECIFICATION;
    int rc = vwrite32(cpu, a, 0);
    if (rc)
        return rc;
    cpu->cc = 1;
    return 0;
}

/* RESET CHANNEL PATH: GR1 bits 32-55 zero, bits 56-63 the CHPID; no path is installed. */
int op_RCHP(struct cpu *cpu, const struct insn *in)
{
    (void)in;
    if (cpu->gr[1] & 0xFFFFFF00ULL)
        return PGM_OPERAND;
    cpu->cc = 3;
    return 0;
}

/* SET ADDRESS LIMIT: GR1 bits 33-47 are the limit (a 64 KiB multiple), so bit 32 and bits
 * 48-63 must be zero; with no channel programs the limit has no effect. */
int op_SAL(struct cpu *cpu, const struct insn *in)
{
    (void)in;
    if (cpu->gr[1] & 0x8000FFFFULL)
        return PGM_OPERAND;
    return 0;
}

/* SET CHANNEL MONITOR: GR1 bits 32-35 the measurement-block key, bits 36-61 zero, M (62) and
 * D (63) the controls -- and when D is one, GR2 (the measurement-block origin) must be
 * 32-byte aligned.  No subchannel ever
 * measures anything. */
int op_SCHM(struct cpu *cpu, const struct insn *in)
{
    (void)in;
    if (cpu->gr[1] & 0x0FFFFFFCULL)
        return PGM_OPERAND;
    if ((cpu->gr[1] & 1) && (cpu->gr[2] & 0x1F))
        return PGM_OPERAND;
    return 0;
}
