/* Plug-ins: a service implementation in a shared object, its functions called through libffi
 * with the signatures its type declares (policy/decl.h). */
#ifndef ZSIE_PLUGIN_H
#define ZSIE_PLUGIN_H

#include <stddef.h>

#include "decl.h"

struct plugin;

/* Load path and bind prefix_FUNC for every function of t (prefix NULL or "": the type's
 * name), checking prefix_api_version() == t->version; then prefix_start(arg) if exported
 * (non-zero: refused).  0, or -1 with a one-line reason in err (missing file, missing symbol,
 * version mismatch, start failed) and nothing loaded. */
int plugin_load(struct plugin **out, const char *path, const char *prefix, const struct decl_type *t,
                const char *arg, char *err, size_t errlen);
/* Call function fn (an index into t->f) with args (t->f[fn].nargs of them); the result in
 * *ret (untouched for void). */
void plugin_call(struct plugin *pl, unsigned fn, const union decl_value *args, union decl_value *ret);
const struct decl_type *plugin_type(const struct plugin *pl);
/* prefix_stop() if exported, then unload. */
void plugin_unload(struct plugin *pl);

#endif
