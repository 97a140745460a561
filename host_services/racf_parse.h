/* Building a RACF model database from RACF commands, in RACF's own syntax (TSO style):
 *
 *   ADDUSER/AU  ALTUSER/ALU  DELUSER/DU  ADDGROUP/AG  DELGROUP/DG  CONNECT/CO  REMOVE/RE
 *   ADDSD/AD  ALTDSD/ALD  DELDSD/DD  RDEFINE/RDEF  RALTER/RALT  RDELETE/RDEL  PERMIT/PE
 *   SETROPTS/SETR
 *
 * Keywords and command names are case-insensitive and a keyword may be shortened to any
 * prefix that names only one of the command's keywords (ACC(R) for ACCESS(READ)).  Values
 * go in parentheses, lists separated by blanks or commas; 'quoted strings' with '' for a
 * quote; a line ending in '-' or '+' continues on the next ('+' drops the next line's
 * leading blanks); comments are slash-star ... star-slash and may span lines.  Names are
 * upper-cased; RDEFINE CDT name CDTINFO(...) adds an installation class.  docs/saf.md lists
 * every operand.
 *
 * Each error is one line "NAME:LINE: E2nn text" (LINE: where the command starts) and the
 * run stops there. */
#ifndef ZSIE_RACF_PARSE_H
#define ZSIE_RACF_PARSE_H

#include <stddef.h>

#include "racf_db.h"

#define RACF_MAX_COMMAND 65536   /* characters in one command after continuation */
#define RACF_MAX_FILE (16u << 20) /* bytes in one database file */

/* Run the commands in text[0..len) against db.  Returns 0, or -1 with the message in err
 * (db then holds what the commands before the failing one did). */
int racf_run_commands(struct racf_db *db, const char *text, size_t len, const char *name, char *err, size_t errlen);
/* A new database (racf_db_new(today)) with the commands of text run on it; NULL with the
 * message in err on any error. */
struct racf_db *racf_db_load_text(const char *text, size_t len, const char *name, uint32_t today, char *err,
                                  size_t errlen);
/* The same from a file (at most RACF_MAX_FILE bytes, no NUL bytes). */
struct racf_db *racf_db_load_file(const char *path, uint32_t today, char *err, size_t errlen);

#endif
