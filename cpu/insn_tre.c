/* TRANSLATE EXTENDED (PoP chapter 7): translate the first operand (address in R1, length
 * in R1+1) in place through the 256-byte table at R2, stopping at the test byte in GR0 bits
 * 56-63.  CC 0 all translated, 1 test byte found (R1 addresses it), 3 CPU-determined amount
 * done (CHUNK bytes here); the registers always describe what is left. */
#include "insn_ss.h"

#define CHUNK 4096

int op_TRE(struct cpu *cpu, const struct insn *in)
{
    unsigned r1 = in->r1;
    if (r1 & 1)
        return PGM_SPECIFICATION;
    bool ea = (cpu->psw.mask & PSW_EA) != 0;
    uint64_t a = gr_addr(cpu, r1), len = ea ? cpu->gr[r1 + 1] : (uint32_t)cpu->gr[r1 + 1];
    uint64_t tab = gr_addr(cpu, in->r2);
    uint8_t test = (uint8_t)cpu->gr[0];
    int cc = 3, rc = 0;
    uint64_t n = 0;
    for (; n < CHUNK; n++) {
        if (len == 0) {
            cc = 0;
            break;
        }
        uint8_t b, t;
        if ((rc = vread8(cpu, a, &b)))
            break;
        if (b == test) {
            cc = 1;
            break;
        }
        if ((rc = vread8(cpu, (tab + b) & amode_mask(cpu), &t)) || (rc = vwrite8(cpu, a, t)))
            break;
        a = (a + 1) & amode_mask(cpu), len--;
    }
    /* bytes translated so far stay translated; the registers say where to resume */
    gr_put_addr(cpu, r1, a);
    if (ea)
        cpu->gr[r1 + 1] = len;
    else
        gr_put_low(cpu, r1 + 1, (uint32_t)len);
    if (rc)
        return rc;
    cpu->cc = (uint8_t)cc;
    return 0;
}
