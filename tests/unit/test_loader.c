/* Image loading: ELF program headers, bss, flat images and the IPL PSW conversion, the
 * command line, and every rejection (with storage left untouched).  Expected PSWs are worked
 * out by hand from the PoP's ESA/390 and z/Architecture PSW formats. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "loader.h"

#define STORE (1u << 20)

static struct storage mem;

static void setup(void)
{
    ck_assert_int_eq(storage_init(&mem, STORE), 0);
    memset(mem.bytes, 0xFF, STORE);
}

static void teardown(void)
{
    storage_free(&mem);
}

static void be16(uint8_t *p, uint16_t v) { st_be16(p, v); }
static void be32(uint8_t *p, uint32_t v) { st_be32(p, v); }
static void be64(uint8_t *p, uint64_t v) { st_be64(p, v); }

/* A 64-bit big-endian s390 ELF with nph program headers at 64; segment data at 0x200. */
static size_t make_elf(uint8_t *b, uint64_t entry, unsigned nph)
{
    memset(b, 0, 0x400);
    memcpy(b, "\x7F" "ELF", 4);
    b[4] = 2; /* ELFCLASS64 */
    b[5] = 2; /* ELFDATA2MSB */
    b[6] = 1;
    be16(b + 16, 2);  /* ET_EXEC */
    be16(b + 18, 22); /* EM_S390 */
    be32(b + 20, 1);
    be64(b + 24, entry);
    be64(b + 32, 64);
    be16(b + 52, 64);
    be16(b + 54, 56);
    be16(b + 56, (uint16_t)nph);
    return 0x400;
}

static void make_ph(uint8_t *b, unsigned i, uint32_t type, uint64_t off, uint64_t paddr, uint64_t filesz,
                    uint64_t memsz)
{
    uint8_t *ph = b + 64 + 56 * i;
    be32(ph, type);
    be64(ph + 8, off);
    be64(ph + 16, paddr ^ 0xABC000); /* p_vaddr differs: the loader must use p_paddr */
    be64(ph + 24, paddr);
    be64(ph + 32, filesz);
    be64(ph + 40, memsz);
}

static bool untouched(void)
{
    for (size_t i = 0; i < STORE; i++)
        if (mem.bytes[i] != 0xFF)
            return false;
    return true;
}

START_TEST(elf_segments_and_bss)
{
    uint8_t b[0x400];
    size_t n = make_elf(b, 0x2004, 3);
    make_ph(b, 0, 1, 0x200, 0x2000, 8, 0x100);  /* PT_LOAD with bss */
    make_ph(b, 1, 4, 0x300, 0x9000, 16, 16);    /* PT_NOTE: ignored */
    make_ph(b, 2, 1, 0x208, 0x3000, 4, 4);      /* second PT_LOAD */
    memcpy(b + 0x200, "\x01\x02\x03\x04\x05\x06\x07\x08\xAA\xBB\xCC\xDD", 12);
    struct load_result r;
    char err[200];
    ck_assert_int_eq(load_image(&mem, b, n, &r, err, sizeof err), 0);
    ck_assert(r.elf);
    ck_assert_uint_eq(r.psw_mask, 0x0000000180000000ULL); /* EA + BA, no interruptions */
    ck_assert_uint_eq(r.psw_ia, 0x2004);
    ck_assert_mem_eq(mem.bytes + 0x2000, "\x01\x02\x03\x04\x05\x06\x07\x08", 8);
    for (unsigned i = 8; i < 0x100; i++)
        ck_assert_uint_eq(mem.bytes[0x2000 + i], 0); /* bss zeroed */
    ck_assert_uint_eq(mem.bytes[0x2100], 0xFF);     /* nothing past p_memsz */
    ck_assert_uint_eq(mem.bytes[0x1FFF], 0xFF);
    ck_assert_mem_eq(mem.bytes + 0x3000, "\xAA\xBB\xCC\xDD", 4);
    ck_assert_uint_eq(mem.bytes[0x9000], 0xFF); /* the note was not loaded */
}
END_TEST

static void expect_error(const uint8_t *b, size_t n, const char *code)
{
    struct load_result r;
    char err[200] = "";
    ck_assert_int_eq(load_image(&mem, b, n, &r, err, sizeof err), -1);
    ck_assert_msg(!strncmp(err, code, strlen(code)), "got '%s', want %s", err, code);
    ck_assert_msg(untouched(), "storage changed by a rejected image (%s)", err);
}

