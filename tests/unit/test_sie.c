/* Interpretive execution through the SIE instruction: state-description checks, each
 * interception code, the guest PSW after an interception, origin/limit storage, and GR0-13
 * travelling in the host's registers.  Expected values: facts.md sections 1-3 (measured on
 * Hercules 3.13) and the PoP. */
#include "harness.h"
#include "sie.h"

#define SD 0x10000ULL         /* state description (host absolute) */
#define MSO 0x100000ULL       /* guest origin: 1 MiB */
#define GCODE 0x2000ULL       /* guest code (guest absolute) */
#define GWAIT 0x0002000180000000ULL

struct sie_test {
    struct harness h;
    struct sie_sd *sd;
};

static void st_setup(struct sie_test *t)
{
    h_init_size(&t->h, 3 << 20);
    t->sd = (struct sie_sd *)(t->h.mem.bytes + SD);
    /* a pageable guest's storage is host virtual, translated with the host's primary ASCE:
     * a real-space ASCE (bit 58) makes that the identity */
    t->h.cpu.cr[1] = 0x20;
    t->sd->mx = SIE_MX_ZARCH;
    st_be64(t->sd->mso, MSO);
    st_be64(t->sd->mse, 0x1FFFFF); /* guest storage: 1 MiB */
    st_be64(t->sd->psw, PSW_EA | PSW_BA);
    st_be64(t->sd->psw + 8, GCODE);
    /* guest program-new PSW: disabled wait, address 0xBAD */
    st_be64(t->h.mem.bytes + MSO + LC_PGM_NEW, GWAIT);
    st_be64(t->h.mem.bytes + MSO + LC_PGM_NEW + 8, 0xBAD);
    /* host: R1 = SD; SIE 0(1); then the harness epilogue */
    t->h.cpu.gr[1] = SD;
    h_code(&t->h, H_CODE, "B2141000");
}

static void guest_code(struct sie_test *t, const char *hex)
{
    h_bytes(&t->h, MSO + GCODE, hex);
}

static void run_host(struct sie_test *t)
{
    h_run(&t->h);
    ck_assert_msg(h_ended_normally(&t->h), "host program did not end normally (pgm code %u)", h_pgm_code(&t->h));
}

START_TEST(guest_disabled_wait_is_intercepted_as_wait)
{
    struct sie_test t;
    st_setup(&t);
    /* guest: LHI 3,7 ; LPSWE 0x300 (a disabled-wait PSW with address 0x1234) */
    st_be64(t.h.mem.bytes + MSO + 0x300, GWAIT);
    st_be64(t.h.mem.bytes + MSO + 0x308, 0x1234);
    guest_code(&t, "A7380007 B2B20300");
    run_host(&t);
    ck_assert_uint_eq(t.sd->c, SIE_C_WAIT);
    ck_assert_uint_eq(ld_be64(t.sd->psw), GWAIT);
    ck_assert_uint_eq(ld_be64(t.sd->psw + 8), 0x1234);
    /* guest GR3 comes back in the host's GR3 */
    ck_assert_uint_eq(t.h.cpu.gr[3], 7);
    h_free(&t.h);
}
END_TEST

START_TEST(guest_registers_travel_in_host_registers)
{
    struct sie_test t;
    st_setup(&t);
    t.h.cpu.gr[2] = 5;
    t.h.cpu.gr[4] = 6;
    st_be64(t.sd->gr14, 100);
    st_be64(t.h.mem.bytes + MSO + 0x300, GWAIT);
    st_be64(t.h.mem.bytes + MSO + 0x308, 0);
    /* guest: AR 2,4 ; AR 14,4 ; LPSWE 0x300 */
    guest_code(&t, "1A24 1AE4 B2B20300");
    run_host(&t);
    ck_assert_uint_eq(t.h.cpu.gr[2], 11);
    ck_assert_uint_eq(ld_be64(t.sd->gr14), 106); /* GR14/15 travel in the state description */
    h_free(&t.h);
}
END_TEST

