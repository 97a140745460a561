/* Guest real storage for the DIAGNOSE handlers: the checks of a parameter block (alignment,
 * addressing, key-controlled protection) and the copies, with reference and change bits. */
#include <string.h>

#include "access.h"
#include "diag.h"

void diag_set_low32(uint64_t *r, uint32_t v)
{
    *r = (*r & 0xFFFFFFFF00000000ULL) | v;
}

/* Bytes from real address a to the end of its 4 KiB block, at most left. */
static uint64_t chunk(uint64_t a, uint64_t left)
{
    uint64_t n = PAGE_SIZE - (a & (PAGE_SIZE - 1));
    return n < left ? n : left;
}

int diag_block(struct diag_call *dc, uint64_t addr, uint64_t len, unsigned align, bool store)
{
    struct cpu *cpu = dc->cpu;
    if (align > 1 && (addr & (align - 1)))
        return PGM_SPECIFICATION;
    if (len == 0)
        return 0;
    if (addr + len - 1 < addr || addr + len - 1 >= cpu->mem->size)
        return PGM_ADDRESSING;
    unsigned key = psw_key(cpu);
    /* block by block: prefixing moves the first 8 KiB, and the key is per 4 KiB block */
    for (uint64_t a = addr, left = len; left;) {
        uint64_t n = chunk(a, left);
        uint64_t abs = real_to_abs(cpu, a);
        if (!storage_valid(cpu->mem, abs, n))
            return PGM_ADDRESSING;
        if (store) {
            bool partial = false;
            uint8_t skey = skey_load(storage_key(cpu->mem, abs));
            if (storage_key_check(cpu, key, skey, ACC_STORE, a, (size_t)n, false, &partial))
                return PGM_PROTECTION;
        }
        a += n;
        left -= n;
    }
    return 0;
}

int diag_read(struct diag_call *dc, uint64_t addr, void *buf, uint64_t len)
{
    int rc = diag_block(dc, addr, len, 1, false);
    if (rc)
        return rc;
    struct cpu *cpu = dc->cpu;
    uint8_t *out = buf;
    for (uint64_t a = addr, left = len; left;) {
        uint64_t n = chunk(a, left);
        uint64_t abs = real_to_abs(cpu, a);
        memcpy(out, storage_ptr(cpu->mem, abs), n);
        skey_or(storage_key(cpu->mem, abs), SKEY_R);
        out += n;
        a += n;
        left -= n;
    }
    return 0;
}

int diag_write(struct diag_call *dc, uint64_t addr, const void *buf, uint64_t len)
{
    int rc = diag_block(dc, addr, len, 1, true);
    if (rc)
        return rc;
    struct cpu *cpu = dc->cpu;
    const uint8_t *in = buf;
    for (uint64_t a = addr, left = len; left;) {
        uint64_t n = chunk(a, left);
        uint64_t abs = real_to_abs(cpu, a);
        memcpy(storage_ptr(cpu->mem, abs), in, n);
        skey_or(storage_key(cpu->mem, abs), SKEY_R | SKEY_C);
        in += n;
        a += n;
        left -= n;
    }
    return 0;
}
