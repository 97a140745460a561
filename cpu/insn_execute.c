/* EXECUTE and EXECUTE RELATIVE LONG (PoP chapter 7).
 *
 * The target is fetched as an instruction (instruction-fetch access, halfword aligned), bits
 * 8-15 of a copy of it are ORed with bits 56-63 of R1 (unless R1 is 0) and it runs through
 * cpu_exec_text() with cpu->in_execute set.  While it runs, psw.ia is target + its length,
 * so that relative addressing in the target (BRC, LARL, ...) is relative to the target, as the
 * PoP requires; afterwards psw.ia is put back past the EXECUTE unless the target branched.
 * An exception in the target is reported by the loop for the EXECUTE itself, so the ILC and
 * the nullification point are the EXECUTE's. */
#include "access.h"
#include "exec.h"
#include "insn.h"

static int execute_target(struct cpu *cpu, uint64_t target, unsigned r1)
{
    if (target & 1)
        return PGM_SPECIFICATION;
    uint64_t am = amode_mask(cpu);
    uint8_t text[6] = {0};
    uint8_t *p;
    int rc = vptr(cpu, target, 2, ACC_IFETCH, &p);
    if (rc)
        return rc;
    text[0] = p[0];
    text[1] = p[1];
    unsigned len = insn_length(text[0]);
    if (len > 2) {
        /* the rest may lie on the next page */
        unsigned first = (unsigned)(PAGE_SIZE - (target & ~PAGE_MASK));
        if (first >= len) {
            for (unsigned i = 2; i < len; i++)
                text[i] = p[i];
        } else {
            uint8_t *q;
            rc = vptr(cpu, (target + first) & am, len - first, ACC_IFETCH, &q);
            if (rc)
                return rc;
            for (unsigned i = 2; i < len; i++)
                text[i] = i < first ? p[i] : q[i - first];
        }
    }
    if (r1)
        text[1] |= (uint8_t)cpu->gr[r1];
    /* EXECUTE may not execute EXECUTE or EXECUTE RELATIVE LONG */
    if (text[0] == 0x44 || (text[0] == 0xC6 && (text[1] & 0x0F) == 0x0))
        return PGM_EXECUTE;

    uint64_t next = cpu->psw.ia;
    struct insn t;
    cpu->ex_next = next; /* BAL, BAS, BRAS... in the target link to the instruction after EX */
    cpu->in_execute = true;
    cpu->branched = false;
    cpu->psw.ia = (target + len) & am;
    rc = cpu_exec_text(cpu, text, &t);
    cpu->in_execute = false;
    if (rc > 0 || !cpu->branched)
        cpu->psw.ia = next;
    return rc;
}

int op_EX(struct cpu *cpu, const struct insn *in)
{
    cpu->ilc = 4; /* the ILC that linkage and interruptions in the target report */
    return execute_target(cpu, ea_bxd(cpu, in->x2, in->b2, in->d2), in->r1);
}

int op_EXRL(struct cpu *cpu, const struct insn *in)
{
    cpu->ilc = 6;
    return execute_target(cpu, rel_target(cpu, in), in->r1);
}
