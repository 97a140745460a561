/* `zsie machine`: placeholder until machine/ lands. */
#include <stdio.h>

#include "cli.h"

int cmd_machine(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    fprintf(stderr, "zsie: E004 machine: not yet available\n");
    return 2;
}
