/* Dynamic address translation: table walk, translation exceptions with their TEID and
 * nullification, DAT protection, EDAT-1 frames, LRA and TPROT.  Expected values are worked
 * out from the PoP's table formats (chapter 3) and instruction descriptions (chapter 10). */
#include <string.h>

#include "harness.h"

#include "dat.h"

#define STO 0x10000ULL  /* segment table: 512 entries (TL 0) */
#define PTO 0x14000ULL  /* page table for segment 0 */
#define R3TO 0x18000ULL /* a region-third table for the region tests */
#define FRAME 0x50000ULL

#define INVALID_STE 0x20ULL /* bit 58 */
#define INVALID_PTE 0x400ULL /* bit 53 */

/* Segment 0 maps pages 0-3 to themselves (lowcore, code), page 0x10 to FRAME, page 0x11 is
 * invalid, page 0x12 maps to FRAME + 0x2000 with the page-protection bit (54); segment 1 is
 * invalid.  ASCE in CR1: segment-table designation (DT 00), TL 0. */
static void dat_setup(struct harness *h)
{
    h_init(h);
    for (unsigned i = 0; i < 512; i++)
        h_st64(h, STO + 8 * i, INVALID_STE);
    h_st64(h, STO, PTO);
    for (unsigned i = 0; i < 256; i++)
        h_st64(h, PTO + 8 * i, INVALID_PTE);
    for (unsigned i = 0; i < 4; i++)
        h_st64(h, PTO + 8 * i, 0x1000ULL * i);
    h_st64(h, PTO + 8 * 0x10, FRAME);
    h_st64(h, PTO + 8 * 0x12, (FRAME + 0x2000) | 0x200);
    h->cpu.cr[1] = STO;
    cpu_load_psw(&h->cpu, PSW_DAT | PSW_EA | PSW_BA, H_CODE);
}

/* LCTLG 9,9,0(1): a privileged 8-byte fetch that is ours to use */
#define LCTLG_9_0_1 "EB991000002F"
/* STCTG 9,9,0(1): an 8-byte store */
#define STCTG_9_0_1 "EB9910000025"

START_TEST(translated_fetch_and_store)
{
    struct harness h;
    dat_setup(&h);
    h_st64(&h, FRAME + 8, 0x1122334455667788ULL);
    h.cpu.gr[1] = 0x10008;
    h.cpu.gr[2] = 0x10010;
    h.cpu.cr[9] = 0;
    /* LCTLG 9,9,0(1); STCTG 9,9,0(2) */
    h_code(&h, H_CODE, LCTLG_9_0_1 "EB992000 0025");
    ck_assert_int_eq(h_run(&h), EXEC_WAIT);
    ck_assert(h_ended_normally(&h));
    ck_assert_uint_eq(h.cpu.cr[9], 0x1122334455667788ULL);
    /* virtual 0x10010 is absolute FRAME + 0x10; real 0x10010 is the segment table (entry 2) */
    ck_assert_uint_eq(h_ld64(&h, FRAME + 0x10), 0x1122334455667788ULL);
    ck_assert_uint_eq(h_ld64(&h, 0x10010), INVALID_STE);
    h_free(&h);
}
END_TEST

START_TEST(page_translation_nullifies_with_teid)
{
    struct harness h;
    dat_setup(&h);
    h.cpu.gr[1] = 0x11238;
    h_code(&h, H_CODE, LCTLG_9_0_1);
    h_run(&h);
    ck_assert_uint_eq(h_pgm_code(&h), PGM_PAGE_TRANSLATION);
    /* nullified: the old PSW points at the instruction; ILC 3 (6 bytes) */
    ck_assert_uint_eq(h_ld64(&h, LC_PGM_OLD + 8), H_CODE);
    ck_assert_uint_eq(h_ld32(&h, LC_PGM_ILC) >> 16, 6);
    /* TEID: bits 0-51 the page address, 52-53 = 10 (fetch), 62-63 = 00 (primary) */
    ck_assert_uint_eq(h_ld64(&h, LC_TEID), 0x11000ULL | 0x800);
    h_free(&h);
}
END_TEST

