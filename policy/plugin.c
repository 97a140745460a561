/* Plug-ins through dlopen and libffi: the declaration says how to call, libffi does it. */
#include "plugin.h"

#include <dlfcn.h>
#include <ffi.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct plugin {
    void *so;
    const struct decl_type *t;
    void (*fn[DECL_MAX_FUNCS])(void);
    ffi_cif cif[DECL_MAX_FUNCS];
    ffi_type *argt[DECL_MAX_FUNCS][DECL_MAX_ARGS];
    void (*stop)(void);
};

static ffi_type *ffi_of(enum decl_kind k)
{
    switch (k) {
    case DECL_VOID: return &ffi_type_void;
    case DECL_I32: return &ffi_type_sint32;
    case DECL_U32: return &ffi_type_uint32;
    case DECL_I64: return &ffi_type_sint64;
    case DECL_U64: return &ffi_type_uint64;
    case DECL_DOUBLE: return &ffi_type_double;
    default: return &ffi_type_pointer; /* string, pointer */
    }
}

/* dlsym of prefix_name, as a function pointer (POSIX guarantees the conversion works). */
static void (*sym(void *so, const char *prefix, const char *name, char *buf, size_t len))(void)
{
    snprintf(buf, len, "%s_%s", prefix, name);
    void *p = dlsym(so, buf);
    void (*f)(void);
    memcpy(&f, &p, sizeof f);
    return p ? f : NULL;
}

int plugin_load(struct plugin **out, const char *path, const char *prefix, const struct decl_type *t,
                const char *arg, char *err, size_t errlen)
{
    *out = NULL;
    if (!prefix || !*prefix)
        prefix = t->name;
    if (!path || !*path) {
        snprintf(err, errlen, "plug-in: no shared object named (want plugin:PATH[:PREFIX])");
        return -1;
    }
    struct plugin *pl = calloc(1, sizeof *pl);
    if (!pl) {
        snprintf(err, errlen, "plug-in %s: out of memory", path);
        return -1;
    }
    pl->t = t;
    pl->so = dlopen(path, RTLD_NOW | RTLD_LOCAL);
    if (!pl->so) {
        const char *e = dlerror();
        snprintf(err, errlen, "plug-in %s: cannot load: %s", path, e ? e : "?");
        free(pl);
        return -1;
    }
    char name[2 * DECL_NAME_MAX + 80];
    uint32_t (*ver)(void);
    void (*v)(void) = sym(pl->so, prefix, "api_version", name, sizeof name);
    memcpy(&ver, &v, sizeof ver);
    if (!v) {
        snprintf(err, errlen, "plug-in %s: no symbol %s (the %s API version)", path, name, t->name);
        goto bad;
    }
    uint32_t got = ver();
    if (got != t->version) {
        snprintf(err, errlen, "plug-in %s: %s() says API version %u, the %s type is version %u", path, name, got,
                 t->name, t->version);
        goto bad;
    }
    for (unsigned i = 0; i < t->nfuncs; i++) {
        const struct decl_func *f = &t->f[i];
        pl->fn[i] = sym(pl->so, prefix, f->name, name, sizeof name);
        if (!pl->fn[i]) {
            snprintf(err, errlen, "plug-in %s: no symbol %s (%s function %s)", path, name, t->name, f->name);
            goto bad;
        }
        for (unsigned a = 0; a < f->nargs; a++)
            pl->argt[i][a] = ffi_of(f->args[a]);
        if (ffi_prep_cif(&pl->cif[i], FFI_DEFAULT_ABI, f->nargs, ffi_of(f->ret), pl->argt[i]) != FFI_OK) {
            snprintf(err, errlen, "plug-in %s: libffi cannot call %s as declared", path, name);
            goto bad;
        }
    }
    void (*st)(void) = sym(pl->so, prefix, "start", name, sizeof name);
    if (st) {
        int32_t (*start)(const char *);
        memcpy(&start, &st, sizeof start);
        int32_t rc = start(arg ? arg : "");
        if (rc) {
            snprintf(err, errlen, "plug-in %s: %s(\"%.60s\") failed with %d", path, name, arg ? arg : "", rc);
            goto bad;
        }
    }
    pl->stop = sym(pl->so, prefix, "stop", name, sizeof name);
    *out = pl;
    return 0;
bad:
    dlclose(pl->so);
    free(pl);
    return -1;
}

void plugin_call(struct plugin *pl, unsigned fn, const union decl_value *args, union decl_value *ret)
{
    const struct decl_func *f = &pl->t->f[fn];
    void *av[DECL_MAX_ARGS];
    for (unsigned a = 0; a < f->nargs; a++)
        av[a] = (void *)&args[a];
    /* libffi widens integer results narrower than a register to ffi_arg */
    ffi_arg wide = 0;
    union decl_value r = {0};
    bool narrow = f->ret == DECL_I32 || f->ret == DECL_U32;
    ffi_call(&pl->cif[fn], pl->fn[fn], narrow ? (void *)&wide : (void *)&r, av);
    if (f->ret == DECL_I32)
        r.i32 = (int32_t)wide;
    else if (f->ret == DECL_U32)
        r.u32 = (uint32_t)wide;
    if (ret && f->ret != DECL_VOID)
        *ret = r;
}

const struct decl_type *plugin_type(const struct plugin *pl)
{
    return pl->t;
}

void plugin_unload(struct plugin *pl)
{
    if (!pl)
        return;
    if (pl->stop)
        pl->stop();
    dlclose(pl->so);
    free(pl);
}
