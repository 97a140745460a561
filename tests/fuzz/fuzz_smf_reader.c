/* libFuzzer target: arbitrary bytes as an SMF data set, read record by record and decoded as
 * `zsie smf` does.  Nothing may crash or read outside the input; every decoded string must be
 * terminated within its field. */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "host_services/smf_reader.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static struct smf_reader r;
    smf_reader_open_mem(&r, data, size);
    const uint8_t *rec;
    size_t len;
    uint64_t off;
    int rc;
    while ((rc = smf_reader_next(&r, &rec, &len, &off)) == SMF_READ_OK) {
        struct smf_decoded d;
        const char *why = NULL;
        if (smf_decode(rec, len, &d, &why) < 0) {
            if (!why)
                __builtin_trap();
            continue;
        }
        const char *u = smf_decoded_user(&d);
        if (u && strlen(u) > 8)
            __builtin_trap();
        if (d.type == 80 && (strlen(d.u.r80.resource) > 255 || strlen(d.u.r80.profile) > 255))
            __builtin_trap();
        if (d.type == 200 && d.u.t200.data_len && (d.u.t200.data < rec || d.u.t200.data + d.u.t200.data_len > rec + len))
            __builtin_trap();
        if (d.type == 201 && d.u.t201.n_sie && d.u.t201.sie + 12 * (size_t)d.u.t201.n_sie > rec + len)
            __builtin_trap();
    }
    if (rc == SMF_READ_BAD && !r.why)
        __builtin_trap();
    return 0;
}
