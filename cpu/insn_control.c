/* Control instructions (PoP chapter 10): PSW handling. */
#include "access.h"
#include "insn.h"
#include "interrupt.h"

int op_LPSWE(struct cpu *cpu, const struct insn *in)
{
    uint64_t ea = ea_bd(cpu, in->b2, in->d2);
    if (ea & 7)
        return PGM_SPECIFICATION;
    uint64_t mask, ia;
    int rc = vread64(cpu, ea, &mask);
    if (!rc)
        rc = vread64(cpu, ea + 8, &ia);
    if (rc)
        return rc;
    cpu_load_psw(cpu, mask, ia);
    return 0;
}
