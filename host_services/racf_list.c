/* RLIST, LISTDSD and LISTUSER output.  Fields RACF shows but the model does not keep
 * (statistics, security levels, segments) appear with RACF's "none" wording, so that the
 * layout reads like IBM's. */
#include "racf_list.h"

#include <string.h>

#include "saf.h"

void racf_audit_string(const struct racf_profile *p, char *buf, size_t n)
{
    uint8_t s = p->audit_success, f = p->audit_failure;
    if (s == RACF_AUDIT_OFF && f == RACF_AUDIT_OFF)
        snprintf(buf, n, "NONE");
    else if (s == f)
        snprintf(buf, n, "ALL(%s)", racf_access_name(s));
    else if (s == RACF_AUDIT_OFF)
        snprintf(buf, n, "FAILURES(%s)", racf_access_name(f));
    else if (f == RACF_AUDIT_OFF)
        snprintf(buf, n, "SUCCESS(%s)", racf_access_name(s));
    else
        snprintf(buf, n, "SUCCESS(%s),FAILURES(%s)", racf_access_name(s), racf_access_name(f));
}

static void date_line(FILE *f, uint32_t d)
{
    fprintf(f, " %03u    %02u          %03u    %02u            %03u    %02u\n", d % 1000, d / 1000, d % 1000, d / 1000,
            d % 1000, d / 1000);
}

static void access_list(FILE *f, const struct racf_profile *p)
{
    if (!p->nacl) {
        fprintf(f, "NO USERS IN ACCESS LIST\n");
        return;
    }
    fprintf(f, "USER      ACCESS   ACCESS COUNT\n");
    fprintf(f, "----      ------   ------ -----\n");
    for (unsigned i = 0; i < p->nacl; i++)
        fprintf(f, "%-8s  %-7s   000000\n", p->acl[i].id, racf_access_name(p->acl[i].access));
}

void racf_list_profile(FILE *f, const struct racf_db *db, const struct racf_class *cls, const struct racf_profile *p,
                       const char *you)
{
    char audit[64];
    racf_audit_string(p, audit, sizeof audit);
    const struct racf_user *u = you ? racf_find_user(db, you) : NULL;
    const char *your = racf_access_name(racf_access_held(db, u, p));
    if (cls->dataset) {
        fprintf(f, "INFORMATION FOR DATASET %s%s\n\n", p->name, p->generic ? " (G)" : "");
        fprintf(f, "LEVEL  OWNER      UNIVERSAL ACCESS   WARNING   ERASE\n");
        fprintf(f, "-----  --------   ----------------   -------   -----\n");
        fprintf(f, " 00    %-8s         %-7s        %-3s      NO\n\n", p->owner, racf_access_name(p->uacc),
                p->warning ? "YES" : "NO");
        fprintf(f, "AUDITING\n--------\n%s\n\n", audit);
        fprintf(f, "NOTIFY\n--------\nNO USER TO BE NOTIFIED\n\n");
        fprintf(f, "YOUR ACCESS  CREATION GROUP  DATASET TYPE\n");
        fprintf(f, "-----------  --------------  ------------\n");
        fprintf(f, " %-10s   %-8s        NON-VSAM\n\n", your, "SYS1");
        if (p->data[0])
            fprintf(f, "INSTALLATION DATA\n-----------------\n%s\n\n", p->data);
        else
            fprintf(f, "NO INSTALLATION DATA\n\n");
        fprintf(f, "CREATION DATE   LAST REFERENCE DATE   LAST CHANGE DATE\n");
        fprintf(f, "(DAY) (YEAR)       (DAY) (YEAR)        (DAY) (YEAR)\n");
        fprintf(f, "------------    -------------------   ----------------\n");
        date_line(f, p->created);
        fputc('\n', f);
        access_list(f, p);
        return;
    }
    fprintf(f, "CLASS      NAME\n-----      ----\n%-8s   %s%s\n\n", cls->name, p->name, p->generic ? " (G)" : "");
    fprintf(f, "LEVEL  OWNER      UNIVERSAL ACCESS  YOUR ACCESS  WARNING\n");
    fprintf(f, "-----  --------   ----------------  -----------  -------\n");
    fprintf(f, " 00    %-8s         %-7s         %-7s     %s\n\n", p->owner, racf_access_name(p->uacc), your,
            p->warning ? "YES" : "NO");
    fprintf(f, "INSTALLATION DATA\n-----------------\n%s\n\n", p->data[0] ? p->data : "NONE");
    fprintf(f, "APPLICATION DATA\n----------------\nNONE\n\n");
    fprintf(f, "AUDITING\n--------\n%s\n\n", audit);
    fprintf(f, "NOTIFY\n------\nNO USER TO BE NOTIFIED\n\n");
    fprintf(f, "CREATION DATE   LAST REFERENCE DATE   LAST CHANGE DATE\n");
    fprintf(f, "(DAY) (YEAR)       (DAY) (YEAR)        (DAY) (YEAR)\n");
    fprintf(f, "------------    -------------------   ----------------\n");
    date_line(f, p->created);
    fputc('\n', f);
    access_list(f, p);
}

