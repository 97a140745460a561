/* Storage keys (ISKE, SSKE, RRBE, PFMF), key-controlled protection with the fetch-protection
 * bit and the override controls, and low-address protection.  Expected values from the PoP
 * ("Storage Keys", "Key-Controlled Protection", "Low-Address Protection", chapter 10). */
#include <string.h>

#include "harness.h"

#include "dat.h"

#define FRAME 0x30000ULL
#define KEYIDX (FRAME >> 12)

START_TEST(sske_iske_rrbe)
{
    struct harness h;
    h_init(&h);
    h.cpu.gr[1] = 0x36;          /* ACC 3, F 0, R 1, C 1 */
    h.cpu.gr[2] = FRAME + 0x123; /* any byte of the block */
    h.cpu.gr[3] = 0xFFFFFFFFFFFFFF00ULL;
    /* SSKE 1,2; ISKE 3,2; RRBE 0,2 */
    h_code(&h, H_CODE, "B22B0012 B2290032 B22A0002");
    h_run_n(&h, 3);
    ck_assert_uint_eq(h.cpu.gr[3], 0xFFFFFFFFFFFFFF36ULL); /* bits 56-62 replaced, 63 zero */
    ck_assert_uint_eq(h.cpu.cc, 3);                        /* R 1, C 1 before the reset */
    ck_assert_uint_eq(h.mem.keys[KEYIDX], 0x32);          /* R now 0 */
    h_code(&h, H_CODE, "B22A0002");
    cpu_load_psw(&h.cpu, PSW_EA | PSW_BA, H_CODE);
    h_run_n(&h, 1);
    ck_assert_uint_eq(h.cpu.cc, 1); /* R 0, C 1 */
    h_free(&h);
}
END_TEST

START_TEST(conditional_sske)
{
    struct harness h;
    h_init(&h);
    h.mem.keys[KEYIDX] = 0x32;
    h.cpu.gr[1] = 0xAB30; /* ACC 3, F 0: same as the key; R and C masked */
    h.cpu.gr[2] = FRAME;
    h_code(&h, H_CODE, "B22B6012"); /* SSKE 1,2,6 (MR, MC) */
    h_run_n(&h, 1);
    ck_assert_uint_eq(h.cpu.cc, 0);             /* nothing to change */
    ck_assert_uint_eq(h.mem.keys[KEYIDX], 0x32);
    ck_assert_uint_eq(h.cpu.gr[1], 0x3230);     /* old key in bits 48-55 */
    h.cpu.gr[1] = 0x50;
    cpu_load_psw(&h.cpu, PSW_EA | PSW_BA, H_CODE);
    h_run_n(&h, 1);
    ck_assert_uint_eq(h.cpu.cc, 1);
    ck_assert_uint_eq(h.mem.keys[KEYIDX], 0x52); /* ACC 5; R and C kept (0, 1) */
    ck_assert_uint_eq(h.cpu.gr[1], 0x3250);
    h_free(&h);
}
END_TEST

START_TEST(reference_and_change_recording)
{
    struct harness h;
    h_init(&h);
    uint8_t b;
    ck_assert_int_eq(vread8(&h.cpu, FRAME, &b), 0);
    ck_assert_uint_eq(h.mem.keys[KEYIDX], SKEY_R);
    ck_assert_int_eq(vwrite8(&h.cpu, FRAME, 1), 0);
    ck_assert_uint_eq(h.mem.keys[KEYIDX], SKEY_R | SKEY_C);
    /* RRBE resets R; the next access (through a flushed TLB) sets it again */
    h.cpu.gr[2] = FRAME;
    h_code(&h, H_CODE, "B22A0002");
    h_run_n(&h, 1);
    ck_assert_uint_eq(h.mem.keys[KEYIDX], SKEY_C);
    ck_assert_int_eq(vread8(&h.cpu, FRAME, &b), 0);
    ck_assert_uint_eq(h.mem.keys[KEYIDX], SKEY_R | SKEY_C);
    h_free(&h);
}
END_TEST

START_TEST(key_instructions_exceptions)
{
    struct harness h;
    h_init(&h);
    h.cpu.gr[2] = 0x200000; /* beyond the 1 MiB of storage */
    h_code(&h, H_CODE, "B2290012"); /* ISKE 1,2 */
    h_run(&h);
    ck_assert_uint_eq(h_pgm_code(&h), PGM_ADDRESSING);
    ck_assert_uint_eq(h_ld64(&h, LC_PGM_OLD + 8), H_CODE + 4);
    h_free(&h);

    h_init(&h);
    cpu_load_psw(&h.cpu, PSW_EA | PSW_BA | PSW_PROBLEM, H_CODE);
    h_code(&h, H_CODE, "B22B0012"); /* SSKE in the problem state */
    h_run(&h);
    ck_assert_uint_eq(h_pgm_code(&h), PGM_PRIVILEGED);
    h_free(&h);
}
END_TEST

