/* What RACF's RLIST, LISTDSD and LISTUSER commands show, in a layout close to IBM's. */
#ifndef ZSIE_RACF_LIST_H
#define ZSIE_RACF_LIST_H

#include <stdio.h>

#include "racf_db.h"

/* RLIST class profile (LISTDSD for DATASET); you: the user whose YOUR ACCESS is shown. */
void racf_list_profile(FILE *f, const struct racf_db *db, const struct racf_class *cls, const struct racf_profile *p,
                       const char *you);
/* LISTUSER user. */
void racf_list_user(FILE *f, const struct racf_db *db, const struct racf_user *u);
/* A profile's AUDIT setting as RACF prints it: FAILURES(READ), ALL(UPDATE), NONE ... */
void racf_audit_string(const struct racf_profile *p, char *buf, size_t n);

#endif
