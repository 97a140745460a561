/* Control instructions: PSW loading and masks, control registers, prefix, SVC, MC, SAM, the
 * identity and facility instructions, and SIGP/SERVC/DIAGNOSE through their hooks.  Expected
 * values are worked out from the PoP (chapters 4, 6 and 10), as commented. */
#include <string.h>

#include "harness.h"

#include "facilities.h"

#define DATA 0x3000
#define WAIT_EA_BA 0x0002000180000000ULL /* wait, EA, BA */

START_TEST(initial_reset_values)
{
    struct harness h;
    h_init(&h);
    h.cpu.cr[3] = 5;
    h.cpu.prefix = 0x4000;
    cpu_reset_initial(&h.cpu);
    /* PoP "Initial Values": CR0 0xE0, CR14 0xC2000000, the others zero; PSW, prefix zero */
    ck_assert_uint_eq(h.cpu.cr[0], 0xE0);
    ck_assert_uint_eq(h.cpu.cr[14], 0xC2000000);
    ck_assert_uint_eq(h.cpu.cr[3], 0);
    ck_assert_uint_eq(h.cpu.prefix, 0);
    ck_assert_uint_eq(psw_mask(&h.cpu), 0);
    ck_assert(h.cpu.stopped);
    h_free(&h);
}
END_TEST

START_TEST(lctlg_stctg_round_trip)
{
    struct harness h;
    h_init(&h);
    h_st64(&h, DATA, 0x1111111111111111ULL);
    h_st64(&h, DATA + 8, 0x2222222222222222ULL);
    h_st64(&h, DATA + 16, 0x3333333333333333ULL);
    h.cpu.gr[1] = DATA;
    h.cpu.gr[2] = DATA + 0x100;
    /* LCTLG 3,5,0(1); STCTG 3,5,0(2) */
    h_code(&h, H_CODE, "EB351000002F EB3520000025");
    ck_assert_int_eq(h_run(&h), EXEC_WAIT);
    ck_assert(h_ended_normally(&h));
    ck_assert_uint_eq(h.cpu.cr[3], 0x1111111111111111ULL);
    ck_assert_uint_eq(h.cpu.cr[5], 0x3333333333333333ULL);
    ck_assert_int_eq(memcmp(h.mem.bytes + DATA, h.mem.bytes + DATA + 0x100, 24), 0);
    h_free(&h);
}
END_TEST

START_TEST(lctl_wraps_and_keeps_high_halves)
{
    struct harness h;
    h_init(&h);
    h_st32(&h, DATA, 0xAAAAAAAA);
    h_st32(&h, DATA + 4, 0x000000E0);
    h_st32(&h, DATA + 8, 0xCCCCCCCC);
    h.cpu.cr[15] = 0x1500000000000000ULL;
    h.cpu.cr[1] = 0x0100000000000000ULL;
    h.cpu.gr[1] = DATA;
    h.cpu.gr[2] = DATA + 0x100;
    /* LCTL 15,1,0(1): CR15, CR0, CR1; STCTL 15,1,0(2) */
    h_code(&h, H_CODE, "B7F11000 B6F12000");
    h_run(&h);
    ck_assert(h_ended_normally(&h));
    ck_assert_uint_eq(h.cpu.cr[15], 0x15000000AAAAAAAAULL);
    ck_assert_uint_eq(h.cpu.cr[1], 0x01000000CCCCCCCCULL);
    ck_assert_int_eq(memcmp(h.mem.bytes + DATA, h.mem.bytes + DATA + 0x100, 12), 0);
    h_free(&h);

    h_init(&h);
    h.cpu.gr[1] = DATA + 2; /* not on a word boundary */
    h_code(&h, H_CODE, "B7001000");
    h_run(&h);
    ck_assert_uint_eq(h_pgm_code(&h), PGM_SPECIFICATION);
    h_free(&h);
}
END_TEST

