/* zsie diag list: the DIAGNOSE table, as every virtual machine and the bare machine see it. */
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "diag/diag.h"

int cmd_diag(int argc, char **argv)
{
    if (argc == 2 && !strcmp(argv[1], "list")) {
        struct diag_table t;
        diag_table_init(&t);
        diag_print_table(&t, stdout);
        return 0;
    }
    fprintf(stderr, "zsie: E004 usage: zsie diag list\n");
    return 2;
}
