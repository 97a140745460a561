/* EDIT and EDIT AND MARK (PoP chapter 8, "Editing").
 *
 * The pattern (first operand) is processed left to right.  Its first byte is the fill byte.
 * X'20' digit selector and X'21' significance starter take the next source digit (left half of
 * a source byte first, then its right half unless that half is a sign code); X'22' field
 * separator starts a new field; anything else is a message byte, kept only while the
 * significance indicator is on.  The whole result is computed in a buffer first and stored
 * with one write, so a data exception (invalid source digit) leaves the pattern unchanged. */
#include "access.h"
#include "decimal_packed.h"
#include "insn.h"
#include "insn_ss.h"

#define ED_DIGIT_SELECTOR 0x20
#define ED_SIGNIFICANCE_STARTER 0x21
#define ED_FIELD_SEPARATOR 0x22

static int edit(struct cpu *cpu, const struct insn *in, bool mark)
{
    uint64_t am = amode_mask(cpu);
    uint64_t a1 = ea_bd(cpu, in->b1, in->d1), a2 = ea_bd(cpu, in->b2, in->d2);
    unsigned n = in->l1 + 1u;
    uint8_t pat[256];
    int rc = vcheck(cpu, a1, n, ACC_STORE);
    if (!rc)
        rc = vread(cpu, a1, pat, n);
    if (rc)
        return rc;
    uint8_t fill = pat[0];
    bool sig = false, nonzero = false, have_right = false, marked = false;
    uint8_t src = 0;
    uint64_t mark_addr = 0;
    for (unsigned i = 0; i < n; i++) {
        uint8_t p = pat[i];
        if (p == ED_DIGIT_SELECTOR || p == ED_SIGNIFICANCE_STARTER) {
            unsigned digit;
            bool sign_follows = false;
            if (have_right) {
                digit = src & 0xF;
                have_right = false;
            } else {
                rc = vread8(cpu, a2, &src);
                if (rc)
                    return rc;
                a2 = (a2 + 1) & am;
                digit = src >> 4;
                if (digit > 9)
                    return dec_data_exception(cpu);
                if ((src & 0xF) > 9)
                    sign_follows = true;
                else
                    have_right = true;
            }
            if (mark && digit && !sig) {
                marked = true; /* EDMK: a nonzero digit turns significance on here */
                mark_addr = (a1 + i) & am;
            }
            pat[i] = (sig || digit) ? (uint8_t)(0xF0 | digit) : fill;
            if (digit)
                nonzero = true;
            if (digit || p == ED_SIGNIFICANCE_STARTER)
                sig = true;
            if (sign_follows) {
                unsigned s = src & 0xF;
                if (s != 0xB && s != 0xD)
                    sig = false; /* a plus sign turns significance off */
            }
        } else if (p == ED_FIELD_SEPARATOR) {
            pat[i] = fill;
            sig = false;
            nonzero = false;
        } else if (!sig) {
            pat[i] = fill;
        }
    }
    rc = vwrite(cpu, a1, pat, n);
    if (rc)
        return rc;
    if (marked)
        gr_put_addr_trt(cpu, 1, mark_addr);
    /* CC of the last field: 0 zero (or no digits), 1 less than zero, 2 greater than zero */
    cpu->cc = !nonzero ? 0 : sig ? 1 : 2;
    return 0;
}

int op_ED(struct cpu *cpu, const struct insn *in) { return edit(cpu, in, false); }
int op_EDMK(struct cpu *cpu, const struct insn *in) { return edit(cpu, in, true); }