START_TEST(system_mask_instructions)
{
    struct harness h;
    h_init(&h);
    h.cpu.gr[1] = DATA;
    /* STOSM 0(1),X'03' (I/O and external on); STNSM 1(1),X'FD' (I/O off again) */
    h_code(&h, H_CODE, "AD031000 ACFD1001");
    h_run_n(&h, 2);
    ck_assert_uint_eq(h.mem.bytes[DATA], 0x00);     /* the mask before STOSM */
    ck_assert_uint_eq(h.mem.bytes[DATA + 1], 0x03); /* the mask before STNSM */
    ck_assert_uint_eq(h.cpu.psw.mask >> 56, 0x01);  /* only bit 7 (external) left */
    h_free(&h);

    /* SSM loads the byte; with CR0 bit 33 (SSM suppression) it is a special operation */
    h_init(&h);
    h.mem.bytes[DATA] = 0x02; /* bit 6: I/O mask */
    h.cpu.gr[1] = DATA;
    h_code(&h, H_CODE, "80001000"); /* SSM 0(1) */
    h_run_n(&h, 1);
    ck_assert_uint_eq(h.cpu.psw.mask >> 56, 0x02);
    h.cpu.cr[0] |= 1ULL << (63 - 33);
    cpu_load_psw(&h.cpu, PSW_EA | PSW_BA, H_CODE);
    h_run(&h);
    ck_assert_uint_eq(h_pgm_code(&h), PGM_SPECIAL_OPERATION);
    h_free(&h);

    /* a one in bit 4 (must be zero) makes the PSW invalid: early specification exception
     * with ILC 0, the old PSW addressing the next instruction */
    h_init(&h);
    h.mem.bytes[DATA] = 0x08;
    h.cpu.gr[1] = DATA;
    h_code(&h, H_CODE, "80001000");
    h_run(&h);
    ck_assert_uint_eq(h_pgm_code(&h), PGM_SPECIFICATION);
    ck_assert_uint_eq(h_ld32(&h, LC_PGM_ILC) >> 16, 0);
    ck_assert_uint_eq(h_ld64(&h, LC_PGM_OLD + 8), H_CODE + 4);
    ck_assert_uint_eq(h_ld64(&h, LC_PGM_OLD) >> 56, 0x08);
    h_free(&h);
}
END_TEST

START_TEST(spx_stpx_relocate_lowcore)
{
    struct harness h;
    h_init(&h);
    const uint64_t np = 0x40000;
    h_st32(&h, DATA, (uint32_t)np | 0x80000FFF); /* bits 0 and 19-31 are ignored */
    h.cpu.gr[1] = DATA;
    h.cpu.gr[2] = DATA + 8;
    /* the SVC new PSW of the new lowcore: a disabled wait at 0xABC0 */
    h_st64(&h, np + LC_SVC_NEW, WAIT_EA_BA);
    h_st64(&h, np + LC_SVC_NEW + 8, 0xABC0);
    /* SPX 0(1); STPX 0(2); SVC 7 */
    h_bytes(&h, H_CODE, "B2101000 B2112000 0A07");
    h_run(&h);
    ck_assert_uint_eq(h.cpu.prefix, np);
    ck_assert_uint_eq(h_ld32(&h, DATA + 8), np);
    ck_assert_uint_eq(h.cpu.psw.ia, 0xABC0);
    /* the interruption went to absolute np + 0x140 etc., not to absolute 0 */
    ck_assert_uint_eq(h_ld64(&h, np + LC_SVC_OLD + 8), H_CODE + 10);
    ck_assert_uint_eq(ld_be16(h.mem.bytes + np + LC_SVC_CODE), 7);
    ck_assert_uint_eq(h_ld64(&h, LC_SVC_OLD + 8), 0);
    /* real 0 is absolute np and real np is absolute 0 */
    ck_assert_uint_eq(real_to_abs(&h.cpu, 0x10), np + 0x10);
    ck_assert_uint_eq(real_to_abs(&h.cpu, np + 0x10), 0x10);
    h_free(&h);

    h_init(&h);
    h_st32(&h, DATA, 0x7FFFE000); /* far beyond the 1 MiB of storage */
    h.cpu.gr[1] = DATA;
    h_code(&h, H_CODE, "B2101000");
    h_run(&h);
    ck_assert_uint_eq(h_pgm_code(&h), PGM_ADDRESSING);
    ck_assert_uint_eq(h.cpu.prefix, 0);
    h_free(&h);
}
END_TEST