START_TEST(key_controlled_protection)
{
    struct harness h;
    h_init(&h);
    uint8_t b;
    h.mem.keys[KEYIDX] = 0x30;
    cpu_load_psw(&h.cpu, PSW_EA | PSW_BA | (2ULL << PSW_KEY_SHIFT), H_CODE);
    /* key 2 against storage key 3: store protected, fetch allowed while F is zero */
    ck_assert_int_eq(vread8(&h.cpu, FRAME, &b), 0);
    ck_assert_int_eq(vwrite8(&h.cpu, FRAME, 1), PGM_PROTECTION);
    ck_assert_uint_eq(h.cpu.teid & 0xFFFFFFFFFFFFF000ULL, FRAME);
    ck_assert_uint_eq(h.cpu.teid & (TEID_LAP | TEID_KEY | TEID_DAT), TEID_KEY);
    ck_assert_uint_eq(h.mem.bytes[FRAME], 0);
    /* with F on, fetches are protected too */
    h.mem.keys[KEYIDX] = 0x38;
    tlb_flush(&h.cpu);
    ck_assert_int_eq(vread8(&h.cpu, FRAME, &b), PGM_PROTECTION);
    /* matching key: both allowed, and key 0 matches everything */
    h.mem.keys[KEYIDX] = 0x28;
    tlb_flush(&h.cpu);
    ck_assert_int_eq(vwrite8(&h.cpu, FRAME, 1), 0);
    cpu_load_psw(&h.cpu, PSW_EA | PSW_BA, H_CODE);
    h.mem.keys[KEYIDX] = 0x98;
    ck_assert_int_eq(vwrite8(&h.cpu, FRAME, 2), 0);
    /* storage-protection override (CR0 bit 39): key 9 storage is open to every key */
    cpu_load_psw(&h.cpu, PSW_EA | PSW_BA | (2ULL << PSW_KEY_SHIFT), H_CODE);
    ck_assert_int_eq(vwrite8(&h.cpu, FRAME, 3), PGM_PROTECTION);
    h.cpu.cr[0] |= 1ULL << (63 - 39);
    ck_assert_int_eq(vwrite8(&h.cpu, FRAME, 3), 0);
    h_free(&h);
}
END_TEST

START_TEST(fetch_protection_override)
{
    struct harness h;
    h_init(&h);
    uint8_t b;
    h.mem.keys[0] = 0x08; /* key 0, fetch protected */
    cpu_load_psw(&h.cpu, PSW_EA | PSW_BA | (2ULL << PSW_KEY_SHIFT), H_CODE);
    ck_assert_int_eq(vread8(&h.cpu, 0x100, &b), PGM_PROTECTION);
    h.cpu.cr[0] |= 1ULL << (63 - 38);
    /* bytes 0-2047 may be fetched; 2048 on still may not (byte exact, not per page) */
    ck_assert_int_eq(vread8(&h.cpu, 0x100, &b), 0);
    ck_assert_int_eq(vread8(&h.cpu, 0x7FF, &b), 0);
    ck_assert_int_eq(vread8(&h.cpu, 0x800, &b), PGM_PROTECTION);
    uint16_t hw;
    ck_assert_int_eq(vread16(&h.cpu, 0x7FF, &hw), PGM_PROTECTION);
    h_free(&h);
}
END_TEST

START_TEST(fetch_override_does_not_open_the_page_to_instruction_fetch)
{
    /* instructions at 0x7FC and 0x7FE may be fetched by the override; the one at 0x800 may
     * not: a protection exception for the fetch, old PSW at 0x800 (nothing executed there) */
    struct harness h;
    h_init(&h);
    h_bytes(&h, 0x7FC, "0700 0700 0700 0700");
    h.mem.keys[0] = 0x08; /* key 0, fetch protected */
    h.cpu.cr[0] |= 1ULL << (63 - 38);
    cpu_load_psw(&h.cpu, PSW_EA | PSW_BA | (2ULL << PSW_KEY_SHIFT), 0x7FC);
    h_run(&h);
    ck_assert_uint_eq(h_pgm_code(&h), PGM_PROTECTION);
    ck_assert_uint_eq(h_ld64(&h, LC_PGM_OLD + 8), 0x800);
    h_free(&h);
}
END_TEST

