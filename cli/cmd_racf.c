/* `zsie racf`: ask the RACF model for a decision, or list a profile or a user.
 *
 *   zsie racf check --db FILE USER CLASS RESOURCE ACCESS [--explain] [--status]
 *   zsie racf rlist --db FILE CLASS PROFILE [--user ID]
 *   zsie racf listuser --db FILE USER
 *
 * check exits with the SAF return code (0 allowed, 4 no decision, 8 denied); rlist and
 * listuser exit 0, or 4 when there is no such profile or user; 2 is a usage or database
 * error (one numbered line on stderr). */
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "options.h"
#include "racf_list.h"
#include "racf_match.h"
#include "racf_parse.h"
#include "saf.h"

void racf_usage(FILE *f)
{
    fprintf(f, "usage of zsie racf (the RACF model, see docs/saf.md):\n"
               "  zsie racf check --db FILE USER CLASS RESOURCE ACCESS [--explain] [--status]\n"
               "        the RACROUTE REQUEST=AUTH decision; exit 0 allowed, 4 no decision, 8 denied\n"
               "        --explain  every decision step;  --status  STATUS=ACCESS (the highest level held)\n"
               "  zsie racf rlist --db FILE CLASS PROFILE [--user ID]   a profile, as RLIST/LISTDSD shows it\n"
               "  zsie racf listuser --db FILE USER                     a user, as LISTUSER shows it\n"
               "ACCESS: NONE EXECUTE READ UPDATE CONTROL ALTER (or a prefix).  exit 2: usage or database error\n");
}

static void print_step(void *ctx, const char *line)
{
    unsigned *n = ctx;
    printf("step %2u: %s\n", ++*n, line);
}

static const char *decider_text(const struct saf_result *r, char *buf, size_t n)
{
    switch (r->decided_by) {
    case SAF_BY_USER: return "the user's access-list entry";
    case SAF_BY_GROUP: snprintf(buf, n, "group %s's access-list entry", r->decided_id); return buf;
    case SAF_BY_IDSTAR: return "ID(*)";
    case SAF_BY_UACC: return "UACC";
    case SAF_BY_RESTRICTED: return "RESTRICTED user, no entry";
    case SAF_BY_HLQ: return "the user's own high-level qualifier";
    default: return "nothing";
    }
}

static int check(const char *db_path, char **pos, bool explain, bool status)
{
    int a = racf_access_parse(pos[3]);
    if (a < 0)
        return usage_error("E241 racf check: '%s' is not an access level (NONE EXECUTE READ UPDATE CONTROL ALTER)",
                           pos[3]);
    char err[512];
    struct racf_db *db = racf_db_load_file(db_path, 0, err, sizeof err);
    if (!db)
        return usage_error("%s", err);
    unsigned steps = 0;
    struct saf_request rq = {.user = pos[0], .cls = pos[1], .resource = pos[2], .access = (enum racf_access)a,
                             .status_access = status};
    if (explain) {
        rq.explain = print_step;
        rq.explain_ctx = &steps;
    }
    struct saf_result r;
    racf_auth(db, &rq, &r);
    racf_db_free(db);
    const char *what = r.saf_rc == 8                  ? "denied"
                     : r.saf_rc == 4 && r.racf_rc == 4 ? "no decision: the resource is not protected"
                     : r.saf_rc == 4                   ? "no decision: the class is not active or not defined"
                     : r.racf_rc == RACF_RC_STATUS     ? "status"
                     : r.warning                       ? "allowed (WARNING)"
                                                       : "allowed";
    printf("%s %s %s %s: %s\n", pos[0], racf_access_name((enum racf_access)a), pos[1], pos[2], what);
    printf("SAF RC %d, RACF RC X'%02X', RACF reason X'%02X'\n", r.saf_rc, r.racf_rc, r.racf_reason);
    if (r.profile[0])
        printf("profile: %s (%s)\n", r.profile, r.generic ? "generic" : "discrete");
    else
        printf("profile: none\n");
    char buf[64];
    if (r.profile[0])
        printf("access held: %s, by %s\n", racf_access_name(r.granted), decider_text(&r, buf, sizeof buf));
    if (r.audit)
        printf("audit: SMF type 80, event 2 (resource access), qualifier %d\n", r.smf_qualifier);
    else
        printf("audit: none\n");
    return r.saf_rc;
}