START_TEST(segment_translation_and_store_indication)
{
    struct harness h;
    dat_setup(&h);
    h.cpu.gr[1] = 0x100000; /* segment 1: invalid */
    h_code(&h, H_CODE, STCTG_9_0_1);
    h_run(&h);
    ck_assert_uint_eq(h_pgm_code(&h), PGM_SEGMENT_TRANSLATION);
    ck_assert_uint_eq(h_ld64(&h, LC_PGM_OLD + 8), H_CODE);
    /* bits 52-53 = 01: a store */
    ck_assert_uint_eq(h_ld64(&h, LC_TEID), 0x100000ULL | 0x400);
    h_free(&h);
}
END_TEST

START_TEST(table_length_and_asce_type)
{
    struct harness h;
    dat_setup(&h);
    uint64_t v;
    /* SX = 0x200: its leftmost two bits (1) exceed TL 0 -> segment translation */
    ck_assert_int_eq(vread64(&h.cpu, 0x20000000, &v), PGM_SEGMENT_TRANSLATION);
    /* a segment-table designation covers 2 GiB: bits 0-32 must be zero */
    ck_assert_int_eq(vread64(&h.cpu, 0x80000000ULL, &v), PGM_ASCE_TYPE);
    ck_assert_uint_eq(h.cpu.teid, 0x80000000ULL | 0x800);
    /* secondary space (PSW bits 16-17 = 10) uses CR7 and reports ASCE id 10 */
    h.cpu.cr[7] = STO;
    cpu_load_psw(&h.cpu, PSW_DAT | PSW_EA | PSW_BA | (2ULL << PSW_ASC_SHIFT), H_CODE);
    ck_assert_int_eq(vread64(&h.cpu, 0x11000, &v), PGM_PAGE_TRANSLATION);
    ck_assert_uint_eq(h.cpu.teid, 0x11000ULL | 0x800 | 2);
    h_free(&h);
}
END_TEST

START_TEST(region_third_table)
{
    struct harness h;
    dat_setup(&h);
    /* region-third entries: TT 01 (bits 60-61 -> 0x4), TF 0, TL 0; entry 1 invalid */
    for (unsigned i = 0; i < 512; i++)
        h_st64(&h, R3TO + 8 * i, 0x20 | 0x4);
    h_st64(&h, R3TO, STO | 0x4);
    h.cpu.cr[1] = R3TO | 0x4; /* DT 01: region-third table, TL 0 */
    tlb_flush(&h.cpu);
    h_st64(&h, FRAME + 8, 42);
    uint64_t v = 0;
    ck_assert_int_eq(vread64(&h.cpu, 0x10008, &v), 0);
    ck_assert_uint_eq(v, 42);
    /* RTX = 1 (address 2 GiB): invalid entry */
    ck_assert_int_eq(vread64(&h.cpu, 0x80000000ULL, &v), PGM_REGION_THIRD_TRANS);
    /* RFX/RSX nonzero under a region-third designation */
    ck_assert_int_eq(vread64(&h.cpu, 1ULL << 42, &v), PGM_ASCE_TYPE);
    /* wrong table type in the entry: translation specification */
    h_st64(&h, R3TO, STO | 0x8);
    tlb_flush(&h.cpu); /* the TLB may keep the old translation until purged (PoP) */
    ck_assert_int_eq(vread64(&h.cpu, 0x10008, &v), PGM_TRANSLATION_SPEC);
    h_free(&h);
}
END_TEST

START_TEST(dat_protection_suppresses)
{
    struct harness h;
    dat_setup(&h);
    h.cpu.gr[1] = 0x12008;
    h_st64(&h, FRAME + 0x2008, 7);
    /* fetch is allowed, store is not */
    h_code(&h, H_CODE, LCTLG_9_0_1 STCTG_9_0_1);
    h_run(&h);
    ck_assert_uint_eq(h.cpu.cr[9], 7);
    ck_assert_uint_eq(h_pgm_code(&h), PGM_PROTECTION);
    /* suppression: old PSW past the STCTG, ILC 6 */
    ck_assert_uint_eq(h_ld64(&h, LC_PGM_OLD + 8), H_CODE + 12);
    ck_assert_uint_eq(h_ld32(&h, LC_PGM_ILC) >> 16, 6);
    /* TEID: page address, store (01), bit 61 (DAT protection), primary */
    ck_assert_uint_eq(h_ld64(&h, LC_TEID), 0x12000ULL | 0x400 | 0x4);
    h_free(&h);

    /* the segment-protection bit (54) protects every page of the segment */
    dat_setup(&h);
    h_st64(&h, STO, PTO | 0x200);
    ck_assert_int_eq(vwrite8(&h.cpu, 0x10000, 1), PGM_PROTECTION);
    h_free(&h);
}
END_TEST

