/* The CP command interpreter behind DIAGNOSE X'008' (inside diag/ only).
 *
 * A command line is split into words; the first names the command, abbreviated as z/VM
 * accepts it (the capitals of the syntax diagram are the shortest form: Query -> Q).  Each
 * command (and each QUERY operand) has the CP privilege classes of z/VM (z/VM CP Commands
 * and Utilities Reference); a virtual machine whose directory classes hold none of them gets
 * the answer z/VM gives an unauthorized user: the command does not exist for it (HCPCMD001E)
 * or the operand is not valid (HCP003E).  The completion code of a command is the number of
 * the message that reports its error, 0 when it worked. */
#ifndef ZSIE_DIAG_CPCMD_H
#define ZSIE_DIAG_CPCMD_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "diag.h"

#define CPCMD_SYSTEM_NAME DIAG_SYSTEM_NAME /* in QUERY USERID's "userid AT system" */
#define CPCMD_WORD 24            /* longest word kept; longer ones are cut (and then invalid) */

/* One command being interpreted. */
struct cpcmd {
    struct diag_vm *vm;
    const char *p, *end;     /* the rest of the command (after the words taken so far) */
    char *out;               /* response lines, ASCII, each ending in '\n' */
    size_t room, len;
    bool stop;               /* the issuing virtual machine has ended (LOGOFF, SHUTDOWN, ...) */
};

typedef int cpcmd_fn(struct cpcmd *c);

/* ---- the interpreter's helpers (diag/cpcmd.c) ---- */

/* The next blank-delimited word, upper-cased into w (CPCMD_WORD bytes); its length, 0 at
 * the end.  The length is the word's real length, also when w holds only its start. */
size_t cpcmd_word(struct cpcmd *c, char *w);
/* Is there another word? (nothing is taken) */
bool cpcmd_more(const struct cpcmd *c);
/* The rest of the line after the blanks that follow the last word (MSG's text). */
const char *cpcmd_rest(struct cpcmd *c, size_t *len);
/* Does the word w abbreviate full with at least min letters? */
bool cpcmd_abbrev(const char *w, const char *full, size_t min);
/* Does the virtual machine hold one of classes (NULL: any class)? */
bool cpcmd_has_class(const struct diag_vm *vm, const char *classes);
/* Append one response line (printf format, no new-line). */
void cpcmd_line(struct cpcmd *c, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Report an error as z/VM does, "HCP<mod><nnn>E text", and return its number (the
 * completion code). */
int cpcmd_error(struct cpcmd *c, const char *mod, int number, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
/* The words z/VM's errors print: HCP003E for an extra word, HCP026E for none. */
int cpcmd_extra(struct cpcmd *c, const char *mod);
int cpcmd_missing(struct cpcmd *c, const char *mod);

/* This virtual machine as the system lists it; false if the system does not know it. */
bool cpcmd_self(struct cpcmd *c, struct diag_vm_info *out);
/* A logged-on virtual machine of the system by user id (case-insensitive). */
bool cpcmd_find(struct cpcmd *c, const char *userid, struct diag_vm_info *out);
/* Logged-on virtual machines of the system. */
unsigned cpcmd_logged_on(struct cpcmd *c);

/* "64M", "2G", "1536K": the largest unit that divides bytes, as z/VM writes sizes. */
void cpcmd_size(uint64_t bytes, char *buf, size_t n);
/* z/VM's clock texts for a TOD clock value: "hh:mm:ss UTC WEEKDAY mm/dd/yy" and
 * "mm/dd/yy hh:mm:ss UTC". */
void cpcmd_time_text(uint64_t tod, char *buf, size_t n);
void cpcmd_date_time(uint64_t tod, char *buf, size_t n);
/* The accounting line of QUERY TIME and LOGOFF: "CONNECT= hh:mm:ss VIRTCPU= mmm:ss.hh
 * TOTCPU= mmm:ss.hh". */
void cpcmd_connect_line(const struct diag_vm_info *self, uint64_t now_tod, char *buf, size_t n);

/* ---- the commands ---- */
int cpcmd_query(struct cpcmd *c);     /* diag/cpcmd_query.c */
int cpcmd_message(struct cpcmd *c);   /* diag/cpcmd_users.c */
int cpcmd_set(struct cpcmd *c);
int cpcmd_indicate(struct cpcmd *c);
int cpcmd_logoff(struct cpcmd *c);
int cpcmd_force(struct cpcmd *c);
int cpcmd_shutdown(struct cpcmd *c);

#endif
