/* COMPARE UNTIL SUBSTRING EQUAL (PoP chapter 7).  R1 and R2 designate even-odd pairs
 * (address, length); GR0 bits 56-63 give the substring length, GR1 bits 56-63 the pad byte
 * that extends the shorter operand.  The operands are compared left to right until
 * `substring length` consecutive byte positions compare equal.
 *
 * CC 0 equal substring found (or substring length zero), 1 the operands ended inside an
 * equal run that was too short, 2 they ended on unequal bytes (also when both are empty),
 * 3 CPU-determined amount compared (CHUNK bytes, only between equal runs).  With CC 0 or 1
 * the registers designate the start of the equal run, otherwise the next bytes. */
#include "insn_ss.h"

#define CHUNK 4096

static inline uint64_t len_of(const struct cpu *cpu, unsigned r)
{
    return (cpu->psw.mask & PSW_EA) ? cpu->gr[r] : (uint32_t)cpu->gr[r];
}
static inline void put_len(struct cpu *cpu, unsigned r, uint64_t n)
{
    if (cpu->psw.mask & PSW_EA)
        cpu->gr[r] = n;
    else
        gr_put_low(cpu, r, (uint32_t)n);
}

int op_CUSE(struct cpu *cpu, const struct insn *in)
{
    unsigned r1 = in->r1, r2 = in->r2;
    if ((r1 & 1) || (r2 & 1))
        return PGM_SPECIFICATION;
    unsigned sublen = (uint8_t)cpu->gr[0];
    uint8_t pad = (uint8_t)cpu->gr[1];
    uint64_t am = amode_mask(cpu);
    uint64_t a1 = gr_addr(cpu, r1), a2 = gr_addr(cpu, r2);
    uint64_t l1 = len_of(cpu, r1 + 1), l2 = len_of(cpu, r2 + 1);
    if (sublen == 0) {
        cpu->cc = 0;
        return 0;
    }
    if (l1 == 0 && l2 == 0) {
        cpu->cc = 2;
        return 0;
    }
    uint64_t s1 = a1, s2 = a2, sl1 = l1, sl2 = l2; /* start of the current equal run */
    unsigned equal = 0;
    int cc = 2;
    for (unsigned n = 0; l1 || l2; n++) {
        if (equal == 0 && n >= CHUNK) {
            cc = 3;
            break;
        }
        uint8_t b1 = pad, b2 = pad;
        int rc = 0;
        if (l1)
            rc = vread8(cpu, a1, &b1);
        if (!rc && l2)
            rc = vread8(cpu, a2, &b2);
        if (rc) {
            /* resume at the start of the run (or here): nothing is lost by comparing again */
            gr_put_addr(cpu, r1, equal ? s1 : a1), put_len(cpu, r1 + 1, equal ? sl1 : l1);
            gr_put_addr(cpu, r2, equal ? s2 : a2), put_len(cpu, r2 + 1, equal ? sl2 : l2);
            return rc;
        }
        if (b1 == b2) {
            if (equal == 0)
                s1 = a1, s2 = a2, sl1 = l1, sl2 = l2;
            equal++;
            cc = 1;
        } else {
            equal = 0;
            cc = 2;
        }
        if (l1)
            a1 = (a1 + 1) & am, l1--;
        if (l2)
            a2 = (a2 + 1) & am, l2--;
        if (equal == sublen) {
            cc = 0;
            break;
        }
    }
    if (cc < 2)
        a1 = s1, l1 = sl1, a2 = s2, l2 = sl2;
    gr_put_addr(cpu, r1, a1), put_len(cpu, r1 + 1, l1);
    gr_put_addr(cpu, r2, a2), put_len(cpu, r2 + 1, l2);
    cpu->cc = (uint8_t)cc;
    return 0;
}