START_TEST(low_address_protection)
{
    struct harness h;
    h_init(&h);
    h.cpu.cr[0] |= 1ULL << (63 - 35);
    /* 0-511 and 4096-4607 are protected, byte for byte */
    ck_assert_int_eq(vwrite8(&h.cpu, 0x200, 1), 0);
    ck_assert_int_eq(vwrite8(&h.cpu, 0x1FF, 1), PGM_PROTECTION);
    ck_assert_uint_eq(h.cpu.teid & (TEID_LAP | TEID_KEY | TEID_DAT), TEID_LAP);
    ck_assert_int_eq(vwrite8(&h.cpu, 0xFFF, 1), 0);
    ck_assert_int_eq(vwrite8(&h.cpu, 0x1000, 1), PGM_PROTECTION);
    ck_assert_int_eq(vwrite8(&h.cpu, 0x11FF, 1), PGM_PROTECTION);
    ck_assert_int_eq(vwrite8(&h.cpu, 0x1200, 1), 0);
    ck_assert_int_eq(vwrite16(&h.cpu, 0x1FF, 0x0101), PGM_PROTECTION); /* straddles 511/512 */
    ck_assert_uint_eq(h.mem.bytes[0x200], 1);                          /* nothing stored */
    /* fetches are never low-address protected */
    uint8_t b;
    ck_assert_int_eq(vread8(&h.cpu, 0x100, &b), 0);

    /* as a program: STCTG of 8 bytes at 0x1F8 is protected (suppressed), at 0x200 it is not */
    h.cpu.gr[1] = 0x1F8;
    h.cpu.gr[2] = 0x200;
    h_code(&h, H_CODE, "EB992000 0025 EB991000 0025"); /* STCTG 9,9,0(2); STCTG 9,9,0(1) */
    h_run(&h);
    ck_assert_uint_eq(h_pgm_code(&h), PGM_PROTECTION);
    ck_assert_uint_eq(h_ld64(&h, LC_PGM_OLD + 8), H_CODE + 12);
    h_free(&h);
}
END_TEST

START_TEST(pfmf_sets_keys_and_clears)
{
    struct harness h;
    h_init(&h);
    h.mem.bytes[FRAME + 5] = 0xEE;
    /* R1: SK (bit 46), CF (bit 47), FSC 0, key 0x50 */
    h.cpu.gr[1] = 0x20000 | 0x10000 | 0x50;
    h.cpu.gr[2] = FRAME;
    h_code(&h, H_CODE, "B9AF0012"); /* PFMF 1,2 */
    h_run_n(&h, 1);
    ck_assert_uint_eq(h.mem.keys[KEYIDX], 0x50);
    ck_assert_uint_eq(h.mem.bytes[FRAME + 5], 0);
    /* FSC 1: every 4 KiB block up to the next 1 MiB boundary; R2 left at that boundary */
    h.cpu.gr[1] = 0x20000 | 0x1000 | 0x60;
    h.cpu.gr[2] = 0xFE000;
    cpu_load_psw(&h.cpu, PSW_EA | PSW_BA, H_CODE);
    h_run_n(&h, 1);
    ck_assert_uint_eq(h.mem.keys[0xFE], 0x60);
    ck_assert_uint_eq(h.mem.keys[0xFF], 0x60);
    ck_assert_uint_eq(h.mem.keys[0xFD], 0);
    ck_assert_uint_eq(h.cpu.gr[2], 0x100000);
    /* a reserved bit: specification */
    h.cpu.gr[1] = 1;
    cpu_load_psw(&h.cpu, PSW_EA | PSW_BA, H_CODE);
    h_run(&h);
    ck_assert_uint_eq(h_pgm_code(&h), PGM_SPECIFICATION);
    h_free(&h);
}
END_TEST