START_TEST(elf_rejections)
{
    uint8_t b[0x400];
    size_t n = make_elf(b, 0x2000, 1);
    make_ph(b, 0, 1, 0x200, 0x2000, 8, 8);
    expect_error(b, 40, "E023");         /* shorter than the file header */
    expect_error(b, 64 + 30, "E023");    /* program header table cut */
    b[4] = 1;
    expect_error(b, n, "E024");          /* 32-bit */
    b[4] = 2;
    b[5] = 1;
    expect_error(b, n, "E024");          /* little-endian */
    b[5] = 2;
    be16(b + 18, 62);
    expect_error(b, n, "E024");          /* x86-64 */
    be16(b + 18, 22);
    be16(b + 16, 1);
    expect_error(b, n, "E023");          /* ET_REL */
    be16(b + 16, 2);
    be16(b + 54, 32);
    expect_error(b, n, "E023");          /* program header size too small */
    be16(b + 54, 56);
    be16(b + 56, 0);
    expect_error(b, n, "E023");          /* no program headers */
    be16(b + 56, 1);
    make_ph(b, 0, 1, 0x200, 0x2000, 16, 8);
    expect_error(b, n, "E023");          /* filesz > memsz */
    make_ph(b, 0, 1, 0x3F0, 0x2000, 0x20, 0x20);
    expect_error(b, n, "E023");          /* segment data past the end of the file */
    make_ph(b, 0, 1, UINT64_MAX - 4, 0x2000, 8, 8);
    expect_error(b, n, "E023");          /* offset overflow */
    make_ph(b, 0, 1, 0x200, STORE - 4, 8, 8);
    expect_error(b, n, "E025");          /* runs past the end of storage */
    make_ph(b, 0, 1, 0x200, UINT64_MAX - 2, 0, 8);
    expect_error(b, n, "E025");          /* address wraps */
    make_ph(b, 0, 4, 0x200, 0x2000, 8, 8);
    expect_error(b, n, "E023");          /* no PT_LOAD at all */
    /* two segments, the second outside: the first must not have been stored either */
    make_elf(b, 0x2000, 2);
    make_ph(b, 0, 1, 0x200, 0x2000, 8, 8);
    make_ph(b, 1, 1, 0x200, STORE, 8, 8);
    expect_error(b, n, "E025");
}
END_TEST

START_TEST(flat_image_and_ipl_psw)
{
    uint8_t b[0x400] = {0};
    /* ESA/390 IPL PSW 00080000 80000200: bit 12 (required), 31-bit mode, address 0x200 */
    memcpy(b, "\x00\x08\x00\x00\x80\x00\x02\x00", 8);
    b[0x200] = 0x07;
    struct load_result r;
    char err[200];
    ck_assert_int_eq(load_image(&mem, b, sizeof b, &r, err, sizeof err), 0);
    ck_assert(!r.elf);
    ck_assert_uint_eq(r.psw_mask, PSW_BA);
    ck_assert_uint_eq(r.psw_ia, 0x200);
    ck_assert_mem_eq(mem.bytes, b, sizeof b);
    ck_assert_uint_eq(mem.bytes[sizeof b], 0xFF);
    ck_assert(psw_is_valid(r.psw_mask, r.psw_ia));

    uint64_t m, ia;
    /* 070E0000 80001234: DAT, I/O, EXT, bit 12, machine check, wait; 31-bit */
    psw_from_esa390(0x070E000080001234ULL, &m, &ia);
    ck_assert_uint_eq(m, 0x0706000080000000ULL);
    ck_assert_uint_eq(ia, 0x1234);
    /* bit 12 zero is invalid in ESA/390, and must stay invalid */
    psw_from_esa390(0x0000000000000200ULL, &m, &ia);
    ck_assert(!psw_is_valid(m, ia));
    /* 24-bit mode with an address above 16 MiB: invalid as in ESA/390 */
    psw_from_esa390(0x0008000001000000ULL, &m, &ia);
    ck_assert_uint_eq(m, 0);
    ck_assert(!psw_is_valid(m, ia));
}
END_TEST

START_TEST(flat_rejections)
{
    uint8_t b[16] = {0, 8};
    expect_error(b, 7, "E027");
    expect_error(b, 0, "E027");
    uint8_t *big = calloc(1, STORE + 1);
    expect_error(big, STORE + 1, "E022");
    free(big);
}
END_TEST

START_TEST(file_errors_and_cmdline)
{
    struct load_result r;
    char err[200];
    ck_assert_int_eq(load_image_file(&mem, "/nonexistent/zsie-image", &r, err, sizeof err), -1);
    ck_assert(!strncmp(err, "E020", 4));
    ck_assert_int_eq(load_cmdline(&mem, "console=ttyS0", err, sizeof err), 0);
    ck_assert_mem_eq(mem.bytes + 0x10480, "console=ttyS0\0", 14);
    char longer[1000];
    memset(longer, 'x', sizeof longer - 1);
    longer[sizeof longer - 1] = 0;
    ck_assert_int_eq(load_cmdline(&mem, longer, err, sizeof err), -1);
    ck_assert(!strncmp(err, "E017", 4));
    longer[895] = 0; /* 895 characters and the NUL: the largest that fits */
    ck_assert_int_eq(load_cmdline(&mem, longer, err, sizeof err), 0);
    ck_assert_uint_eq(mem.bytes[0x10480 + 895], 0);
}
END_TEST

static Suite *make_suite(void)
{
    Suite *s = suite_create("loader");
    TCase *tc = tcase_create("core");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, elf_segments_and_bss);
    tcase_add_test(tc, elf_rejections);
    tcase_add_test(tc, flat_image_and_ipl_psw);
    tcase_add_test(tc, flat_rejections);
    tcase_add_test(tc, file_errors_and_cmdline);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return h_main(make_suite());
}
