/* libFuzzer target: the user-directory parser.  Any text either parses into users whose
 * fields keep the documented limits or fails with one "NAME:LINE: ..." line. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "directory.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *text = malloc(size + 1);
    if (!text)
        return 0;
    memcpy(text, data, size);
    text[size] = 0;
    struct directory d;
    char err[512] = "";
    if (directory_parse(text, "fuzz", &d, err, sizeof err) == 0) {
        if (d.n == 0)
            abort();
        for (unsigned i = 0; i < d.n; i++) {
            const struct dir_user *u = &d.users[i];
            if (!u->id[0] || strlen(u->id) > DIR_ID_LEN || u->ncpus > DIR_MAX_CPUS)
                abort();
            if (u->storage == 0 || u->storage % (1u << 20))
                abort();
            if (directory_find(&d, u->id) == NULL)
                abort();
            for (unsigned k = 0; k < DIR_DIAG_CODES; k++) /* DIAGNOSE statements: ON, OFF or none */
                if (u->diag[k] < -1 || u->diag[k] > 1)
                    abort();
        }
        directory_free(&d);
    } else if (strncmp(err, "fuzz:", 5) || strchr(err, '\n')) {
        abort();
    }
    free(text);
    return 0;
}