START_TEST(svc_interruption)
{
    struct harness h;
    h_init(&h);
    h_st64(&h, LC_SVC_NEW, WAIT_EA_BA);
    h_st64(&h, LC_SVC_NEW + 8, 0xABC0);
    h.cpu.cc = 2;
    h_bytes(&h, H_CODE, "0AFE"); /* SVC 254 */
    h_run(&h);
    ck_assert_uint_eq(h.cpu.psw.ia, 0xABC0);
    ck_assert_uint_eq(ld_be16(h.mem.bytes + LC_SVC_CODE), 254);
    ck_assert_uint_eq(ld_be16(h.mem.bytes + LC_SVC_ILC), 2);
    /* old PSW: past the SVC, with the CC */
    ck_assert_uint_eq(h_ld64(&h, LC_SVC_OLD + 8), H_CODE + 2);
    ck_assert_uint_eq(h_ld64(&h, LC_SVC_OLD), PSW_EA | PSW_BA | (2ULL << PSW_CC_SHIFT));
    h_free(&h);

    /* as the target of EXECUTE: the ILC is EXECUTE's (4), the old PSW points past the
     * EXECUTE, and R1's low byte is ORed into the SVC number */
    h_init(&h);
    h_st64(&h, LC_SVC_NEW, WAIT_EA_BA);
    h_st64(&h, LC_SVC_NEW + 8, 0xABC0);
    h_bytes(&h, 0x2100, "0A01"); /* SVC 1 */
    h.cpu.gr[1] = 0x2100;
    h.cpu.gr[2] = 0x06;
    h_bytes(&h, H_CODE, "44201000"); /* EX 2,0(1) */
    h_run(&h);
    ck_assert_uint_eq(h.cpu.psw.ia, 0xABC0);
    ck_assert_uint_eq(ld_be16(h.mem.bytes + LC_SVC_CODE), 7);
    ck_assert_uint_eq(ld_be16(h.mem.bytes + LC_SVC_ILC), 4);
    ck_assert_uint_eq(h_ld64(&h, LC_SVC_OLD + 8), H_CODE + 4);
    h_free(&h);
}
END_TEST

START_TEST(lpsw_converts_esa390_psw)
{
    struct harness h;
    h_init(&h);
    /* ESA/390 PSW: bit 12 one, bit 32 one (31-bit), address 0x5000; CC 1 (bits 18-19) */
    h_st64(&h, DATA, 0x0008100080005000ULL);
    h.cpu.gr[1] = DATA;
    h_code(&h, H_CODE, "82001000"); /* LPSW 0(1) */
    h_code(&h, 0x5000, "A7380007"); /* LHI 3,7 */
    h_run_n(&h, 2);
    /* z/Architecture PSW: bit 12 zero, BA (bit 32), EA zero, CC 1 */
    ck_assert_uint_eq(psw_mask(&h.cpu), PSW_BA | (1ULL << PSW_CC_SHIFT));
    ck_assert_uint_eq(h.cpu.psw.ia, 0x5004);
    ck_assert_uint_eq((uint32_t)h.cpu.gr[3], 7);
    h_free(&h);

    /* bit 12 zero: specification exception, early (ILC 0) */
    h_init(&h);
    h_st64(&h, DATA, 0x0000000080005000ULL);
    h.cpu.gr[1] = DATA;
    h_code(&h, H_CODE, "82001000");
    h_run(&h);
    ck_assert_uint_eq(h_pgm_code(&h), PGM_SPECIFICATION);
    ck_assert_uint_eq(h_ld32(&h, LC_PGM_ILC) >> 16, 0);
    h_free(&h);

    /* LPSWE of an invalid PSW (EA without BA): specification, ILC 0, old PSW as loaded */
    h_init(&h);
    h_st64(&h, DATA, PSW_EA);
    h_st64(&h, DATA + 8, 0x6000);
    h.cpu.gr[1] = DATA;
    h_code(&h, H_CODE, "B2B21000");
    h_run(&h);
    ck_assert_uint_eq(h_pgm_code(&h), PGM_SPECIFICATION);
    ck_assert_uint_eq(h_ld32(&h, LC_PGM_ILC) >> 16, 0);
    ck_assert_uint_eq(h_ld64(&h, LC_PGM_OLD), PSW_EA);
    ck_assert_uint_eq(h_ld64(&h, LC_PGM_OLD + 8), 0x6000);
    h_free(&h);

    /* operand not on a doubleword boundary */
    h_init(&h);
    h.cpu.gr[1] = DATA + 4;
    h_code(&h, H_CODE, "82001000");
    h_run(&h);
    ck_assert_uint_eq(h_pgm_code(&h), PGM_SPECIFICATION);
    ck_assert_uint_eq(h_ld32(&h, LC_PGM_ILC) >> 16, 4);
    h_free(&h);
}
END_TEST

START_TEST(monitor_call)
{
    struct harness h;
    h_init(&h);
    h.cpu.cr[8] = 1ULL << (15 - 3); /* monitor mask for class 3 (CR8 bit 51) */
    h.cpu.gr[1] = 0x1234;
    h_code(&h, H_CODE, "AF021000 AF031008"); /* MC 0(1),2 (masked); MC 8(1),3 */
    h_run(&h);
    ck_assert_uint_eq(h_pgm_code(&h), PGM_MONITOR);
    ck_assert_uint_eq(h_ld64(&h, LC_PGM_OLD + 8), H_CODE + 8); /* completed */
    ck_assert_uint_eq(ld_be16(h.mem.bytes + LC_MON_CLASS), 3);
    ck_assert_uint_eq(h_ld64(&h, LC_MON_CODE), 0x123C);
    h_free(&h);

    h_init(&h);
    h_code(&h, H_CODE, "AF130000"); /* class field 0x13: bits 8-11 must be zero */
    h_run(&h);
    ck_assert_uint_eq(h_pgm_code(&h), PGM_SPECIFICATION);
    h_free(&h);
}
END_TEST