void racf_list_user(FILE *f, const struct racf_db *db, const struct racf_user *u)
{
    (void)db;
    fprintf(f, "USER=%-8s  NAME=%-20s  OWNER=%-8s  CREATED=%02u.%03u\n", u->id, u->name[0] ? u->name : "UNKNOWN",
            u->owner, u->created / 1000, u->created % 1000);
    fprintf(f, " DEFAULT-GROUP=%-8s PASSDATE=N/A     PASS-INTERVAL=N/A PHRASEDATE=N/A\n", u->dfltgrp);
    char attrs[96] = "";
    if (u->special)
        strcat(attrs, "SPECIAL ");
    if (u->operations)
        strcat(attrs, "OPERATIONS ");
    if (u->auditor)
        strcat(attrs, "AUDITOR ");
    if (u->uaudit)
        strcat(attrs, "UAUDIT ");
    if (u->revoked)
        strcat(attrs, "REVOKED ");
    if (u->restricted)
        strcat(attrs, "RESTRICTED ");
    size_t n = strlen(attrs);
    if (n)
        attrs[n - 1] = 0;
    fprintf(f, " ATTRIBUTES=%s\n", n ? attrs : "NONE");
    fprintf(f, " REVOKE DATE=NONE   RESUME DATE=NONE\n");
    fprintf(f, " LAST-ACCESS=UNKNOWN\n");
    fprintf(f, " CLASS AUTHORIZATIONS=NONE\n");
    if (u->data[0])
        fprintf(f, " INSTALLATION-DATA=%s\n", u->data);
    else
        fprintf(f, " NO-INSTALLATION-DATA\n");
    fprintf(f, " NO-MODEL-NAME\n");
    fprintf(f, " LOGON ALLOWED   (DAYS)          (TIME)\n");
    fprintf(f, " ---------------------------------------------\n");
    fprintf(f, " ANYDAY                          ANYTIME\n");
    for (unsigned i = 0; i < u->nconn; i++) {
        const struct racf_connect *c = &u->conn[i];
        fprintf(f, "  GROUP=%-8s  AUTH=%-8s CONNECT-OWNER=%-8s CONNECT-DATE=%02u.%03u\n", c->group,
                racf_gauth_name(c->auth), c->owner, c->date / 1000, c->date % 1000);
        fprintf(f, "    CONNECTS=    00  UACC=%-8s LAST-CONNECT=UNKNOWN\n", racf_access_name(c->uacc));
        fprintf(f, "    CONNECT ATTRIBUTES=NONE\n");
        fprintf(f, "    REVOKE DATE=NONE   RESUME DATE=NONE\n");
    }
    fprintf(f, "SECURITY-LEVEL=NONE SPECIFIED\n");
    fprintf(f, "CATEGORY-AUTHORIZATION\n NONE SPECIFIED\n");
    fprintf(f, "SECURITY-LABEL=NONE SPECIFIED\n");
}
