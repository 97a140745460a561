/* Decode: opcode lookup tables built once from the master table, field extraction by
 * format, and disassembly in the PoP's assembler syntax. */
#include <ctype.h>
#include <inttypes.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "insn.h"

/* Where the second part of the opcode sits, decided by the first byte. */
enum ext_kind { EXT_NONE, EXT_BYTE1, EXT_NIBBLE, EXT_BYTE5 };

static enum ext_kind ext_kind_of(uint8_t op1)
{
    switch (op1) {
    case 0x01: case 0xB2: case 0xB3: case 0xB9: case 0xE5:
        return EXT_BYTE1;
    case 0xA5: case 0xA7: case 0xC0: case 0xC2: case 0xC4: case 0xC6: case 0xC8: case 0xCC:
        return EXT_NIBBLE;
    case 0xE3: case 0xE6: case 0xE7: case 0xEB: case 0xEC: case 0xED:
        return EXT_BYTE5;
    default:
        return EXT_NONE;
    }
}

static const struct insn_desc *op1_tab[256];
static const struct insn_desc **ext_tab[256]; /* 256 entries each, for extended first bytes */
static pthread_once_t tables_once = PTHREAD_ONCE_INIT;

static void build_tables(void)
{
    for (unsigned i = 0; i < insn_table_len; i++) {
        const struct insn_desc *d = &insn_table[i];
        unsigned v = (unsigned)strtoul(d->opcode, NULL, 16);
        size_t n = strlen(d->opcode);
        uint8_t op1 = (uint8_t)(n == 2 ? v : n == 3 ? v >> 4 : v >> 8);
        enum ext_kind k = ext_kind_of(op1);
        if ((k == EXT_NONE) != (n == 2) || (k == EXT_NIBBLE) != (n == 3)) {
            fprintf(stderr, "zsie: E001 master table: opcode %s of %s does not fit its first byte\n", d->opcode, d->mnemonic);
            abort(); /* a build-time defect of the table, caught by every test */
        }
        if (k == EXT_NONE) {
            op1_tab[op1] = d;
            continue;
        }
        if (!ext_tab[op1])
            ext_tab[op1] = calloc(256, sizeof *ext_tab[op1]);
        ext_tab[op1][n == 3 ? (v & 0xF) : (v & 0xFF)] = d;
    }
}

static const struct insn_desc *lookup(uint64_t t)
{
    uint8_t op1 = (uint8_t)(t >> 56);
    switch (ext_kind_of(op1)) {
    case EXT_NONE: return op1_tab[op1];
    case EXT_BYTE1: return ext_tab[op1] ? ext_tab[op1][(t >> 48) & 0xFF] : NULL;
    case EXT_NIBBLE: return ext_tab[op1] ? ext_tab[op1][(t >> 48) & 0xF] : NULL;
    case EXT_BYTE5: return ext_tab[op1] ? ext_tab[op1][(t >> 16) & 0xFF] : NULL;
    }
    return NULL;
}

static int op_invalid(struct cpu *cpu, const struct insn *in)
{
    (void)cpu;
    (void)in;
    return PGM_OPERATION;
}

/* Bits start..start+len-1 of the left-aligned text. */
static inline unsigned fld(uint64_t t, unsigned start, unsigned len)
{
    return (unsigned)((t >> (64 - start - len)) & ((1ULL << len) - 1));
}
static inline int32_t sext(uint64_t v, unsigned bits)
{
    return (int32_t)((int64_t)(v << (64 - bits)) >> (64 - bits));
}

