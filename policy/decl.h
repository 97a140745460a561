/* Service-type declarations: the API of a service type as data, so that the kernel proxy can
 * call a plug-in's functions through libffi (policy/plugin.c) and a new type can be declared
 * in configuration without rebuilding zsie.
 *
 * A declaration file:
 *   # comment
 *   type NAME VERSION                 a service type and the version of its API
 *   function NAME RET [ARG ...]       one of its functions (at most DECL_MAX_ARGS arguments)
 *
 * with RET and ARG among: void (RET only) i32 u32 i64 u64 double string pointer.  A plug-in
 * implementing type T under prefix P exports P_api_version (u32 (void), equal to VERSION) and
 * P_NAME for each function; optionally P_start (i32 (string arg)) and P_stop (void (void)). */
#ifndef ZSIE_DECL_H
#define ZSIE_DECL_H

#include <stddef.h>
#include <stdint.h>

#define DECL_MAX_ARGS 8
#define DECL_MAX_FUNCS 8
#define DECL_MAX_TYPES 16
#define DECL_NAME_MAX 31

enum decl_kind { DECL_VOID, DECL_I32, DECL_U32, DECL_I64, DECL_U64, DECL_DOUBLE, DECL_STRING, DECL_POINTER, DECL_NKINDS };

struct decl_func {
    char name[DECL_NAME_MAX + 1];
    enum decl_kind ret;
    unsigned nargs;
    enum decl_kind args[DECL_MAX_ARGS];
};

struct decl_type {
    char name[DECL_NAME_MAX + 1];
    uint32_t version;
    unsigned nfuncs;
    struct decl_func f[DECL_MAX_FUNCS];
};

struct decl_set {
    struct decl_type t[DECL_MAX_TYPES];
    unsigned n;
};

/* One argument or result value. */
union decl_value {
    int32_t i32;
    uint32_t u32;
    int64_t i64;
    uint64_t u64;
    double d;
    const char *s;
    void *p;
};

const char *decl_kind_name(enum decl_kind k);
/* -1 for an unknown name */
int decl_kind_parse(const char *s);

/* Parse declarations (appended to set).  0, or -1 with "NAME:LINE: ..." in err. */
int decl_parse(const char *text, size_t len, const char *name, struct decl_set *set, char *err, size_t errlen);
int decl_load(const char *path, struct decl_set *set, char *err, size_t errlen);

const struct decl_type *decl_find(const struct decl_set *set, const char *type);
const struct decl_func *decl_func_find(const struct decl_type *t, const char *name);
/* The built-in service types' declarations (the plug-in API of each). */
const struct decl_set *decl_builtin(void);

/* A value from text for kind k ("12", "-3", "0x10", "2.5", a string as is).  0 or -1. */
int decl_value_parse(enum decl_kind k, const char *text, union decl_value *v);
void decl_value_format(enum decl_kind k, const union decl_value *v, char *buf, size_t len);

#endif
