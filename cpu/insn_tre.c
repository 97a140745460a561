/* TRANSLATE EXTENDED and TRANSLATE ONE/TWO TO ONE/TWO (PoP chapter 7).
 *
 * TRANSLATE EXTENDED: translate the first operand (address in R1, length
 * in R1+1) in place through the 256-byte table at R2, stopping at the test byte in GR0 bits
 * 56-63.  CC 0 all translated, 1 test byte found (R1 addresses it), 3 CPU-determined amount
 * done (CHUNK bytes here); the registers always describe what is left. */
#include <stdbool.h>

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

/* ---- TRANSLATE ONE/TWO TO ONE/TWO (TROO, TROT, TRTO, TRTT) ----
 * R1 (even) is the first-operand address, R1+1 the second-operand length, R2 the
 * second-operand address, GR1 the table (its low three bits are ignored: with the
 * ETF2-enhancement facility, whose M3 test control zsie has, a 4 KiB boundary is no longer
 * assumed for two-byte arguments), GR0 bits 56-63 or 48-63 the test
 * character, unless M3 bit 3 suppresses the test.  CC 0 done, 1 test character found (not
 * stored; registers at that argument), 3 CPU-determined amount done. */
static int translate_xx(struct cpu *cpu, const struct insn *in, unsigned arg, unsigned fn)
{
    unsigned r1 = in->r1, r2 = in->r2;
    if (r1 & 1)
        return PGM_SPECIFICATION;
    bool ea = (cpu->psw.mask & PSW_EA) != 0;
    uint64_t am = amode_mask(cpu);
    uint64_t len = ea ? cpu->gr[r1 + 1] : (uint32_t)cpu->gr[r1 + 1];
    if (arg == 2 && (len & 1))
        return PGM_SPECIFICATION;
    uint64_t a1 = gr_addr(cpu, r1), a2 = gr_addr(cpu, r2);
    uint64_t tab = cpu->gr[1] & am & ~7ULL;
    bool test = !(in->r3 & 1);
    uint16_t tc = fn == 1 ? (uint8_t)cpu->gr[0] : (uint16_t)cpu->gr[0];
    int cc = 3, rc = 0;
    for (unsigned n = 0; n < CHUNK; n++) {
        if (len == 0) {
            cc = 0;
            break;
        }
        uint16_t x, v;
        if (arg == 1) {
            uint8_t b;
            rc = vread8(cpu, a2, &b);
            x = b;
        } else {
            rc = vread16(cpu, a2, &x);
        }
        if (rc)
            break;
        uint64_t ta = (tab + (uint64_t)x * fn) & am;
        if (fn == 1) {
            uint8_t b;
            rc = vread8(cpu, ta, &b);
            v = b;
        } else {
            rc = vread16(cpu, ta, &v);
        }
        if (rc)
            break;
        if (test && v == tc) {
            cc = 1;
            break;
        }
        rc = fn == 1 ? vwrite8(cpu, a1, (uint8_t)v) : vwrite16(cpu, a1, v);
        if (rc)
            break;
        a1 = (a1 + fn) & am, a2 = (a2 + arg) & am, len -= arg;
    }
    gr_put_addr(cpu, r1, a1);
    gr_put_addr(cpu, r2, a2);
    if (ea)
        cpu->gr[r1 + 1] = len;
    else
        gr_put_low(cpu, r1 + 1, (uint32_t)len);
    if (rc)
        return rc;
    cpu->cc = (uint8_t)cc;
    return 0;
}

int op_TROO(struct cpu *cpu, const struct insn *in) { return translate_xx(cpu, in, 1, 1); }
int op_TROT(struct cpu *cpu, const struct insn *in) { return translate_xx(cpu, in, 1, 2); }
int op_TRTO(struct cpu *cpu, const struct insn *in) { return translate_xx(cpu, in, 2, 1); }
int op_TRTT(struct cpu *cpu, const struct insn *in) { return translate_xx(cpu, in, 2, 2); }
