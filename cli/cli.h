/* Subcommands of the zsie command; each returns the process exit status. */
#ifndef ZSIE_CLI_H
#define ZSIE_CLI_H

#include <stdio.h>

int cmd_diag(int argc, char **argv);
int cmd_insns(int argc, char **argv);
int cmd_machine(int argc, char **argv);
int cmd_run(int argc, char **argv);
int cmd_smf(int argc, char **argv);
int cmd_racf(int argc, char **argv);
int cmd_admin(int argc, char **argv);

struct outq;
/* stdout behind a bounded output queue (the console output of the run); stdout itself if no
 * queue could be made.  Close drains it for a bounded time and reports a loss (E300). */
FILE *cli_out_open(struct outq **q);
void cli_out_close(struct outq *q, const char *who);

void machine_usage(FILE *f); /* the options of `zsie machine`, for --help */
void run_usage(FILE *f);     /* the options of `zsie run` */
void smf_usage(FILE *f);     /* `zsie smf print|export` */
void racf_usage(FILE *f);    /* the subcommands of `zsie racf` */
void admin_usage(FILE *f);   /* `zsie admin` */

#endif
