#include "harness.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#define H_WAIT_MASK 0x0002000180000000ULL /* wait, EA, BA: a disabled wait in 64-bit mode */

void h_init(struct harness *h)
{
    h_init_size(h, 1 << 20);
}

void h_init_size(struct harness *h, uint64_t size)
{
    ck_assert_int_eq(storage_init(&h->mem, size), 0);
    ck_assert_int_eq(cpu_init(&h->cpu, &h->mem, 0), 0);
    h->cpu.cr[0] |= 1ULL << (63 - 45); /* AFP-register control */
    h->cpu.stopped = false;
    h_st64(h, H_END_PSW, H_WAIT_MASK);
    h_st64(h, H_END_PSW + 8, 0);
    h_st64(h, LC_PGM_NEW, H_WAIT_MASK);
    h_st64(h, LC_PGM_NEW + 8, H_PGM_WAIT_IA);
    cpu_load_psw(&h->cpu, PSW_EA | PSW_BA, H_CODE);
}

void h_free(struct harness *h)
{
    cpu_destroy(&h->cpu);
    storage_free(&h->mem);
}

static unsigned place_hex(struct harness *h, uint64_t addr, const char *hex)
{
    unsigned n = 0;
    int hi = -1;
    for (const char *p = hex; *p; p++) {
        if (isspace((unsigned char)*p))
            continue;
        ck_assert_msg(isxdigit((unsigned char)*p), "bad hex in test: %s", hex);
        int v = isdigit((unsigned char)*p) ? *p - '0' : (tolower((unsigned char)*p) - 'a' + 10);
        if (hi < 0) {
            hi = v;
        } else {
            h->mem.bytes[addr + n++] = (uint8_t)(hi << 4 | v);
            hi = -1;
        }
    }
    ck_assert_msg(hi < 0, "odd number of hex digits: %s", hex);
    return n;
}

uint64_t h_code(struct harness *h, uint64_t addr, const char *hex)
{
    unsigned n = place_hex(h, addr, hex);
    place_hex(h, addr + n, "B2B20F00"); /* LPSWE X'F00' */
    return addr + n + 4;
}

void h_bytes(struct harness *h, uint64_t addr, const char *hex)
{
    place_hex(h, addr, hex);
}

int h_run(struct harness *h)
{
    h->cpu.max_insns = h->cpu.insn_count + 1000000;
    return cpu_run(&h->cpu);
}

int h_run_n(struct harness *h, uint64_t n)
{
    h->cpu.max_insns = h->cpu.insn_count + n;
    return cpu_run(&h->cpu);
}

unsigned h_pgm_code(struct harness *h)
{
    if (h->cpu.psw.ia != H_PGM_WAIT_IA)
        return 0;
    return ld_be16(h->mem.bytes + LC_PGM_CODE);
}

int h_ended_normally(struct harness *h)
{
    return (h->cpu.psw.mask & PSW_WAIT) && h->cpu.psw.ia == 0;
}

uint64_t h_ld64(struct harness *h, uint64_t abs) { return ld_be64(h->mem.bytes + abs); }
uint32_t h_ld32(struct harness *h, uint64_t abs) { return ld_be32(h->mem.bytes + abs); }
void h_st64(struct harness *h, uint64_t abs, uint64_t v) { st_be64(h->mem.bytes + abs, v); }
void h_st32(struct harness *h, uint64_t abs, uint32_t v) { st_be32(h->mem.bytes + abs, v); }

int h_main(Suite *s)
{
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