START_TEST(guest_program_interruption_delivered_in_guest)
{
    struct sie_test t;
    st_setup(&t);
    /* guest in problem state issues LPSWE: privileged-operation exception in the guest */
    st_be64(t.sd->psw, PSW_EA | PSW_BA | PSW_PROBLEM);
    guest_code(&t, "B2B20300");
    run_host(&t);
    /* delivered through the guest lowcore, whose program-new PSW is a wait: code 0x1C */
    ck_assert_uint_eq(t.sd->c, SIE_C_WAIT);
    ck_assert_uint_eq(ld_be16(t.h.mem.bytes + MSO + LC_PGM_CODE), PGM_PRIVILEGED);
    ck_assert_uint_eq(ld_be64(t.h.mem.bytes + MSO + LC_PGM_OLD + 8), GCODE + 4);
    ck_assert_uint_eq(ld_be64(t.sd->psw + 8), 0xBAD);
    h_free(&t.h);
}
END_TEST

START_TEST(program_interruption_intercepted_when_asked)
{
    struct sie_test t;
    st_setup(&t);
    t.sd->ic[0] = SIE_IC0_PGMALL;
    st_be64(t.sd->psw, PSW_EA | PSW_BA | PSW_PROBLEM);
    guest_code(&t, "B2B20300");
    run_host(&t);
    ck_assert_uint_eq(t.sd->c, SIE_C_PGM);
    ck_assert_uint_eq(ld_be16(t.sd->ip + 0x0E), PGM_PRIVILEGED); /* SD 0x0CE */
    ck_assert_uint_eq(ld_be16(t.sd->ip + 0x0C), 4);              /* SD 0x0CC: ILC */
    /* not delivered in the guest */
    ck_assert_uint_eq(ld_be16(t.h.mem.bytes + MSO + LC_PGM_CODE), 0);
    h_free(&t.h);
}
END_TEST

START_TEST(operation_exception_intercept)
{
    struct sie_test t;
    st_setup(&t);
    t.sd->ic[0] = SIE_IC0_OPEREX;
    guest_code(&t, "0000");
    run_host(&t);
    ck_assert_uint_eq(t.sd->c, SIE_C_OPEREXC);
    ck_assert_uint_eq(ld_be16(t.sd->ipa), 0x0000);
    h_free(&t.h);
}
END_TEST

START_TEST(guest_beyond_its_limit_gets_addressing)
{
    struct sie_test t;
    st_setup(&t);
    /* guest: L 6,0(5) with R5 = 0x100000, its size: an addressing exception, which always ends
     * interpretive execution (code 8, as Hercules 3.13) for the host to reflect */
    t.h.cpu.gr[5] = 0x100000;
    guest_code(&t, "58605000");
    run_host(&t);
    ck_assert_uint_eq(t.sd->c, SIE_C_PGM);
    ck_assert_uint_eq(ld_be16(t.sd->ip + 0x0E), PGM_ADDRESSING);
    ck_assert_uint_eq(ld_be16(t.sd->ip + 0x0C), 4);
    ck_assert_uint_eq(t.sd->f, 0);
    ck_assert_uint_eq(ld_be64(t.sd->psw + 8), GCODE + 4); /* addressing suppresses */
    ck_assert_uint_eq(ld_be16(t.h.mem.bytes + MSO + LC_PGM_CODE), 0);
    h_free(&t.h);
}
END_TEST

START_TEST(validity_for_bad_mode_and_prefix)
{
    struct sie_test t;
    st_setup(&t);
    t.sd->mx = 0; /* not a z/Architecture guest */
    run_host(&t);
    ck_assert_uint_eq(t.sd->c, SIE_C_VALIDITY);
    ck_assert_uint_eq(ld_be32(t.sd->ipb) >> 16, SIE_VI_MODE);
    h_free(&t.h);

    st_setup(&t);
    st_be32(t.sd->prefix, 0x100000); /* the guest has 1 MiB: prefix area outside */
    run_host(&t);
    ck_assert_uint_eq(t.sd->c, SIE_C_VALIDITY);
    ck_assert_uint_eq(ld_be32(t.sd->ipb) >> 16, SIE_VI_PREFIX);
    h_free(&t.h);
}
END_TEST

START_TEST(stop_intervention)
{
    struct sie_test t;
    st_setup(&t);
    t.sd->v = SIE_V_STOP;
    guest_code(&t, "A7380007");
    run_host(&t);
    ck_assert_uint_eq(t.sd->c, SIE_C_STOP);
    ck_assert_uint_eq(ld_be64(t.sd->psw + 8), GCODE); /* nothing ran */
    h_free(&t.h);
}
END_TEST

