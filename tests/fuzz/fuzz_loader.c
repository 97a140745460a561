/* libFuzzer target: the image loader (ELF by program headers, or a flat image) on 1 MiB of
 * storage.  Whatever the bytes, load_image either fails with one E0xx line and leaves storage
 * as it was, or loads only inside storage and yields a start PSW. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "loader.h"

#define FUZZ_STORAGE (1u << 20)

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static struct storage mem;
    if (!mem.bytes && storage_init(&mem, FUZZ_STORAGE))
        abort();
    struct load_result r;
    char err[256] = "";
    int rc = load_image(&mem, data, size, &r, err, sizeof err);
    if (rc) {
        /* the contract: one message with a number, and storage untouched */
        if (strncmp(err, "E0", 2) || strchr(err, '\n'))
            abort();
        return 0;
    }
    /* (r.bytes may exceed storage: segments can overlap; every byte landed inside -- ASan) */
    if (r.elf ? r.psw_mask != LOADER_ELF_START_MASK : r.bytes != size)
        abort();
    storage_clear(&mem);
    return 0;
}