START_TEST(set_addressing_mode)
{
    struct harness h;
    h_init(&h);
    h_code(&h, H_CODE, "010D"); /* SAM31 */
    h_run_n(&h, 1);
    ck_assert_uint_eq(h.cpu.psw.mask & (PSW_EA | PSW_BA), PSW_BA);
    h_free(&h);

    /* SAM24 with an updated address above 16 MiB: specification, mode unchanged */
    h_init(&h);
    struct insn scratch;
    static const uint8_t sam24[6] = {0x01, 0x0C};
    h.cpu.psw.ia = 0x1000002;
    ck_assert_int_eq(cpu_exec_text(&h.cpu, sam24, &scratch), PGM_SPECIFICATION);
    ck_assert_uint_eq(h.cpu.psw.mask & (PSW_EA | PSW_BA), PSW_EA | PSW_BA);
    h.cpu.psw.ia = 0xFFFFFE;
    ck_assert_int_eq(cpu_exec_text(&h.cpu, sam24, &scratch), 0);
    ck_assert_uint_eq(h.cpu.psw.mask & (PSW_EA | PSW_BA), 0);
    h_free(&h);
}
END_TEST

START_TEST(facility_list_instructions)
{
    struct harness h;
    h_init(&h);
    memset(h.mem.bytes + DATA, 0xFF, 32);
    h.cpu.gr[0] = 0xAB00; /* one doubleword provided (N - 1 = 0) */
    h.cpu.gr[1] = DATA;
    h_code(&h, H_CODE, "B2B01000"); /* STFLE 0(1) */
    h_run_n(&h, 1);
    /* the list needs 2 doublewords (bit 75): CC 3, GR0 bits 56-63 = 1, one stored */
    ck_assert_uint_eq(h.cpu.cc, 3);
    ck_assert_uint_eq(h.cpu.gr[0], 0xAB01);
    uint64_t d0 = h_ld64(&h, DATA);
    ck_assert_uint_eq(d0 >> 61, 7);         /* bits 0, 1, 2: N3, z/Arch installed, active */
    ck_assert_uint_eq((d0 >> (63 - 7)) & 1, 1);  /* STFLE */
    ck_assert_uint_eq((d0 >> (63 - 18)) & 1, 1); /* long displacement */
    ck_assert_uint_eq(h_ld64(&h, DATA + 8), ~0ULL); /* untouched */
    cpu_load_psw(&h.cpu, PSW_EA | PSW_BA, H_CODE);
    h.cpu.gr[0] = 1;
    h_run_n(&h, 1);
    ck_assert_uint_eq(h.cpu.cc, 0);
    ck_assert_uint_eq((h_ld64(&h, DATA + 8) >> (127 - 75)) & 1, 1);
    /* STFL: the first word at real 200 */
    h_code(&h, H_CODE, "B2B10000");
    cpu_load_psw(&h.cpu, PSW_EA | PSW_BA, H_CODE);
    h_run_n(&h, 1);
    ck_assert_uint_eq(h_ld32(&h, LC_STFL), (uint32_t)(d0 >> 32));
    ck_assert(facility_installed(8));
    ck_assert(!facility_installed(3));
    h_free(&h);
}
END_TEST