START_TEST(translation_specification)
{
    struct harness h;
    dat_setup(&h);
    uint64_t v;
    h_st64(&h, PTO + 8 * 0x10, FRAME | 0x800); /* PTE bit 52 must be zero */
    ck_assert_int_eq(vread64(&h.cpu, 0x10000, &v), PGM_TRANSLATION_SPEC);
    h_st64(&h, PTO + 8 * 0x10, FRAME);
    h_st64(&h, STO, PTO | 0x4); /* segment entry with table type 01 */
    tlb_flush(&h.cpu);
    ck_assert_int_eq(vread64(&h.cpu, 0x10000, &v), PGM_TRANSLATION_SPEC);
    h_free(&h);
}
END_TEST

START_TEST(edat1_segment_frame)
{
    struct harness h;
    dat_setup(&h);
    h.cpu.cr[0] |= 1ULL << (63 - 40); /* EDAT-1 control */
    /* segment 2 (0x200000): FC (bit 53) with frame absolute address 0x80000... must be 1 MiB
     * aligned: use 0x00000 + FC so that virtual 0x200000 + x is absolute x */
    h_st64(&h, STO + 16, 0x400);
    h_st64(&h, 0x3010, 99);
    uint64_t v = 0;
    ck_assert_int_eq(vread64(&h.cpu, 0x203010, &v), 0);
    ck_assert_uint_eq(v, 99);
    /* the frame address is absolute: real page 0 through prefixing would differ */
    h.cpu.prefix = 0x40000;
    tlb_flush(&h.cpu);
    h_st64(&h, 0x10, 5);
    h_st64(&h, 0x40010, 6);
    ck_assert_int_eq(vread64(&h.cpu, 0x200010, &v), 0);
    ck_assert_uint_eq(v, 5);
    h_free(&h);
}
END_TEST

START_TEST(lra_condition_codes)
{
    struct harness h;
    dat_setup(&h);
    h.cpu.gr[2] = 0xAAAAAAAA00000000ULL;
    h.cpu.gr[1] = 0x10008;
    h_code(&h, H_CODE, "E3201000 0003"); /* LRAG 2,0(1) */
    h_run_n(&h, 1);
    ck_assert_uint_eq(h.cpu.cc, 0);
    ck_assert_uint_eq(h.cpu.gr[2], FRAME + 8);

    /* CC 2: page-table entry invalid, its real address in R2 */
    h.cpu.gr[1] = 0x11000;
    cpu_load_psw(&h.cpu, PSW_DAT | PSW_EA | PSW_BA, H_CODE);
    h_run_n(&h, 1);
    ck_assert_uint_eq(h.cpu.cc, 2);
    ck_assert_uint_eq(h.cpu.gr[2], PTO + 8 * 0x11);

    /* CC 1: segment-table entry invalid */
    h.cpu.gr[1] = 0x100000;
    cpu_load_psw(&h.cpu, PSW_DAT | PSW_EA | PSW_BA, H_CODE);
    h_run_n(&h, 1);
    ck_assert_uint_eq(h.cpu.cc, 1);
    ck_assert_uint_eq(h.cpu.gr[2], STO + 8);

    /* CC 3: ASCE-type; bit 32 set, code in bits 48-63, bits 0-31 kept */
    h.cpu.gr[2] = 0x1234567800000000ULL;
    h.cpu.gr[1] = 0x80000000ULL;
    cpu_load_psw(&h.cpu, PSW_DAT | PSW_EA | PSW_BA, H_CODE);
    h_run_n(&h, 1);
    ck_assert_uint_eq(h.cpu.cc, 3);
    ck_assert_uint_eq(h.cpu.gr[2], 0x1234567880000038ULL);

    /* LRA (32-bit result) translates with DAT off in the PSW too; bits 0-31 of R2 kept */
    h.cpu.gr[2] = 0xFFFFFFFF00000000ULL;
    h.cpu.gr[1] = 0x10008;
    cpu_load_psw(&h.cpu, PSW_EA | PSW_BA, H_CODE);
    h_code(&h, H_CODE, "B1201000"); /* LRA 2,0(1) */
    h_run_n(&h, 1);
    ck_assert_uint_eq(h.cpu.cc, 0);
    ck_assert_uint_eq(h.cpu.gr[2], 0xFFFFFFFF00000000ULL | (FRAME + 8));
    h_free(&h);
}
END_TEST

