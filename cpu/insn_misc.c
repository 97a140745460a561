/* Program mask and condition code (IPM, SPM) and TRAP (PoP chapter 7 and chapter 10).
 *
 * TRAP needs the trap facility set up by the control program: the dispatchable-unit control
 * table (DUCT, designated by CR2) must have its trap-enabled bit on.  zsie recognizes every
 * condition that makes TRAP a special-operation exception; the trap itself (the trap-control
 * block and the trap save area) is not implemented, so an enabled TRAP is reported the same. */
#include "access.h"
#include "insn.h"

/* R1 bits 32-33 zero, 34-35 the CC, 36-39 the program mask; bits 0-31 and 40-63 unchanged. */
int op_IPM(struct cpu *cpu, const struct insn *in)
{
    uint64_t pm = (cpu->psw.mask & PSW_PM_MASK) >> PSW_PM_SHIFT;
    uint64_t v = ((uint64_t)cpu->cc << 28) | (pm << 24);
    cpu->gr[in->r1] = (cpu->gr[in->r1] & ~0xFF000000ULL) | v;
    return 0;
}

/* The CC from R1 bits 34-35, the program mask from bits 36-39; bits 32-33 are ignored. */
int op_SPM(struct cpu *cpu, const struct insn *in)
{
    uint64_t r = cpu->gr[in->r1];
    cpu->cc = (uint8_t)((r >> 28) & 3);
    cpu->psw.mask = (cpu->psw.mask & ~PSW_PM_MASK) | (((r >> 24) & 0xF) << PSW_PM_SHIFT);
    return 0;
}

#define CR2_DUCTO 0x7FFFFFC0ULL /* CR2 bits 33-57: DUCT origin (real, 64-byte aligned) */
#define DUCT_TRAP_WORD 44       /* DUCT bytes 44-47: trap-control-block address; bit 31 = trap enabled */

static int trap(struct cpu *cpu)
{
    unsigned asc = (unsigned)((cpu->psw.mask & PSW_ASC_MASK) >> PSW_ASC_SHIFT);
    /* TRAP is executable only with DAT on, in the primary-space or access-register mode */
    if (!(cpu->psw.mask & PSW_DAT) || asc == 2 || asc == 3)
        return PGM_SPECIAL_OPERATION;
    uint8_t *p;
    int rc = real_ptr(cpu, (cpu->cr[2] & CR2_DUCTO) + DUCT_TRAP_WORD, 4, &p);
    if (rc)
        return rc;
    /* trap enabled or not: see the file comment */
    return PGM_SPECIAL_OPERATION;
}

int op_TRAP2(struct cpu *cpu, const struct insn *in)
{
    (void)in;
    return trap(cpu);
}

int op_TRAP4(struct cpu *cpu, const struct insn *in)
{
    (void)in;
    return trap(cpu);
}