void insn_decode(const uint8_t *text, struct insn *in)
{
    pthread_once(&tables_once, build_tables);
    unsigned len = insn_length(text[0]);
    uint64_t t = 0;
    for (unsigned i = 0; i < len; i++)
        t |= (uint64_t)text[i] << (56 - 8 * i);
    memset(in, 0, sizeof *in);
    in->len = (uint8_t)len;
    in->raw = t;
    in->raw_mask = ~0ULL << (64 - 8 * len);
    const struct insn_desc *d = lookup(t);
    in->desc = d;
    in->fn = d && d->fn ? d->fn : op_invalid;
    if (!d)
        return;
    in->flags = d->flags;
    switch (d->fmt) {
    case FMT_E:
        break;
    case FMT_I:
        in->i2 = fld(t, 8, 8);
        break;
    case FMT_RR:
        in->r1 = fld(t, 8, 4); in->r2 = fld(t, 12, 4);
        break;
    case FMT_RRE:
        in->r1 = fld(t, 24, 4); in->r2 = fld(t, 28, 4);
        break;
    case FMT_RRF:
        in->r3 = fld(t, 16, 4); in->m4 = fld(t, 20, 4); in->r1 = fld(t, 24, 4); in->r2 = fld(t, 28, 4);
        break;
    case FMT_RRD:
        in->r1 = fld(t, 16, 4); in->r3 = fld(t, 24, 4); in->r2 = fld(t, 28, 4);
        break;
    case FMT_RX: case FMT_RXE: case FMT_RXF: case FMT_RXY:
        in->r1 = fld(t, 8, 4); in->x2 = fld(t, 12, 4); in->b2 = fld(t, 16, 4); in->d2 = fld(t, 20, 12);
        if (d->fmt == FMT_RXE)
            in->r3 = fld(t, 32, 4);
        if (d->fmt == FMT_RXF) {
            in->r3 = in->r1;
            in->r1 = fld(t, 32, 4);
        }
        if (d->fmt == FMT_RXY)
            in->d2 = sext((uint64_t)fld(t, 32, 8) << 12 | fld(t, 20, 12), 20);
        break;
    case FMT_RS: case FMT_RSY:
        in->r1 = fld(t, 8, 4); in->r3 = fld(t, 12, 4); in->b2 = fld(t, 16, 4); in->d2 = fld(t, 20, 12);
        if (d->fmt == FMT_RSY)
            in->d2 = sext((uint64_t)fld(t, 32, 8) << 12 | fld(t, 20, 12), 20);
        break;
    case FMT_RSI:
        in->r1 = fld(t, 8, 4); in->r3 = fld(t, 12, 4); in->ri = sext(fld(t, 16, 16), 16);
        break;
    case FMT_RSL:
        in->l1 = fld(t, 8, 4); in->b1 = fld(t, 16, 4); in->d1 = fld(t, 20, 12);
        break;
    case FMT_RI:
        in->r1 = fld(t, 8, 4); in->i2 = sext(fld(t, 16, 16), 16);
        break;
    case FMT_RI_REL:
        in->r1 = fld(t, 8, 4); in->ri = sext(fld(t, 16, 16), 16);
        break;
    case FMT_RIL:
        in->r1 = fld(t, 8, 4); in->i2 = sext(fld(t, 16, 32), 32);
        break;
    case FMT_RIL_REL:
        in->r1 = fld(t, 8, 4); in->ri = sext(fld(t, 16, 32), 32);
        break;
    case FMT_RIE_A:
        in->r1 = fld(t, 8, 4); in->i2 = sext(fld(t, 16, 16), 16); in->r3 = fld(t, 32, 4);
        break;
    case FMT_RIE_B:
        in->r1 = fld(t, 8, 4); in->r2 = fld(t, 12, 4); in->ri = sext(fld(t, 16, 16), 16); in->r3 = fld(t, 32, 4);
        break;
    case FMT_RIE_C:
        in->r1 = fld(t, 8, 4); in->r3 = fld(t, 12, 4); in->ri = sext(fld(t, 16, 16), 16); in->i2 = sext(fld(t, 32, 8), 8);
        break;
    case FMT_RIE_D: case FMT_RIE_G:
        in->r1 = fld(t, 8, 4); in->r3 = fld(t, 12, 4); in->i2 = sext(fld(t, 16, 16), 16);
        break;
    case FMT_RIE_E:
        in->r1 = fld(t, 8, 4); in->r3 = fld(t, 12, 4); in->ri = sext(fld(t, 16, 16), 16);
        break;
    case FMT_RIE_F:
        in->r1 = fld(t, 8, 4); in->r2 = fld(t, 12, 4);
        in->i3 = fld(t, 16, 8); in->i4 = fld(t, 24, 8); in->i5 = fld(t, 32, 8);
        break;
    case FMT_RIS:
        in->r1 = fld(t, 8, 4); in->r3 = fld(t, 12, 4); in->b2 = fld(t, 16, 4); in->d2 = fld(t, 20, 12);
        in->i2 = sext(fld(t, 32, 8), 8);
        break;
    case FMT_RRS:
        in->r1 = fld(t, 8, 4); in->r2 = fld(t, 12, 4); in->b2 = fld(t, 16, 4); in->d2 = fld(t, 20, 12);
        in->r3 = fld(t, 32, 4);
        break;
    case FMT_S:
        in->b2 = fld(t, 16, 4); in->d2 = fld(t, 20, 12);
        break;
    case FMT_SI: case FMT_SIY:
        in->i2 = sext(fld(t, 8, 8), 8); in->b1 = fld(t, 16, 4); in->d1 = fld(t, 20, 12);
        if (d->fmt == FMT_SIY)
            in->d1 = sext((uint64_t)fld(t, 32, 8) << 12 | fld(t, 20, 12), 20);
        break;
    case FMT_SIL:
        in->b1 = fld(t, 16, 4); in->d1 = fld(t, 20, 12); in->i2 = sext(fld(t, 32, 16), 16);
        break;
    case FMT_SS_A: case FMT_SS_B: case FMT_SS_C: case FMT_SS_D: case FMT_SS_E: case FMT_SS_F:
    case FMT_SSE: case FMT_SSF:
        in->b1 = fld(t, 16, 4); in->d1 = fld(t, 20, 12); in->b2 = fld(t, 32, 4); in->d2 = fld(t, 36, 12);
        if (d->fmt == FMT_SS_A)
            in->l1 = fld(t, 8, 8);
        else if (d->fmt == FMT_SS_B) {
            in->l1 = fld(t, 8, 4); in->l2 = fld(t, 12, 4);
        } else if (d->fmt == FMT_SS_C) {
            in->l1 = fld(t, 8, 4); in->r3 = fld(t, 12, 4);
        } else if (d->fmt == FMT_SS_D || d->fmt == FMT_SS_E) {
            in->r1 = fld(t, 8, 4); in->r3 = fld(t, 12, 4);
        } else if (d->fmt == FMT_SS_F)
            in->l2 = fld(t, 8, 8);
        else if (d->fmt == FMT_SSF)
            in->r3 = fld(t, 8, 4);
        break;
    case FMT_COUNT:
        break;
    }
}