START_TEST(tprot_condition_codes)
{
    struct harness h;
    h_init(&h);
    h.mem.keys[0x30] = 0x30; /* key 3, no fetch protection */
    h.cpu.gr[1] = 0x30000;
    /* TPROT 0(1),X'k0': access key k */
    static const struct { const char *text; unsigned cc; } cases[] = {
        {"E5011000 0030", 0}, /* matching key: fetch and store */
        {"E5011000 0040", 1}, /* other key, F = 0: fetch only */
        {"E5011000 0000", 0}, /* key 0 matches everything */
    };
    for (unsigned i = 0; i < 3; i++) {
        cpu_load_psw(&h.cpu, PSW_EA | PSW_BA, H_CODE);
        h_code(&h, H_CODE, cases[i].text);
        h_run_n(&h, 1);
        ck_assert_msg(h.cpu.cc == cases[i].cc, "case %u: cc %u", i, h.cpu.cc);
    }
    h.mem.keys[0x30] = 0x38; /* fetch protected */
    cpu_load_psw(&h.cpu, PSW_EA | PSW_BA, H_CODE);
    h_code(&h, H_CODE, "E5011000 0040");
    h_run_n(&h, 1);
    ck_assert_uint_eq(h.cpu.cc, 2);
    /* beyond storage: addressing exception, not a CC */
    h.cpu.gr[1] = 0x200000;
    cpu_load_psw(&h.cpu, PSW_EA | PSW_BA, H_CODE);
    h_run(&h);
    ck_assert_uint_eq(h_pgm_code(&h), PGM_ADDRESSING);
    h_free(&h);

    /* with DAT: a page-protected page gives CC 1, an invalid one CC 3 */
    dat_setup(&h);
    h.cpu.gr[1] = 0x12000;
    h_code(&h, H_CODE, "E5011000 0000");
    h_run_n(&h, 1);
    ck_assert_uint_eq(h.cpu.cc, 1);
    h.cpu.gr[1] = 0x11000;
    cpu_load_psw(&h.cpu, PSW_DAT | PSW_EA | PSW_BA, H_CODE);
    h_run_n(&h, 1);
    ck_assert_uint_eq(h.cpu.cc, 3);
    h_free(&h);
}
END_TEST

START_TEST(ipte_invalidates_and_flushes)
{
    struct harness h;
    dat_setup(&h);
    uint64_t v;
    ck_assert_int_eq(vread64(&h.cpu, 0x10000, &v), 0); /* now cached in the TLB */
    h.cpu.gr[1] = PTO;
    h.cpu.gr[2] = 0x10000;
    h_code(&h, H_CODE, "B2210012"); /* IPTE 1,2 */
    h_run_n(&h, 1);
    ck_assert_uint_eq(h_ld64(&h, PTO + 8 * 0x10), FRAME | INVALID_PTE);
    ck_assert_int_eq(vread64(&h.cpu, 0x10000, &v), PGM_PAGE_TRANSLATION);
    h_free(&h);
}
END_TEST

START_TEST(secondary_space_fetches_instructions_from_primary)
{
    struct harness h;
    dat_setup(&h);
    h.cpu.cr[7] = STO;  /* secondary: the tables above */
    h.cpu.cr[1] = 0x20; /* primary: a real-space designation (bit 58) */
    cpu_load_psw(&h.cpu, PSW_DAT | PSW_EA | PSW_BA | (2ULL << PSW_ASC_SHIFT), H_CODE);
    ck_assert_int_eq(vwrite8(&h.cpu, 0x10000, 7), 0);
    ck_assert_uint_eq(h.mem.bytes[FRAME], 7);
    uint8_t *p;
    ck_assert_int_eq(vptr(&h.cpu, 0x10000, 2, ACC_IFETCH, &p), 0);
    ck_assert_ptr_eq(p, h.mem.bytes + 0x10000);
    h_free(&h);
}
END_TEST

/* MVCOS between the primary space (a real-space designation) and the secondary space (the
 * tables of dat_setup): GR0 bits 32-47 control the first operand, 48-63 the second;
 * 0x0081 = space 10 (secondary) with the A bit. */