START_TEST(guest_clock_comparator_goes_to_host)
{
    struct sie_test t;
    st_setup(&t);
    /* guest enabled for external interruptions with the clock-comparator subclass (CR0 bit 52)
     * sets its comparator to 0: the condition holds at once.  As on Hercules 3.13 the exit is
     * 0x14 with the external code 0x1004 at SD 0x0C6 and the guest PSW not swapped. */
    st_be64(t.sd->psw, PSW_EA | PSW_BA | PSW_EXT);
    st_be64(t.sd->cr[0], 0x800);
    st_be64(t.sd->ckc, ~0ULL); /* nothing pending until the guest's SCKC */
    guest_code(&t, "B2060300 A7F40000"); /* SCKC 0x300 (zero) ; BRC 15,* */
    run_host(&t);
    ck_assert_uint_eq(t.sd->c, SIE_C_EXTINT);
    ck_assert_uint_eq(ld_be16(t.sd->ip + 0x06), 0x1004);
    ck_assert_uint_eq(ld_be64(t.sd->psw), PSW_EA | PSW_BA | PSW_EXT);
    ck_assert_uint_eq(ld_be64(t.sd->psw + 8), GCODE + 4); /* at the spinning BRC */
    ck_assert_uint_eq(ld_be16(t.h.mem.bytes + MSO + LC_EXT_CODE), 0); /* not delivered */
    h_free(&t.h);
}
END_TEST

START_TEST(prefix_instructions_are_intercepted)
{
    struct sie_test t;
    st_setup(&t);
    guest_code(&t, "B2110300"); /* STPX 0x300 */
    run_host(&t);
    ck_assert_uint_eq(t.sd->c, SIE_C_INST);
    ck_assert_uint_eq(t.sd->f, SIE_F_IN);
    ck_assert_uint_eq(ld_be16(t.sd->ipa), 0xB211);
    ck_assert_uint_eq(ld_be32(t.sd->ipb), 0x03000000);
    ck_assert_uint_eq(ld_be64(t.sd->psw + 8), GCODE + 4);
    h_free(&t.h);
}
END_TEST

/* F9: an intercepted target of EXECUTE sets the EXECUTE bit and, in bits 1-2 of the status,
 * the EXECUTE's ILC (2 for EX, 3 for EXRL: what KVM reads as the length to step back); the
 * guest PSW points past the EXECUTE. */
START_TEST(execute_target_interception_carries_the_execute_length)
{
    static const struct { const char *text; uint8_t f; uint64_t next; } cases[] = {
        {"44000100", SIE_F_IN | SIE_F_EX | 0x40, GCODE + 4},       /* EX 0,0x100 */
        {"C60000000080", SIE_F_IN | SIE_F_EX | 0x60, GCODE + 6},   /* EXRL 0,GCODE+0x100 */
    };
    for (unsigned i = 0; i < 2; i++) {
        struct sie_test t;
        st_setup(&t);
        guest_code(&t, cases[i].text);
        h_bytes(&t.h, MSO + (i ? GCODE + 0x100 : 0x100), "B2110300"); /* STPX 0x300 */
        run_host(&t);
        ck_assert_uint_eq(t.sd->c, SIE_C_INST);
        ck_assert_uint_eq(t.sd->f, cases[i].f);
        ck_assert_uint_eq(SIE_F_EX_LEN(t.sd->f), i ? 6 : 4);
        ck_assert_uint_eq(ld_be16(t.sd->ipa), 0xB211);
        ck_assert_uint_eq(ld_be64(t.sd->psw + 8), cases[i].next);
        h_free(&t.h);
    }
}
END_TEST

/* Host DAT tables for a pageable guest at MSO 1 MiB: a segment table at 0x20000 (DT 0, TL 0:
 * 512 segments) whose segment 1 points at a page table at 0x21000; pages map host virtual
 * to host real one to one except page 5, whose entry has the invalid bit (0x400) on.  Every
 * other segment entry is invalid (0x20). */
static void host_tables(struct sie_test *t)
{
    uint8_t *m = t->h.mem.bytes;
    for (int i = 0; i < 512; i++)
        st_be64(m + 0x20000 + 8 * i, 0x20);
    st_be64(m + 0x20008, 0x21000);
    for (int p = 0; p < 256; p++)
        st_be64(m + 0x21000 + 8 * p, (MSO + 0x1000ULL * p) | (p == 5 ? 0x400 : 0));
    t->h.cpu.cr[1] = 0x20000; /* segment-table designation */
}