const struct insn_desc *insn_lookup(const char *mnemonic)
{
    for (unsigned i = 0; i < insn_table_len; i++)
        if (!strcasecmp(insn_table[i].mnemonic, mnemonic))
            return &insn_table[i];
    return NULL;
}

static const char *const fmt_names[FMT_COUNT] = {
    "E", "I", "RR", "RRE", "RRF", "RRD", "RX", "RXE", "RXF", "RXY",
    "RS", "RSY", "RSI", "RSL", "RI", "RI", "RIL", "RIL",
    "RIE-a", "RIE-b", "RIE-c", "RIE-d", "RIE-e", "RIE-f", "RIE-g",
    "RIS", "RRS", "S", "SI", "SIY", "SIL",
    "SS-a", "SS-b", "SS-c", "SS-d", "SS-e", "SS-f", "SSE", "SSF",
};

const char *insn_format_name(enum insn_format fmt)
{
    return fmt < FMT_COUNT ? fmt_names[fmt] : "?";
}

const char *arch_level_name(enum arch_level lvl)
{
    static const char *const names[LVL_COUNT] = {"z900", "z990", "z9", "z10", "z196", "zEC12", "z13", "z14"};
    return lvl < LVL_COUNT ? names[lvl] : "?";
}

char *insn_disasm(const struct insn *in, uint64_t addr, char *buf, unsigned size)
{
    const struct insn_desc *d = in->desc;
    if (!d) {
        snprintf(buf, size, "DC X'%0*" PRIX64 "'", in->len * 2, in->raw >> (64 - 8 * in->len));
        return buf;
    }
    uint64_t tgt = addr + 2 * (int64_t)in->ri;
    long long i2 = (long long)in->i2;
    char ops[96];
    switch (d->fmt) {
    case FMT_E: ops[0] = 0; break;
    case FMT_I: snprintf(ops, sizeof ops, "%lld", i2); break;
    case FMT_RR: case FMT_RRE: snprintf(ops, sizeof ops, "%u,%u", in->r1, in->r2); break;
    case FMT_RRF:
        if (in->m4)
            snprintf(ops, sizeof ops, "%u,%u,%u,%u", in->r1, in->r2, in->r3, in->m4);
        else
            snprintf(ops, sizeof ops, "%u,%u,%u", in->r1, in->r2, in->r3);
        break;
    case FMT_RRD: snprintf(ops, sizeof ops, "%u,%u,%u", in->r1, in->r3, in->r2); break;
    case FMT_RX: case FMT_RXE: case FMT_RXY:
        snprintf(ops, sizeof ops, "%u,%d(%u,%u)", in->r1, in->d2, in->x2, in->b2); break;
    case FMT_RXF: snprintf(ops, sizeof ops, "%u,%u,%d(%u,%u)", in->r1, in->r3, in->d2, in->x2, in->b2); break;
    case FMT_RS: case FMT_RSY: snprintf(ops, sizeof ops, "%u,%u,%d(%u)", in->r1, in->r3, in->d2, in->b2); break;
    case FMT_RSI: case FMT_RIE_E: snprintf(ops, sizeof ops, "%u,%u,0x%" PRIX64, in->r1, in->r3, tgt); break;
    case FMT_RSL: snprintf(ops, sizeof ops, "%d(%u,%u)", in->d1, in->l1 + 1, in->b1); break;
    case FMT_RI: case FMT_RIL: snprintf(ops, sizeof ops, "%u,%lld", in->r1, i2); break;
    case FMT_RI_REL: case FMT_RIL_REL: snprintf(ops, sizeof ops, "%u,0x%" PRIX64, in->r1, tgt); break;
    case FMT_RIE_A: case FMT_RIE_G: snprintf(ops, sizeof ops, "%u,%lld,%u", in->r1, i2, in->r3); break;
    case FMT_RIE_B: snprintf(ops, sizeof ops, "%u,%u,%u,0x%" PRIX64, in->r1, in->r2, in->r3, tgt); break;
    case FMT_RIE_C: snprintf(ops, sizeof ops, "%u,%lld,%u,0x%" PRIX64, in->r1, i2, in->r3, tgt); break;
    case FMT_RIE_D: snprintf(ops, sizeof ops, "%u,%u,%lld", in->r1, in->r3, i2); break;
    case FMT_RIE_F: snprintf(ops, sizeof ops, "%u,%u,%u,%u,%u", in->r1, in->r2, in->i3, in->i4, in->i5); break;
    case FMT_RIS: snprintf(ops, sizeof ops, "%u,%lld,%u,%d(%u)", in->r1, i2, in->r3, in->d2, in->b2); break;
    case FMT_RRS: snprintf(ops, sizeof ops, "%u,%u,%u,%d(%u)", in->r1, in->r2, in->r3, in->d2, in->b2); break;
    case FMT_S: snprintf(ops, sizeof ops, "%d(%u)", in->d2, in->b2); break;
    case FMT_SI: case FMT_SIY: case FMT_SIL: snprintf(ops, sizeof ops, "%d(%u),%lld", in->d1, in->b1, i2); break;
    case FMT_SS_A: snprintf(ops, sizeof ops, "%d(%u,%u),%d(%u)", in->d1, in->l1 + 1, in->b1, in->d2, in->b2); break;
    case FMT_SS_B:
        snprintf(ops, sizeof ops, "%d(%u,%u),%d(%u,%u)", in->d1, in->l1 + 1, in->b1, in->d2, in->l2 + 1, in->b2); break;
    case FMT_SS_C:
        snprintf(ops, sizeof ops, "%d(%u,%u),%d(%u),%u", in->d1, in->l1 + 1, in->b1, in->d2, in->b2, in->r3); break;
    case FMT_SS_D: snprintf(ops, sizeof ops, "%d(%u,%u),%d(%u),%u", in->d1, in->r1, in->b1, in->d2, in->b2, in->r3); break;
    case FMT_SS_E: snprintf(ops, sizeof ops, "%u,%u,%d(%u),%d(%u)", in->r1, in->r3, in->d1, in->b1, in->d2, in->b2); break;
    case FMT_SS_F: snprintf(ops, sizeof ops, "%d(%u),%d(%u,%u)", in->d1, in->b1, in->d2, in->l2 + 1, in->b2); break;
    case FMT_SSE: snprintf(ops, sizeof ops, "%d(%u),%d(%u)", in->d1, in->b1, in->d2, in->b2); break;
    case FMT_SSF: snprintf(ops, sizeof ops, "%d(%u),%d(%u),%u", in->d1, in->b1, in->d2, in->b2, in->r3); break;
    default: ops[0] = 0; break;
    }
    snprintf(buf, size, "%-7s %s", d->mnemonic, ops);
    return buf;
}
