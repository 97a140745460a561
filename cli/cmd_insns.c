/* `zsie insns`: the master table as a coverage listing against the z196 instruction set. */
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "insn.h"

int cmd_insns(int argc, char **argv)
{
    int all = argc > 1 && !strcmp(argv[1], "--all");
    if (argc > 1 && !all) {
        fprintf(stderr, "zsie: E003 insns: unknown option '%s'\n", argv[1]);
        return 2;
    }
    unsigned z196 = 0, z196_done = 0, later = 0, later_done = 0;
    printf("%-8s %-6s %-6s %-6s %s\n", "MNEMONIC", "OPCODE", "FORMAT", "LEVEL", "STATUS");
    for (unsigned i = 0; i < insn_table_len; i++) {
        const struct insn_desc *d = &insn_table[i];
        int done = d->fn != NULL;
        if (d->level <= LVL_Z196) {
            z196++;
            z196_done += done;
        } else {
            later++;
            later_done += done;
        }
        if (all || d->level <= LVL_Z196 || done)
            printf("%-8s %-6s %-6s %-6s %s\n", d->mnemonic, d->opcode, insn_format_name(d->fmt),
                   arch_level_name(d->level), done ? "implemented" : "MISSING");
    }
    printf("z196 set: %u of %u implemented; later generations: %u of %u\n", z196_done, z196, later_done, later);
    return 0;
}
