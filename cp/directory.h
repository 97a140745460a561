/* The user directory: the virtual machines the control program can run, in the style of
 * z/VM's USER DIRECT file.
 *
 *   * comment (also any line whose first non-blank is '*')
 *   USER userid password storage [maxstorage [classes]]
 *     MACHINE Z [maxcpus]
 *     CPU nn
 *     IPL image [PARM text...]
 *     OPTION MAXINSNS n | OPTION TRACE | OPTION TRACEINT | OPTION GHAPI [PROBLEM]
 *     POLICY type id[:arg][@node]     the kernel policy for this VM (docs/policy.md)
 *     DIAGNOSE code ON|OFF    (code in hexadecimal, a multiple of 4 up to FFC: enable or
 *                              disable that DIAGNOSE code for this virtual machine)
 *
 * Statements after a USER belong to it.  Sizes take K, M or G; guest storage is rounded up
 * to 1 MiB, the unit of the SIE origin and extent.  Errors name the file and line. */
#ifndef ZSIE_DIRECTORY_H
#define ZSIE_DIRECTORY_H

#include <stddef.h>
#include <stdint.h>

#include "policy/policy.h"

#define DIR_MAX_CPUS 16
#define DIR_ID_LEN 8
#define DIR_DIAG_CODES 1024 /* DIAGNOSE codes X'000'-X'FFC', one per 4 (diag.h DIAG_CODES) */

struct dir_user {
    char id[DIR_ID_LEN + 1];
    uint64_t storage;     /* bytes, a multiple of 1 MiB */
    uint64_t max_storage;
    char classes[33];
    unsigned max_cpus;
    unsigned ncpus;       /* CPU statements; 0 means one CPU at address 0 */
    uint16_t cpu_addr[DIR_MAX_CPUS];
    char *ipl;            /* image to IPL, or NULL */
    char *parm;           /* IPL parameter (the guest command line), or NULL */
    uint64_t max_insns;   /* OPTION MAXINSNS; 0 = unbounded */
    int trace;            /* OPTION TRACE / TRACEINT: TRACE_* flags */
    unsigned line;        /* where the USER statement is */
    int ghapi;            /* OPTION GHAPI: DIR_GHAPI_* */
    struct policy *policy;/* POLICY statements (refining the node's policy), or NULL */
    int8_t diag[DIR_DIAG_CODES]; /* DIAGNOSE statements by code / 4: 1 ON, -1 OFF, 0 none */
};

enum { DIR_GHAPI_OFF, DIR_GHAPI_ON, DIR_GHAPI_PROBLEM };

struct directory {
    struct dir_user *users;
    unsigned n;
};

/* Parse directory text; name is used in messages.  Returns 0, or -1 with a one-line
 * message "NAME:LINE: ..." in err. */
int directory_parse(const char *text, const char *name, struct directory *d, char *err, size_t errlen);
/* Read and parse a file. */
int directory_load(const char *path, struct directory *d, char *err, size_t errlen);
void directory_free(struct directory *d);
const struct dir_user *directory_find(const struct directory *d, const char *id);

#endif
