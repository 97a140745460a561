/* `zsie insns`: the master table as a coverage listing, counted against an independent list
 * of the z196 instruction set (cli/z196_list.h, from binutils), so that an instruction with
 * no row at all shows as MISSING too. */
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "cli.h"
#include "insn.h"
#include "z196_list.h"

static const struct insn_desc *row_of(const char *mnemonic)
{
    for (unsigned i = 0; i < insn_table_len; i++)
        if (!strcasecmp(insn_table[i].mnemonic, mnemonic))
            return &insn_table[i];
    return NULL;
}

int cmd_insns(int argc, char **argv)
{
    int all = argc > 1 && !strcmp(argv[1], "--all");
    if (argc > 1 && !all) {
        fprintf(stderr, "zsie: E003 insns: unknown option '%s'\n", argv[1]);
        return 2;
    }
    const unsigned z196 = sizeof z196_mnemonics / sizeof z196_mnemonics[0];
    unsigned z196_done = 0, later = 0, later_done = 0;
    printf("%-8s %-6s %-6s %-6s %s\n", "MNEMONIC", "OPCODE", "FORMAT", "LEVEL", "STATUS");
    /* the z196 list first, in its order, each with the table's row if there is one */
    for (unsigned i = 0; i < z196; i++) {
        const struct insn_desc *d = row_of(z196_mnemonics[i]);
        int done = d && d->fn;
        z196_done += done;
        if (d)
            printf("%-8s %-6s %-6s %-6s %s\n", d->mnemonic, d->opcode, insn_format_name(d->fmt),
                   arch_level_name(d->level), done ? "implemented" : "MISSING");
        else
            printf("%-8s %-6s %-6s %-6s %s\n", z196_mnemonics[i], "-", "-", "z196", "MISSING (no row)");
    }
    /* then what the table has beyond the list: later generations, and zsie's own (SERVC) */
    for (unsigned i = 0; i < insn_table_len; i++) {
        const struct insn_desc *d = &insn_table[i];
        int listed = 0;
        for (unsigned j = 0; j < z196 && !listed; j++)
            listed = !strcasecmp(z196_mnemonics[j], d->mnemonic);
        if (listed)
            continue;
        int done = d->fn != NULL;
        later++;
        later_done += done;
        if (all || done)
            printf("%-8s %-6s %-6s %-6s %s\n", d->mnemonic, d->opcode, insn_format_name(d->fmt),
                   arch_level_name(d->level), done ? "implemented" : "MISSING");
    }
    printf("z196 set (binutils list, %u mnemonics): %u implemented, %u missing; beyond it: %u of %u\n", z196,
           z196_done, z196 - z196_done, later_done, later);
    return 0;
}
