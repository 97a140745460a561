/* Console services: the terminal (stdout, as before the kernel proxy) or a file per virtual
 * machine (file:DIRECTORY: DIRECTORY/USERID.console, appended). */
#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "service.h"

static int stdout_start(void **state, const char *arg, const struct svc_env *env, char *err, size_t errlen)
{
    (void)arg, (void)err, (void)errlen;
    *state = env->console_out ? env->console_out : stdout;
    return 0;
}
static void stdout_stop(void *state)
{
    (void)state;
}
static int stdout_write(void *state, const char *vm, const char *buf, size_t len)
{
    (void)vm;
    FILE *f = state;
    if (fwrite(buf, 1, len, f) != len)
        return -1;
    fflush(f);
    return 0;
}

#define FILE_VMS 64
struct files {
    char dir[PATH_MAX];
    pthread_mutex_t lock;
    unsigned n;
    struct { char vm[9]; FILE *f; } v[FILE_VMS];
};

static int file_start(void **state, const char *arg, const struct svc_env *env, char *err, size_t errlen)
{
    (void)env;
    if (!*arg || strlen(arg) > PATH_MAX - 32) {
        snprintf(err, errlen, "file needs a directory (file:DIRECTORY)");
        return -1;
    }
    struct files *s = calloc(1, sizeof *s);
    if (!s) {
        snprintf(err, errlen, "out of memory");
        return -1;
    }
    snprintf(s->dir, sizeof s->dir, "%s", arg);
    /* the directory must exist and be writable now, not at the first output */
    char probe[PATH_MAX + 32];
    snprintf(probe, sizeof probe, "%s/.zsie-console-probe", s->dir);
    FILE *f = fopen(probe, "w");
    if (!f) {
        snprintf(err, errlen, "%s: cannot write there: %s", s->dir, strerror(errno));
        free(s);
        return -1;
    }
    fclose(f);
    remove(probe);
    pthread_mutex_init(&s->lock, NULL);
    *state = s;
    return 0;
}

static void file_stop(void *state)
{
    struct files *s = state;
    for (unsigned i = 0; i < s->n; i++)
        fclose(s->v[i].f);
    pthread_mutex_destroy(&s->lock);
    free(s);
}

static int file_write(void *state, const char *vm, const char *buf, size_t len)
{
    struct files *s = state;
    pthread_mutex_lock(&s->lock);
    FILE *f = NULL;
    for (unsigned i = 0; i < s->n && !f; i++)
        if (!strcmp(s->v[i].vm, vm))
            f = s->v[i].f;
    if (!f && s->n < FILE_VMS) {
        char path[PATH_MAX + 32];
        snprintf(path, sizeof path, "%s/%.8s.console", s->dir, vm);
        if ((f = fopen(path, "a"))) {
            size_t l = strnlen(vm, 8);
            memcpy(s->v[s->n].vm, vm, l);
            s->v[s->n].vm[l] = 0;
            s->v[s->n++].f = f;
        }
    }
    int rc = f && fwrite(buf, 1, len, f) == len && !fflush(f) ? 0 : -1;
    pthread_mutex_unlock(&s->lock);
    return rc;
}

const struct console_ops svc_console_stdout = {
    {"stdout", "the terminal (zsie's standard output)", stdout_start, stdout_stop, NULL}, stdout_write};
const struct console_ops svc_console_file = {
    {"file", "a file per virtual machine: DIRECTORY/USERID.console (file:DIRECTORY)", file_start, file_stop, NULL},
    file_write};