START_TEST(stsi_levels)
{
    struct harness h;
    h_init(&h);
    h.cpu.gr[0] = 0;
    h.cpu.gr[1] = 0;
    h.cpu.gr[2] = DATA;
    h_code(&h, H_CODE, "B27D2000"); /* STSI 0(2) */
    h_run_n(&h, 1);
    ck_assert_uint_eq(h.cpu.cc, 0);
    ck_assert_uint_eq(h.cpu.gr[0], 0x20000000); /* level 2: logical partition */
    /* 1.1.1: manufacturer at byte 32 in EBCDIC ("ZSIE" = E9 E2 C9 C5, then blanks) */
    h.cpu.gr[0] = 0x10000001;
    h.cpu.gr[1] = 1;
    cpu_load_psw(&h.cpu, PSW_EA | PSW_BA, H_CODE);
    h_run_n(&h, 1);
    ck_assert_uint_eq(h.cpu.cc, 0);
    ck_assert_uint_eq(h_ld32(&h, DATA + 32), 0xE9E2C9C5);
    ck_assert_uint_eq(h.mem.bytes[DATA + 36], 0x40);
    /* 1.2.2: one CPU configured */
    h.cpu.gr[0] = 0x10000002;
    h.cpu.gr[1] = 2;
    cpu_load_psw(&h.cpu, PSW_EA | PSW_BA, H_CODE);
    h_run_n(&h, 1);
    ck_assert_uint_eq(ld_be16(h.mem.bytes + DATA + 38), 1);
    /* level 3 (VM) does not exist here: CC 3 */
    h.cpu.gr[0] = 0x30000002;
    cpu_load_psw(&h.cpu, PSW_EA | PSW_BA, H_CODE);
    h_run_n(&h, 1);
    ck_assert_uint_eq(h.cpu.cc, 3);
    /* selector 1.3.1 does not exist: CC 3 */
    h.cpu.gr[0] = 0x10000003;
    h.cpu.gr[1] = 1;
    cpu_load_psw(&h.cpu, PSW_EA | PSW_BA, H_CODE);
    h_run_n(&h, 1);
    ck_assert_uint_eq(h.cpu.cc, 3);
    /* reserved bits of GR0 (36-55): specification */
    h.cpu.gr[0] = 0x10000101;
    cpu_load_psw(&h.cpu, PSW_EA | PSW_BA, H_CODE);
    h_run(&h);
    ck_assert_uint_eq(h_pgm_code(&h), PGM_SPECIFICATION);
    h_free(&h);
}
END_TEST

START_TEST(identity)
{
    struct harness h;
    h_init(&h);
    h.cpu.cpu_addr = 3;
    h.cpu.gr[1] = DATA;
    h_code(&h, H_CODE, "B2021000 B2121010"); /* STIDP 0(1); STAP 16(1) */
    h_run(&h);
    ck_assert(h_ended_normally(&h));
    ck_assert_uint_eq((h_ld64(&h, DATA) >> 16) & 0xFFFF, 0x2817); /* machine type, bits 32-47 */
    ck_assert_uint_eq(ld_be16(h.mem.bytes + DATA + 16), 3);
    h_free(&h);

    /* ECAG: no caches modelled: topology summary 0, other attributes all ones */
    h_init(&h);
    h.cpu.gr[1] = 5;
    h_code(&h, H_CODE, "EB100000004C EB200010004C"); /* ECAG 1,0,0; ECAG 2,0,16 */
    h_run(&h);
    ck_assert(h_ended_normally(&h));
    ck_assert_uint_eq(h.cpu.gr[1], 0);
    ck_assert_uint_eq(h.cpu.gr[2], ~0ULL);
    h_free(&h);
}
END_TEST

START_TEST(program_interruption_details)
{
    struct harness h;
    h_init(&h);
    /* data exception: DXC in the word at 144 (byte 147), and in FPC byte 2 with AFP on */
    h.cpu.dxc = 0x0C;
    h.cpu.psw.ia = H_CODE + 4;
    cpu_program_interrupt(&h.cpu, PGM_DATA, 4, H_CODE);
    ck_assert_uint_eq(h_ld32(&h, LC_DXC), 0x0C);
    ck_assert_uint_eq((h.cpu.fpc >> 8) & 0xFF, 0x0C);
    ck_assert_uint_eq(h_ld64(&h, LC_PGM_OLD + 8), H_CODE + 4); /* suppressed, not nullified */
    /* the translation exceptions and the ASN/stack family nullify; protection suppresses */
    ck_assert(pgm_nullifies(PGM_PAGE_TRANSLATION));
    ck_assert(pgm_nullifies(PGM_TRACE_TABLE));
    ck_assert(pgm_nullifies(PGM_STACK_FULL));
    ck_assert(!pgm_nullifies(PGM_PROTECTION));
    ck_assert(!pgm_nullifies(PGM_TRANSLATION_SPEC));
    h_free(&h);
}
END_TEST