START_TEST(pageable_guest_translated_through_host_tables)
{
    struct sie_test t;
    st_setup(&t);
    host_tables(&t);
    /* remap guest page 3 to host real page 0x150000: the guest sees that frame's contents */
    st_be64(t.h.mem.bytes + 0x21000 + 8 * 3, 0x150000);
    st_be32(t.h.mem.bytes + 0x150000, 0xCAFEF00D);
    st_be64(t.h.mem.bytes + MSO + 0x300, GWAIT);
    st_be64(t.h.mem.bytes + MSO + 0x308, 0);
    guest_code(&t, "58603000 B2B20300"); /* L 6,0(3) with R3 = 0x3000 ; LPSWE wait */
    t.h.cpu.gr[3] = 0x3000;
    t.h.cpu.gr[6] = 0;
    run_host(&t);
    ck_assert_uint_eq(t.sd->c, SIE_C_WAIT);
    ck_assert_uint_eq(t.h.cpu.gr[6] & 0xFFFFFFFF, 0xCAFEF00D);
    h_free(&t.h);
}
END_TEST

START_TEST(host_page_fault_nullifies_sie)
{
    struct sie_test t;
    st_setup(&t);
    host_tables(&t);
    guest_code(&t, "58605000"); /* L 6,0(5), R5 = 0x5000: page 5, invalid in the host's table */
    t.h.cpu.gr[5] = 0x5000;
    h_run(&t.h);
    /* the host takes a page-translation exception; SIE is nullified (old PSW at the SIE) and
     * the guest PSW in the state description is at the L, ready to be retried */
    ck_assert_uint_eq(h_pgm_code(&t.h), PGM_PAGE_TRANSLATION);
    ck_assert_uint_eq(h_ld64(&t.h, LC_PGM_OLD + 8), H_CODE);
    ck_assert_uint_eq(h_ld64(&t.h, LC_TEID) & ~0xFFFULL, MSO + 0x5000);
    ck_assert_uint_eq(ld_be64(t.sd->psw + 8), GCODE);
    /* the host maps the page and issues SIE again: the guest goes on */
    st_be64(t.h.mem.bytes + 0x21000 + 8 * 5, MSO + 0x5000);
    st_be64(t.h.mem.bytes + MSO + 0x5000, 0x1234567800000000ULL);
    cpu_load_psw(&t.h.cpu, PSW_EA | PSW_BA, H_CODE);
    t.h.cpu.gr[1] = SD;
    t.h.cpu.gr[5] = 0x5000;
    guest_code(&t, "58605000 B2B20300");
    st_be64(t.h.mem.bytes + MSO + 0x300, GWAIT);
    st_be64(t.h.mem.bytes + MSO + 0x308, 0);
    run_host(&t);
    ck_assert_uint_eq(t.sd->c, SIE_C_WAIT);
    ck_assert_uint_eq(t.h.cpu.gr[6] & 0xFFFFFFFF, 0x12345678);
    h_free(&t.h);
}
END_TEST

START_TEST(tprot_of_unmapped_frame_faults_to_host)
{
    /* TPROT examines the guest frame's storage key: a frame the host's tables do not map is
     * a host page fault like any other access (SIE nullified, guest PSW at the TPROT), not a
     * key read from nowhere */
    struct sie_test t;
    st_setup(&t);
    host_tables(&t);
    guest_code(&t, "E5015000 0000"); /* TPROT 0(5),0(0), R5 = 0x5000: page 5, invalid */
    t.h.cpu.gr[5] = 0x5000;
    h_run(&t.h);
    ck_assert_uint_eq(h_pgm_code(&t.h), PGM_PAGE_TRANSLATION);
    ck_assert_uint_eq(h_ld64(&t.h, LC_PGM_OLD + 8), H_CODE);
    ck_assert_uint_eq(h_ld64(&t.h, LC_TEID) & ~0xFFFULL, MSO + 0x5000);
    ck_assert_uint_eq(ld_be64(t.sd->psw + 8), GCODE);
    h_free(&t.h);
}
END_TEST

