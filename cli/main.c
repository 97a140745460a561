/* The zsie command: dispatch on the subcommand. */
#include <stdio.h>
#include <string.h>

#include "cli.h"

static void usage(FILE *f)
{
    fprintf(f, "usage: zsie machine [options] IMAGE   run IMAGE on the bare emulated machine\n"
               "       zsie run [options] [IMAGE]       run IMAGE in a virtual machine under SIE\n"
               "       zsie insns [--all]               list the instruction set and its coverage\n"
               "       zsie diag list                   list the DIAGNOSE codes served\n"
               "       zsie smf print|export ... FILE   decode an SMF data set (zsie smf --help)\n"
               "       zsie racf check|rlist|listuser   ask the RACF model (security manager)\n"
               "       zsie admin policy|call ...       the kernel policy (zsie admin --help)\n"
               "       zsie --help\n");
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        usage(stderr);
        return 2;
    }
    if (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h")) {
        usage(stdout);
        fputc('\n', stdout);
        machine_usage(stdout);
        fputc('\n', stdout);
        run_usage(stdout);
        fputc('\n', stdout);
        smf_usage(stdout);
        fputc('\n', stdout);
        racf_usage(stdout);
        fputc('\n', stdout);
        admin_usage(stdout);
        return 0;
    }
    if (!strcmp(argv[1], "insns"))
        return cmd_insns(argc - 1, argv + 1);
    if (!strcmp(argv[1], "diag"))
        return cmd_diag(argc - 1, argv + 1);
    if (!strcmp(argv[1], "machine"))
        return cmd_machine(argc - 1, argv + 1);
    if (!strcmp(argv[1], "run"))
        return cmd_run(argc - 1, argv + 1);
    if (!strcmp(argv[1], "smf"))
        return cmd_smf(argc - 1, argv + 1);
    if (!strcmp(argv[1], "admin"))
        return cmd_admin(argc - 1, argv + 1);
    if (!strcmp(argv[1], "racf"))
        return cmd_racf(argc - 1, argv + 1);
    fprintf(stderr, "zsie: E002 unknown command '%s' (try zsie --help)\n", argv[1]);
    return 2;
}