START_TEST(psw_key_and_extract)
{
    struct harness h;
    h_init(&h);
    h.cpu.gr[2] = 0xFFFF;
    h.cpu.cc = 1;
    /* SPKA X'30'; IPK; EPSW 4,5; IAC 6 */
    h_code(&h, H_CODE, "B20A0030 B20B0000 B98D0045 B2240060");
    h.cpu.gr[6] = 0xFFFF;
    h_run_n(&h, 4);
    ck_assert_uint_eq(psw_key(&h.cpu), 3);
    ck_assert_uint_eq(h.cpu.gr[2], 0xFF30);
    ck_assert_uint_eq((uint32_t)h.cpu.gr[4], (uint32_t)((PSW_EA | (3ULL << PSW_KEY_SHIFT) | (1ULL << PSW_CC_SHIFT)) >> 32));
    ck_assert_uint_eq((uint32_t)h.cpu.gr[5], (uint32_t)PSW_BA);
    ck_assert_uint_eq(h.cpu.gr[6], 0x00FF); /* primary mode: bits 48-55 zero */
    ck_assert_uint_eq(h.cpu.cc, 0);
    h_free(&h);

    /* SPKA in the problem state needs the key's bit in the PSW-key mask (CR3 bits 32-47) */
    h_init(&h);
    cpu_load_psw(&h.cpu, PSW_EA | PSW_BA | PSW_PROBLEM, H_CODE);
    h.cpu.cr[3] = 0x80000000ULL >> 5; /* key 5 only */
    h_code(&h, H_CODE, "B20A0050 B20A0060");
    h_run(&h);
    ck_assert_uint_eq(psw_key(&h.cpu), 0); /* the program-new PSW */
    ck_assert_uint_eq(h_pgm_code(&h), PGM_PRIVILEGED);
    ck_assert_uint_eq(h_ld64(&h, LC_PGM_OLD + 8), H_CODE + 8);
    ck_assert_uint_eq((h_ld64(&h, LC_PGM_OLD) >> PSW_KEY_SHIFT) & 0xF, 5);
    h_free(&h);
}
END_TEST

START_TEST(address_space_control)
{
    struct harness h;
    h_init(&h);
    /* SACF X'100' (secondary) with DAT off: special operation */
    h_code(&h, H_CODE, "B2790100");
    h_run(&h);
    ck_assert_uint_eq(h_pgm_code(&h), PGM_SPECIAL_OPERATION);
    h_free(&h);

    /* with DAT on through real-space ASCEs (bit 58) and the secondary-space control (CR0
     * bit 37): SACF X'100'; IAC 1; SACF X'000' */
    h_init(&h);
    h.cpu.cr[0] |= 1ULL << (63 - 37);
    h.cpu.cr[1] = 0x20;
    h.cpu.cr[7] = 0x20;
    cpu_load_psw(&h.cpu, PSW_DAT | PSW_EA | PSW_BA, H_CODE);
    h.cpu.gr[1] = 0;
    h_code(&h, H_CODE, "B2790100 B2240010 B2790000");
    h_run(&h);
    ck_assert(h_ended_normally(&h));
    ck_assert_uint_eq(h.cpu.gr[1], 0x0200); /* ASC 10 in bits 54-55 */
    ck_assert_uint_eq((h.cpu.psw.mask & PSW_ASC_MASK) >> PSW_ASC_SHIFT, 0);
    h_free(&h);

    /* F7: DAT on, CR0 bit 37 zero: SAC and SACF are special-operation exceptions in both
     * states, before the home-mode privilege check and the mode-code check (PoP; Hercules) */
    static const struct { uint64_t state; const char *text; } no_ssc[] = {
        {PSW_PROBLEM, "B2190100"}, {PSW_PROBLEM, "B2790100"}, {0, "B2190100"}, {0, "B2790000"},
        {PSW_PROBLEM, "B2190300"}, {0, "B2190F00"},
    };
    for (unsigned i = 0; i < sizeof no_ssc / sizeof no_ssc[0]; i++) {
        h_init(&h);
        h.cpu.cr[1] = 0x20;
        h.cpu.cr[7] = 0x20;
        cpu_load_psw(&h.cpu, PSW_DAT | PSW_EA | PSW_BA | no_ssc[i].state, H_CODE);
        h_code(&h, H_CODE, no_ssc[i].text);
        h_run(&h);
        ck_assert_uint_eq(h_pgm_code(&h), PGM_SPECIAL_OPERATION);
        ck_assert_uint_eq((h_ld64(&h, LC_PGM_OLD) & PSW_ASC_MASK), 0); /* still primary */
        ck_assert_uint_eq(h_ld64(&h, LC_PGM_OLD + 8), H_CODE + 4);
        h_free(&h);
    }
    /* with CR0 bit 37 one: home mode in the problem state is privileged, code 4 a
     * specification exception, secondary mode in the problem state allowed */
    static const struct { uint64_t state; const char *text; unsigned code; } ssc[] = {
        {PSW_PROBLEM, "B2190300", PGM_PRIVILEGED}, {0, "B2190400", PGM_SPECIFICATION},
        {PSW_PROBLEM, "B2190100", 0},
    };
    for (unsigned i = 0; i < sizeof ssc / sizeof ssc[0]; i++) {
        h_init(&h);
        h.cpu.cr[0] |= 1ULL << (63 - 37);
        h.cpu.cr[1] = 0x20;
        h.cpu.cr[7] = 0x20;
        cpu_load_psw(&h.cpu, PSW_DAT | PSW_EA | PSW_BA | ssc[i].state, H_CODE);
        h_code(&h, H_CODE, ssc[i].text);
        h_run_n(&h, 1);
        if (ssc[i].code) {
            h_run(&h);
            ck_assert_uint_eq(h_pgm_code(&h), ssc[i].code);
        } else {
            ck_assert_uint_eq((h.cpu.psw.mask & PSW_ASC_MASK) >> PSW_ASC_SHIFT, 2);
        }
        h_free(&h);
    }

    /* IPK in the problem state without the extraction-authority control (CR0 bit 36) */
    h_init(&h);
    cpu_load_psw(&h.cpu, PSW_EA | PSW_BA | PSW_PROBLEM, H_CODE);
    h_code(&h, H_CODE, "B20B0000");
    h_run(&h);
    ck_assert_uint_eq(h_pgm_code(&h), PGM_PRIVILEGED);
    h_free(&h);
}
END_TEST