START_TEST(mvcos_between_spaces)
{
    struct harness h;
    dat_setup(&h);
    h.cpu.cr[7] = STO;
    h.cpu.cr[1] = 0x20;
    cpu_load_psw(&h.cpu, PSW_DAT | PSW_EA | PSW_BA, H_CODE);
    for (unsigned i = 0; i < 16; i++)
        h.mem.bytes[FRAME + i] = (uint8_t)(0xA0 + i);
    h.cpu.gr[0] = 0x81; /* second operand in the secondary space */
    h.cpu.gr[1] = 0x3000;
    h.cpu.gr[2] = 0x10000;
    h.cpu.gr[3] = 16;
    h_code(&h, H_CODE, "C8301000 2000"); /* MVCOS 0(1),0(2),3 */
    h_run_n(&h, 1);
    ck_assert_uint_eq(h.cpu.cc, 0);
    ck_assert_int_eq(memcmp(h.mem.bytes + 0x3000, h.mem.bytes + FRAME, 16), 0);

    /* first operand in the secondary space */
    h.cpu.gr[0] = 0x810000;
    h.cpu.gr[1] = 0x10100;
    h.cpu.gr[2] = 0x3000;
    cpu_load_psw(&h.cpu, PSW_DAT | PSW_EA | PSW_BA, H_CODE);
    h_run_n(&h, 1);
    ck_assert_int_eq(memcmp(h.mem.bytes + FRAME + 0x100, h.mem.bytes + 0x3000, 16), 0);

    /* more than 4096 bytes: 4096 move, CC 3 */
    h.cpu.gr[0] = 0;
    h.cpu.gr[1] = 0x8000;
    h.cpu.gr[2] = 0x5000;
    h.cpu.gr[3] = 5000;
    memset(h.mem.bytes + 0x5000, 0x5A, 5000);
    cpu_load_psw(&h.cpu, PSW_DAT | PSW_EA | PSW_BA, H_CODE);
    h_run_n(&h, 1);
    ck_assert_uint_eq(h.cpu.cc, 3);
    ck_assert_uint_eq(h.mem.bytes[0x8FFF], 0x5A);
    ck_assert_uint_eq(h.mem.bytes[0x9000], 0);

    /* an invalid page in the secondary space: nullified, TEID names the secondary space */
    h.cpu.gr[0] = 0x81;
    h.cpu.gr[1] = 0x7000;
    h.cpu.gr[2] = 0x10FF8; /* crosses into the invalid page 0x11000 */
    memset(h.mem.bytes + FRAME + 0xFF8, 0xEE, 8);
    h.cpu.gr[3] = 16;
    cpu_load_psw(&h.cpu, PSW_DAT | PSW_EA | PSW_BA, H_CODE);
    h_run(&h);
    ck_assert_uint_eq(h_pgm_code(&h), PGM_PAGE_TRANSLATION);
    ck_assert_uint_eq(h_ld64(&h, LC_PGM_OLD + 8), H_CODE);
    ck_assert_uint_eq(h_ld64(&h, LC_TEID), 0x11000ULL | 0x800 | 2);
    ck_assert_uint_eq(h.mem.bytes[0x7000], 0); /* nothing moved */
    h_free(&h);

    /* problem state: a key the PSW-key mask does not allow is a privileged operation */
    h_init(&h);
    cpu_load_psw(&h.cpu, PSW_EA | PSW_BA | PSW_PROBLEM, H_CODE);
    h.cpu.cr[3] = 0x80000000ULL; /* key 0 only */
    h.cpu.gr[0] = 0x5002; /* second operand: key 5 with K */
    h.cpu.gr[3] = 8;
    h_code(&h, H_CODE, "C8301000 2000");
    h_run(&h);
    ck_assert_uint_eq(h_pgm_code(&h), PGM_PRIVILEGED);
    h_free(&h);
}
END_TEST

static Suite *make_suite(void)
{
    Suite *s = suite_create("dat");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, translated_fetch_and_store);
    tcase_add_test(tc, page_translation_nullifies_with_teid);
    tcase_add_test(tc, segment_translation_and_store_indication);
    tcase_add_test(tc, table_length_and_asce_type);
    tcase_add_test(tc, region_third_table);
    tcase_add_test(tc, dat_protection_suppresses);
    tcase_add_test(tc, translation_specification);
    tcase_add_test(tc, edat1_segment_frame);
    tcase_add_test(tc, lra_condition_codes);
    tcase_add_test(tc, tprot_condition_codes);
    tcase_add_test(tc, ipte_invalidates_and_flushes);
    tcase_add_test(tc, secondary_space_fetches_instructions_from_primary);
    tcase_add_test(tc, mvcos_between_spaces);
    suite_add_tcase(s, tc);
    return s;
}

int main(void) { return h_main(make_suite()); }
