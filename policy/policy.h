/* The kernel policy: which service implementation the kernel proxy uses for each service type.
 *
 *   # comment                      (also after an entry)
 *   TYPE ID[:ARG][@NODE]           one entry a line; a type named twice: the later line wins
 *
 *   security racf:/etc/zsie/prod.racf
 *   logging  json:/var/log/zsie.jsonl
 *   sched    shares:0.5
 *   console  plugin:/opt/zsie/libcons.so:mycons
 *
 * The same entry form is the directory's `POLICY type id[@node]` statement (per virtual
 * machine, refining the node's policy) and the admin module's `set`.  TYPE is a built-in
 * service type (security logging memory sched console) or one declared in a declaration file
 * (policy/decl.h); an entry's type is checked against those when the proxy is given the
 * policy, not by the parser, so that a file can be read before the declarations are.
 * @NODE names the service node that provides the service: recorded, served by the
 * distributed half (today: not available, the proxy falls back). */
#ifndef ZSIE_POLICY_H
#define ZSIE_POLICY_H

#include <stdbool.h>
#include <stddef.h>

#define POLICY_NAME_MAX 31    /* a type name, a node name */
#define POLICY_SPEC_MAX 255   /* ID[:ARG] */
#define POLICY_MAX_ENTRIES 64
#define POLICY_FILE_MAX (1u << 20)

struct policy_entry {
    char type[POLICY_NAME_MAX + 1];
    char spec[POLICY_SPEC_MAX + 1];    /* ID[:ARG] */
    char node[POLICY_NAME_MAX + 1];    /* "": this compute node */
};

struct policy {
    struct policy_entry e[POLICY_MAX_ENTRIES];
    unsigned n;
};

/* Parse one entry "TYPE ID[:ARG][@NODE]" (tokens already split: type, spec@node).  0, or -1
 * with a message (no file or line) in err. */
int policy_entry_parse(struct policy_entry *out, const char *type, const char *spec_at_node, char *err,
                       size_t errlen);
/* Parse policy text; name is for messages "NAME:LINE: ...".  0 or -1. */
int policy_parse(const char *text, size_t len, const char *name, struct policy *p, char *err, size_t errlen);
int policy_load(const char *path, struct policy *p, char *err, size_t errlen);
/* Write p to path atomically (a temporary file renamed over it). */
int policy_save(const char *path, const struct policy *p, char *err, size_t errlen);

const struct policy_entry *policy_find(const struct policy *p, const char *type);
/* Set (replace or add) and unset an entry.  set: -1 when the table is full; unset: -1 when
 * the type has no entry. */
int policy_set(struct policy *p, const struct policy_entry *e);
int policy_unset(struct policy *p, const char *type);

/* "TYPE SPEC[@NODE]" */
void policy_entry_format(const struct policy_entry *e, char *buf, size_t len);
/* The ID of a spec (before the first ':'), and its ARG (after it, "" when none). */
void policy_spec_id(const char *spec, char *id, size_t idlen);
const char *policy_spec_arg(const char *spec);

#endif