/* F5: TEST ADDRESSING MODE, EXTRACT PRIMARY/SECONDARY ASN (PoP values by hand) */
START_TEST(tam_epar_esar)
{
    static const struct { uint64_t mask; unsigned cc; } modes[] = {
        {0, 0}, {PSW_BA, 1}, {PSW_EA | PSW_BA, 3},
    };
    for (unsigned i = 0; i < 3; i++) {
        struct harness h;
        h_init(&h);
        cpu_load_psw(&h.cpu, modes[i].mask, H_CODE);
        h_code(&h, H_CODE, "010B");
        ck_assert_int_eq(h_run_n(&h, 1), EXEC_LIMIT);
        ck_assert_uint_eq(h.cpu.cc, modes[i].cc);
        h_free(&h);
    }
    struct harness h;
    h_init(&h);
    h.cpu.cr[1] = 0x20;
    h.cpu.cr[4] = 0x0000000012345678ULL; /* PASN 5678 */
    h.cpu.cr[3] = 0x00000000FFFF9ABCULL; /* SASN 9ABC */
    h.cpu.gr[1] = 0xAAAAAAAABBBBBBBBULL;
    h.cpu.gr[2] = 0x1111111122222222ULL;
    cpu_load_psw(&h.cpu, PSW_DAT | PSW_EA | PSW_BA, H_CODE);
    h_code(&h, H_CODE, "B2260010 B2270020"); /* EPAR 1; ESAR 2 */
    h_run(&h);
    ck_assert(h_ended_normally(&h));
    ck_assert_uint_eq(h.cpu.gr[1], 0xAAAAAAAA00005678ULL);
    ck_assert_uint_eq(h.cpu.gr[2], 0x1111111100009ABCULL);
    h_free(&h);
    /* DAT off: special operation; problem state without CR0 bit 36: privileged */
    h_init(&h);
    h_code(&h, H_CODE, "B2260010");
    h_run(&h);
    ck_assert_uint_eq(h_pgm_code(&h), PGM_SPECIAL_OPERATION);
    h_free(&h);
    h_init(&h);
    h.cpu.cr[1] = 0x20;
    cpu_load_psw(&h.cpu, PSW_DAT | PSW_EA | PSW_BA | PSW_PROBLEM, H_CODE);
    h_code(&h, H_CODE, "B2270010");
    h_run(&h);
    ck_assert_uint_eq(h_pgm_code(&h), PGM_PRIVILEGED);
    h_free(&h);
}
END_TEST

/* ---- hooks ---- */

static int sigp_hook(struct cpu *cpu, uint8_t order, uint16_t target, uint64_t param, uint32_t *status, void *ctx)
{
    (void)cpu;
    uint64_t *seen = ctx;
    seen[0] = order;
    seen[1] = target;
    seen[2] = param;
    if (order == 0x0E) {
        *status = 0x00000040; /* say: incorrect state */
        return 1;
    }
    return order == 0x99 ? -PGM_ADDRESSING : 0;
}

