/* An example security plug-in (the security type's plug-in API, policy/decl.c): allows READ of
 * resources under PUBLIC., answers "no decision" for class TEST, denies everything else.
 *   security plugin:libzsie_allowlist.so:allowlist */
#include <stdint.h>
#include <string.h>

uint32_t allowlist_api_version(void)
{
    return 1;
}

int32_t allowlist_auth(const char *vm, const char *user, const char *cls, const char *resource, uint32_t access)
{
    (void)vm, (void)user;
    if (!strcmp(cls, "TEST"))
        return 4;
    return !strncmp(resource, "PUBLIC.", 7) && access <= 2 ? 0 : 8; /* 2: READ (enum racf_access) */
}

/* a plug-in whose declared API version is not the type's: refused */
uint32_t oldver_api_version(void)
{
    return 0;
}
int32_t oldver_auth(const char *vm, const char *user, const char *cls, const char *resource, uint32_t access)
{
    (void)vm, (void)user, (void)cls, (void)resource, (void)access;
    return 0;
}

/* a plug-in that lacks its function: refused */
uint32_t partial_api_version(void)
{
    return 1;
}

/* a plug-in whose start fails: refused */
uint32_t nostart_api_version(void)
{
    return 1;
}
int32_t nostart_auth(const char *vm, const char *user, const char *cls, const char *resource, uint32_t access)
{
    (void)vm, (void)user, (void)cls, (void)resource, (void)access;
    return 0;
}
int32_t nostart_start(const char *arg)
{
    (void)arg;
    return 7;
}
