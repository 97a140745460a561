/* An example logging plug-in: each event as one line "KIND VM TEXT" appended to the file named
 * by the environment variable ZSIE_COUNTLOG (start fails without it).
 *   logging plugin:libzsie_countlog.so */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

static FILE *out;

uint32_t logging_api_version(void)
{
    return 1;
}
int32_t logging_start(const char *arg)
{
    (void)arg;
    const char *p = getenv("ZSIE_COUNTLOG");
    return p && (out = fopen(p, "a")) ? 0 : 1;
}
void logging_stop(void)
{
    if (out)
        fclose(out);
    out = NULL;
}
int32_t logging_event(const char *vm, const char *kind, const char *text)
{
    if (fprintf(out, "%s %s %s\n", kind, vm, text) < 0 || fflush(out))
        return -1;
    return 0;
}