START_TEST(sigp_servc_diag_without_hooks)
{
    struct harness h;
    h_init(&h);
    h.cpu.gr[2] = 0x3000;
    st_be16(h.mem.bytes + 0x3000, 0x1000); /* SCCB length: 4 KiB */
    /* SIGP 2,4,14; SERVC 1,2 */
    h_code(&h, H_CODE, "AE24000E");
    h_run_n(&h, 1);
    ck_assert_uint_eq(h.cpu.cc, 3); /* not operational */
    h_code(&h, H_CODE, "B2200012");
    cpu_load_psw(&h.cpu, PSW_EA | PSW_BA, H_CODE);
    h_run_n(&h, 1);
    ck_assert_uint_eq(h.cpu.cc, 3);
    /* SCCB not on a doubleword boundary, or above 2 GiB: specification */
    h.cpu.gr[2] = 0x3004;
    cpu_load_psw(&h.cpu, PSW_EA | PSW_BA, H_CODE);
    h_run(&h);
    ck_assert_uint_eq(h_pgm_code(&h), PGM_SPECIFICATION);
    ck_assert_uint_eq(h_ld64(&h, LC_PGM_OLD + 8), H_CODE + 4);
    /* in the lowcore, or with a length below the header: specification; outside storage:
     * addressing */
    static const struct { uint64_t sccb; unsigned code; } bad[] = {
        {0x1000, PGM_SPECIFICATION}, {0x3008, PGM_SPECIFICATION}, {0x200000, PGM_ADDRESSING},
    };
    for (unsigned i = 0; i < 3; i++) {
        h.cpu.gr[2] = bad[i].sccb;
        st_be16(h.mem.bytes + 0x1000, 0x1000);
        cpu_load_psw(&h.cpu, PSW_EA | PSW_BA, H_CODE);
        h_run(&h);
        ck_assert_msg(h_pgm_code(&h) == bad[i].code, "case %u: code %u", i, h_pgm_code(&h));
    }
    h_free(&h);

    h_init(&h);
    h_code(&h, H_CODE, "83000008"); /* DIAG X'008' */
    h_run(&h);
    ck_assert_uint_eq(h_pgm_code(&h), PGM_SPECIFICATION);
    ck_assert_uint_eq(h_ld64(&h, LC_PGM_OLD + 8), H_CODE + 4);
    h_free(&h);

    /* in the problem state DIAGNOSE is a privileged operation first */
    h_init(&h);
    cpu_load_psw(&h.cpu, PSW_EA | PSW_BA | PSW_PROBLEM, H_CODE);
    h_code(&h, H_CODE, "83000008");
    h_run(&h);
    ck_assert_uint_eq(h_pgm_code(&h), PGM_PRIVILEGED);
    h_free(&h);
}
END_TEST

START_TEST(sigp_with_hook)
{
    struct harness h;
    h_init(&h);
    uint64_t seen[3] = {0};
    h.cpu.hooks.sigp = sigp_hook;
    h.cpu.hooks.ctx = seen;
    h.cpu.gr[2] = 0xFFFFFFFF00000000ULL;
    h.cpu.gr[3] = 0x12345678;
    h.cpu.gr[4] = 0x10001;
    h_code(&h, H_CODE, "AE24010E"); /* SIGP 2,4,0x10E: order code is bits 56-63 = 0x0E */
    h_run_n(&h, 1);
    ck_assert_uint_eq(seen[0], 0x0E);
    ck_assert_uint_eq(seen[1], 1);          /* CPU address: bits 48-63 of R3 */
    ck_assert_uint_eq(seen[2], 0x12345678); /* parameter: the odd register R1 + 1 */
    ck_assert_uint_eq(h.cpu.cc, 1);
    ck_assert_uint_eq(h.cpu.gr[2], 0xFFFFFFFF00000040ULL); /* status in bits 32-63 */
    h_code(&h, H_CODE, "AE240099");
    cpu_load_psw(&h.cpu, PSW_EA | PSW_BA, H_CODE);
    h_run(&h);
    ck_assert_uint_eq(h_pgm_code(&h), PGM_ADDRESSING);
    h_free(&h);
}
END_TEST

static Suite *make_suite(void)
{
    Suite *s = suite_create("control");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, initial_reset_values);
    tcase_add_test(tc, lctlg_stctg_round_trip);
    tcase_add_test(tc, lctl_wraps_and_keeps_high_halves);
    tcase_add_test(tc, system_mask_instructions);
    tcase_add_test(tc, spx_stpx_relocate_lowcore);
    tcase_add_test(tc, svc_interruption);
    tcase_add_test(tc, lpsw_converts_esa390_psw);
    tcase_add_test(tc, monitor_call);
    tcase_add_test(tc, set_addressing_mode);
    tcase_add_test(tc, facility_list_instructions);
    tcase_add_test(tc, stsi_levels);
    tcase_add_test(tc, identity);
    tcase_add_test(tc, program_interruption_details);
    tcase_add_test(tc, address_space_control);
    tcase_add_test(tc, tam_epar_esar);
    tcase_add_test(tc, psw_key_and_extract);
    tcase_add_test(tc, sigp_servc_diag_without_hooks);
    tcase_add_test(tc, sigp_with_hook);
    suite_add_tcase(s, tc);
    return s;
}

int main(void) { return h_main(make_suite()); }
