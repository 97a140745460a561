/* Timing-facility instructions (PoP chapter 4, "Timing"; chapter 10): the TOD clock with this
 * CPU's epoch, the clock comparator and the CPU timer. */
#include "access.h"
#include "insn.h"
#include "timer.h"

/* The operand address of the privileged clock instructions: a doubleword boundary. */
static int dword_ea(const struct cpu *cpu, const struct insn *in, uint64_t *ea)
{
    *ea = ea_bd(cpu, in->b2, in->d2);
    return (*ea & 7) ? PGM_SPECIFICATION : 0;
}

/* STCK and STCKF: the clock is always in the set state (CC 0); tod_host() is strictly
 * increasing across the process, which gives STCK its unique values. */
int op_STCK(struct cpu *cpu, const struct insn *in)
{
    int rc = vwrite64(cpu, ea_bd(cpu, in->b2, in->d2), tod_cpu(cpu));
    if (rc)
        return rc;
    cpu->cc = 0;
    return 0;
}

int op_STCKF(struct cpu *cpu, const struct insn *in) { return op_STCK(cpu, in); }

/* STCKE: byte 0 epoch index, bytes 1-8 clock bits 0-63, bytes 9-13 the bits below (zero
 * here), bytes 14-15 the TOD programmable field. */
int op_STCKE(struct cpu *cpu, const struct insn *in)
{
    uint8_t b[16] = {0};
    st_be64(b + 1, tod_cpu(cpu));
    st_be16(b + 14, cpu->todpr);
    int rc = vwrite(cpu, ea_bd(cpu, in->b2, in->d2), b, sizeof b);
    if (rc)
        return rc;
    cpu->cc = 0;
    return 0;
}

/* SCK sets this CPU's view of the TOD clock: the epoch against the host clock. */
int op_SCK(struct cpu *cpu, const struct insn *in)
{
    uint64_t ea, v;
    int rc = dword_ea(cpu, in, &ea);
    if (!rc)
        rc = vread64(cpu, ea, &v);
    if (rc)
        return rc;
    cpu->tod_epoch = (int64_t)(v - tod_host());
    cpu->cc = 0;
    cpu->check_stop = true; /* the clock-comparator condition may have changed */
    return 0;
}

int op_SCKPF(struct cpu *cpu, const struct insn *in)
{
    (void)in;
    if (cpu->gr[0] & 0xFFFF0000ULL) /* bits 32-47 must be zero */
        return PGM_SPECIFICATION;
    cpu->todpr = (uint16_t)cpu->gr[0];
    return 0;
}

int op_SCKC(struct cpu *cpu, const struct insn *in)
{
    uint64_t ea, v;
    int rc = dword_ea(cpu, in, &ea);
    if (!rc)
        rc = vread64(cpu, ea, &v);
    if (rc)
        return rc;
    cpu->clock_comparator = v;
    cpu->check_stop = true; /* timer_poll re-evaluates the condition before the next slice */
    return 0;
}

int op_STCKC(struct cpu *cpu, const struct insn *in)
{
    uint64_t ea;
    int rc = dword_ea(cpu, in, &ea);
    return rc ? rc : vwrite64(cpu, ea, cpu->clock_comparator);
}

int op_SPT(struct cpu *cpu, const struct insn *in)
{
    uint64_t ea, v;
    int rc = dword_ea(cpu, in, &ea);
    if (!rc)
        rc = vread64(cpu, ea, &v);
    if (rc)
        return rc;
    cpu_timer_set(cpu, (int64_t)v);
    cpu->check_stop = true;
    return 0;
}

int op_STPT(struct cpu *cpu, const struct insn *in)
{
    uint64_t ea;
    int rc = dword_ea(cpu, in, &ea);
    return rc ? rc : vwrite64(cpu, ea, (uint64_t)cpu_timer_get(cpu));
}