START_TEST(guest_key_change_reaches_host_tlb)
{
    /* the guest's storage keys are the host's: after a guest SSKE on a frame the host had
     * stored into, the host's next store must set the change bit again (PoP: every store
     * sets C), not go through what its TLB cached before SIE */
    struct sie_test t;
    st_setup(&t);
    /* host: ST 3,0(4); SIE 0(7); ST 3,0(4); ISKE 5,4 */
    h_code(&t.h, H_CODE, "50304000 B2147000 50304000 B2290054");
    t.h.cpu.gr[7] = SD;
    t.h.cpu.gr[4] = MSO + 0x3000;
    /* guest: SSKE 1,2 (key 0x10: ACC 1, no R, no C) for guest 0x3000; LPSWE wait */
    guest_code(&t, "B22B0012 B2B20300");
    st_be64(t.h.mem.bytes + MSO + 0x300, GWAIT);
    st_be64(t.h.mem.bytes + MSO + 0x308, 0);
    t.h.cpu.gr[1] = 0x10;
    t.h.cpu.gr[2] = 0x3000;
    run_host(&t);
    ck_assert_uint_eq(t.sd->c, SIE_C_WAIT);
    ck_assert_uint_eq(t.h.cpu.gr[5] & 0xFF, 0x16); /* ACC 1, R and C from the host's store */
    h_free(&t.h);
}
END_TEST

START_TEST(stck_intercepted_in_problem_state)
{
    /* STCK is not privileged: its interception control applies in the problem state too (no
     * privileged-operation exception comes first; Hercules 3.13 intercepts it in either state) */
    struct sie_test t;
    st_setup(&t);
    st_be64(t.sd->psw, PSW_EA | PSW_BA | PSW_PROBLEM);
    t.sd->ic[2] = SIE_IC2_STCK;
    guest_code(&t, "B2050300"); /* STCK 0x300 */
    run_host(&t);
    ck_assert_uint_eq(t.sd->c, SIE_C_INST);
    ck_assert_uint_eq(t.sd->f, SIE_F_IN);
    ck_assert_uint_eq(ld_be16(t.sd->ipa), 0xB205);
    ck_assert_uint_eq(ld_be32(t.sd->ipb), 0x03000000);
    ck_assert_uint_eq(ld_be64(t.sd->psw + 8), GCODE + 4);
    ck_assert_uint_eq(ld_be64(t.h.mem.bytes + MSO + 0x300), 0); /* not stored */
    h_free(&t.h);
}
END_TEST

START_TEST(stckf_follows_the_stck_control)
{
    struct sie_test t;
    st_setup(&t);
    t.sd->ic[2] = SIE_IC2_STCK;
    guest_code(&t, "B27C0300"); /* STCKF 0x300 */
    run_host(&t);
    ck_assert_uint_eq(t.sd->c, SIE_C_INST);
    ck_assert_uint_eq(ld_be16(t.sd->ipa), 0xB27C);
    ck_assert_uint_eq(ld_be64(t.h.mem.bytes + MSO + 0x300), 0);
    h_free(&t.h);
}
END_TEST

START_TEST(validity_after_host_page_fault_is_not_a_fault)
{
    /* a SIE that ends in a host page fault, then a SIE with a bad state description: the
     * second completes with the validity interception, not the first one's exception */
    struct sie_test t;
    st_setup(&t);
    host_tables(&t);
    guest_code(&t, "58605000"); /* L 6,0(5): page 5 is invalid in the host's table */
    t.h.cpu.gr[5] = 0x5000;
    h_run(&t.h);
    ck_assert_uint_eq(h_pgm_code(&t.h), PGM_PAGE_TRANSLATION);
    t.sd->mx = 0; /* not a z/Architecture guest */
    cpu_load_psw(&t.h.cpu, PSW_EA | PSW_BA, H_CODE);
    t.h.cpu.gr[1] = SD;
    run_host(&t);
    ck_assert_uint_eq(t.sd->c, SIE_C_VALIDITY);
    ck_assert_uint_eq(ld_be32(t.sd->ipb) >> 16, SIE_VI_MODE);
    h_free(&t.h);
}
END_TEST

START_TEST(sie_operand_checks)
{
    struct sie_test t;
    st_setup(&t);
    t.h.cpu.gr[1] = SD + 0x100; /* not 512-aligned */
    h_run(&t.h);
    ck_assert_uint_eq(h_pgm_code(&t.h), PGM_SPECIFICATION);
    h_free(&t.h);

    st_setup(&t);
    t.h.cpu.gr[1] = 0x200; /* page 0 */
    h_run(&t.h);
    ck_assert_uint_eq(h_pgm_code(&t.h), PGM_SPECIFICATION);
    h_free(&t.h);

    st_setup(&t);
    cpu_load_psw(&t.h.cpu, PSW_EA | PSW_BA | PSW_PROBLEM, H_CODE);
    h_run(&t.h);
    ck_assert_uint_eq(h_pgm_code(&t.h), PGM_PRIVILEGED);
    h_free(&t.h);
}
END_TEST