START_TEST(test_block_clears)
{
    struct harness h;
    h_init(&h);
    memset(h.mem.bytes + 0x5000, 0x77, PAGE_SIZE);
    h.cpu.gr[0] = 0x1234;
    h.cpu.gr[2] = 0x5ABC; /* any address in the block */
    h.cpu.cc = 2;
    h_code(&h, H_CODE, "B22C0002"); /* TB 0,2 */
    h_run_n(&h, 1);
    ck_assert_uint_eq(h.cpu.cc, 0);
    ck_assert_uint_eq(h.cpu.gr[0], 0);
    ck_assert_uint_eq(h.mem.bytes[0x5000], 0);
    ck_assert_uint_eq(h.mem.bytes[0x5FFF], 0);
    /* block 0 under low-address protection */
    h.cpu.cr[0] |= 1ULL << (63 - 35);
    h.cpu.gr[2] = 0;
    cpu_load_psw(&h.cpu, PSW_EA | PSW_BA, H_CODE);
    h_run(&h);
    ck_assert_uint_eq(h_pgm_code(&h), PGM_PROTECTION);
    h_free(&h);
}
END_TEST

START_TEST(compare_and_swap_and_purge)
{
    struct harness h;
    h_init(&h);
    uint8_t b;
    h_st32(&h, 0x6000, 5);
    h.cpu.gr[2] = 5;          /* compare value */
    h.cpu.gr[3] = 9;          /* replacement */
    h.cpu.gr[4] = 0x6000 | 1; /* bit 63: purge the TLBs */
    ck_assert_int_eq(vread8(&h.cpu, 0x7000, &b), 0); /* something cached */
    uint32_t gen = atomic_load(&h.mem.tlb_gen);
    h_code(&h, H_CODE, "B2500024"); /* CSP 2,4 */
    h_run_n(&h, 1);
    ck_assert_uint_eq(h.cpu.cc, 0);
    ck_assert_uint_eq(h_ld32(&h, 0x6000), 9);
    ck_assert_uint_ne(atomic_load(&h.mem.tlb_gen), gen);
    /* unequal: CC 1, the operand replaces bits 32-63 of R1 */
    h.cpu.gr[2] = 0xFFFFFFFF00000005ULL;
    cpu_load_psw(&h.cpu, PSW_EA | PSW_BA, H_CODE);
    h_run_n(&h, 1);
    ck_assert_uint_eq(h.cpu.cc, 1);
    ck_assert_uint_eq(h.cpu.gr[2], 0xFFFFFFFF00000009ULL);
    /* R1 odd: specification */
    h_code(&h, H_CODE, "B2500034");
    cpu_load_psw(&h.cpu, PSW_EA | PSW_BA, H_CODE);
    h_run(&h);
    ck_assert_uint_eq(h_pgm_code(&h), PGM_SPECIFICATION);
    h_free(&h);
}
END_TEST

START_TEST(key_change_reaches_other_cpus)
{
    struct harness h;
    h_init(&h);
    struct cpu other;
    ck_assert_int_eq(cpu_init(&other, &h.mem, 1), 0);
    other.stopped = false;
    cpu_load_psw(&other, PSW_EA | PSW_BA | (2ULL << PSW_KEY_SHIFT), 0x8000);
    tlb_sync(&other);
    h.mem.keys[KEYIDX] = 0x20;
    ck_assert_int_eq(vwrite8(&other, FRAME, 1), 0); /* the other CPU caches a store right */
    /* this CPU changes the key to 3 with SSKE */
    h.cpu.gr[1] = 0x30;
    h.cpu.gr[2] = FRAME;
    h_code(&h, H_CODE, "B22B0012");
    h_run_n(&h, 1);
    /* at its next slice boundary the other CPU flushes, and the store is protected */
    tlb_sync(&other);
    ck_assert_int_eq(vwrite8(&other, FRAME, 2), PGM_PROTECTION);
    ck_assert_uint_eq(h.mem.bytes[FRAME], 1);
    cpu_destroy(&other);
    h_free(&h);
}
END_TEST

static Suite *make_suite(void)
{
    Suite *s = suite_create("keys");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, sske_iske_rrbe);
    tcase_add_test(tc, conditional_sske);
    tcase_add_test(tc, reference_and_change_recording);
    tcase_add_test(tc, key_instructions_exceptions);
    tcase_add_test(tc, key_controlled_protection);
    tcase_add_test(tc, fetch_protection_override);
    tcase_add_test(tc, fetch_override_does_not_open_the_page_to_instruction_fetch);
    tcase_add_test(tc, low_address_protection);
    tcase_add_test(tc, pfmf_sets_keys_and_clears);
    tcase_add_test(tc, key_change_reaches_other_cpus);
    tcase_add_test(tc, test_block_clears);
    tcase_add_test(tc, compare_and_swap_and_purge);
    suite_add_tcase(s, tc);
    return s;
}

int main(void) { return h_main(make_suite()); }