static int rlist(const char *db_path, char **pos, const char *you)
{
    char err[512];
    struct racf_db *db = racf_db_load_file(db_path, 0, err, sizeof err);
    if (!db)
        return usage_error("%s", err);
    int rc = 0;
    struct racf_class *cls = racf_find_class(db, pos[0]);
    char name[RACF_PROFILE_LEN + 1];
    size_t n = strlen(pos[1]);
    if (!cls) {
        fprintf(stderr, "zsie: E244 racf rlist: class '%s' is not in the class table\n", pos[0]);
        rc = 2;
    } else if (n == 0 || n > RACF_PROFILE_LEN) {
        fprintf(stderr, "zsie: E243 racf rlist: '%.60s' is not a profile name\n", pos[1]);
        rc = 2;
    } else {
        for (size_t i = 0; i <= n; i++)
            name[i] = (char)(pos[1][i] >= 'a' && pos[1][i] <= 'z' ? pos[1][i] - 32 : pos[1][i]);
        /* RLIST names a profile: the discrete one, else the generic one of that name */
        const struct racf_profile *p = racf_find_profile(&cls->live, name, false);
        if (!p)
            p = racf_find_profile(&cls->live, name, true);
        if (p) {
            racf_list_profile(stdout, db, cls, p, you);
        } else {
            printf("ICH13003I %s NOT FOUND\n", name);
            rc = 4;
        }
    }
    racf_db_free(db);
    return rc;
}

static int listuser(const char *db_path, const char *id)
{
    char err[512];
    struct racf_db *db = racf_db_load_file(db_path, 0, err, sizeof err);
    if (!db)
        return usage_error("%s", err);
    const struct racf_user *u = racf_find_user(db, id);
    int rc = 0;
    if (u) {
        racf_list_user(stdout, db, u);
    } else {
        printf("ICH30001I UNABLE TO LOCATE USER ENTRY %s\n", id);
        rc = 4;
    }
    racf_db_free(db);
    return rc;
}

int cmd_racf(int argc, char **argv)
{
    if (argc < 2)
        return usage_error("E240 racf: which one: check, rlist or listuser (try zsie racf --help)%s", "");
    const char *sub = argv[1];
    if (!strcmp(sub, "--help") || !strcmp(sub, "-h")) {
        racf_usage(stdout);
        return 0;
    }
    bool is_check = !strcmp(sub, "check"), is_rlist = !strcmp(sub, "rlist"), is_lu = !strcmp(sub, "listuser");
    if (!is_check && !is_rlist && !is_lu)
        return usage_error("E240 racf: unknown subcommand '%s' (check, rlist, listuser)", sub);
    const char *db = NULL, *you = "IBMUSER";
    bool explain = false, status = false;
    char *pos[4];
    unsigned npos = 0, want = is_check ? 4 : is_rlist ? 2 : 1;
    static const char *const value_opts[] = {"--db", "--user"};
    for (int i = 2; i < argc; i++) {
        const char *arg = argv[i], *val;
        if (arg[0] != '-' || !arg[1]) {
            if (npos == want)
                return usage_error("E240 racf: unexpected operand '%s'", arg);
            pos[npos++] = argv[i];
            continue;
        }
        if (!strcmp(arg, "--help") || !strcmp(arg, "-h")) {
            racf_usage(stdout);
            return 0;
        }
        if (is_check && !strcmp(arg, "--explain")) {
            explain = true;
            continue;
        }
        if (is_check && !strcmp(arg, "--status")) {
            status = true;
            continue;
        }
        const char *name = match_value_option(arg, value_opts, is_rlist ? 2 : 1, &val);
        if (!name)
            return usage_error("E240 racf: unknown option '%s' (try zsie racf --help)", arg);
        if (!val) {
            if (i + 1 >= argc)
                return usage_error("E240 racf: option %s needs a value", name);
            val = argv[++i];
        }
        if (!strcmp(name, "--db"))
            db = val;
        else
            you = val;
    }
    if (!db)
        return usage_error("E240 racf %s: --db FILE is required", sub);
    if (npos != want)
        return usage_error(is_check ? "E240 racf %s: needs USER CLASS RESOURCE ACCESS"
                           : is_rlist ? "E240 racf %s: needs CLASS PROFILE"
                                      : "E240 racf %s: needs USER",
                           sub);
    if (is_check)
        return check(db, pos, explain, status);
    if (is_rlist)
        return rlist(db, pos, you);
    return listuser(db, pos[0]);
}