START_TEST(endless_guest_ends_at_host_limit)
{
    struct sie_test t;
    st_setup(&t);
    guest_code(&t, "A7F40000"); /* BRC 15,* : spins */
    t.h.cpu.max_insns = t.h.cpu.insn_count + 500000;
    ck_assert_int_eq(cpu_run(&t.h.cpu), EXEC_LIMIT);
    ck_assert_uint_eq(t.sd->c, SIE_C_NONE); /* the host took control back */
    h_free(&t.h);
}
END_TEST

/* F1: a guest PSW with an odd address in page 0 is the guest's specification exception (ILC 0),
 * intercepted as program interruption 0006 -- on a first SIE entry (nothing fetched yet) and
 * after a guest ran (its fetch cache must not serve the old page). */
START_TEST(odd_guest_address_in_page0_is_specification)
{
    struct sie_test t;
    for (int first = 1; first >= 0; first--) {
        st_setup(&t);
        t.sd->ic[0] = SIE_IC0_PGMALL;
        st_be64(t.h.mem.bytes + MSO + 0x300, GWAIT);
        st_be64(t.h.mem.bytes + MSO + 0x308, 0);
        /* guest page 0x2000: at 2000 LPSWE 0x300 (the first run), at 2001 LHI 5,X'1234' */
        guest_code(&t, "B2B20300");
        h_bytes(&t.h, MSO + GCODE + 0x11, "A7591234 B2B20300");
        if (!first) {
            run_host(&t);
            ck_assert_uint_eq(t.sd->c, SIE_C_WAIT);
            cpu_load_psw(&t.h.cpu, PSW_EA | PSW_BA, H_CODE);
        }
        st_be64(t.sd->psw, PSW_EA | PSW_BA);
        st_be64(t.sd->psw + 8, 0x11);
        run_host(&t);
        ck_assert_uint_eq(t.sd->c, SIE_C_PGM);
        ck_assert_uint_eq(ld_be16(t.sd->ip + 0x0E), PGM_SPECIFICATION);
        ck_assert_uint_eq(ld_be16(t.sd->ip + 0x0C), 0);
        ck_assert_uint_eq(ld_be64(t.sd->psw + 8), 0x11);
        ck_assert_uint_eq(t.h.cpu.gr[5], 0);
        h_free(&t.h);
    }
}
END_TEST

static Suite *make_suite(void)
{
    Suite *s = suite_create("sie");
    TCase *tc = tcase_create("sie");
    tcase_add_test(tc, guest_disabled_wait_is_intercepted_as_wait);
    tcase_add_test(tc, guest_registers_travel_in_host_registers);
    tcase_add_test(tc, guest_program_interruption_delivered_in_guest);
    tcase_add_test(tc, program_interruption_intercepted_when_asked);
    tcase_add_test(tc, operation_exception_intercept);
    tcase_add_test(tc, guest_beyond_its_limit_gets_addressing);
    tcase_add_test(tc, validity_for_bad_mode_and_prefix);
    tcase_add_test(tc, stop_intervention);
    tcase_add_test(tc, guest_clock_comparator_goes_to_host);
    tcase_add_test(tc, prefix_instructions_are_intercepted);
    tcase_add_test(tc, pageable_guest_translated_through_host_tables);
    tcase_add_test(tc, host_page_fault_nullifies_sie);
    tcase_add_test(tc, tprot_of_unmapped_frame_faults_to_host);
    tcase_add_test(tc, guest_key_change_reaches_host_tlb);
    tcase_add_test(tc, stck_intercepted_in_problem_state);
    tcase_add_test(tc, stckf_follows_the_stck_control);
    tcase_add_test(tc, validity_after_host_page_fault_is_not_a_fault);
    tcase_add_test(tc, sie_operand_checks);
    tcase_add_test(tc, endless_guest_ends_at_host_limit);
    tcase_add_test(tc, odd_guest_address_in_page0_is_specification);
    tcase_add_test(tc, execute_target_interception_carries_the_execute_length);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return h_main(make_suite());
}
