/* The control program's interception handling, one SIE entry at a time: each interception
 * code, the opcode table (SERVC, SIGP, STSI, SPX/STPX/STAP, I/O, not handled), the DIAGNOSE
 * dispatch, STSI 3.2.2 and the statistics line.  Expected values are worked out from the PoP
 * (old PSW past the instruction for suppressing exceptions, ILC, interruption codes), from
 * facts.md (interception codes, DIAGNOSE rules) and by hand (EBCDIC code page 037). */
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "cp.h"
#include "diag/diag.h"
#include "harness.h"
#include "timer.h"

#define CODE 0x2000
#define DATA 0x3000
#define PGM_WAIT_IA 0xDEAD0ULL
#define EXT_WAIT_IA 0xE0E0ULL
#define PSW_64 0x0000000180000000ULL

static struct cp cp;
static struct vm *vm;
static FILE *console;

static void make_vm(unsigned ncpus)
{
    console = tmpfile();
    struct vm_spec s = {.storage = 1ULL << 20, .ncpus = ncpus, .console_out = console, .console_in = -1};
    strcpy(s.id, "TESTVM");
    char err[200];
    ck_assert_int_eq(cp_init(&cp, &s, 1, err, sizeof err), 0);
    vm = &cp.vms[0];
    uint8_t *m = vm->m.mem.bytes;
    /* program-new and external-new PSWs: disabled waits at recognisable addresses */
    st_be64(m + LC_PGM_NEW, 0x0002000180000000ULL);
    st_be64(m + LC_PGM_NEW + 8, PGM_WAIT_IA);
    st_be64(m + LC_EXT_NEW, 0x0002000180000000ULL);
    st_be64(m + LC_EXT_NEW + 8, EXT_WAIT_IA);
    for (unsigned i = 0; i < vm->ncpus; i++) {
        vm->m.cpus[i].cpu.stopped = false;
        cpu_load_psw(&vm->m.cpus[i].cpu, PSW_64, CODE);
        vm->m.cpus[i].cpu.gr[6] = DATA; /* the base register of the S-format operands */
    }
}

static void teardown(void)
{
    cp_free(&cp);
    if (console)
        fclose(console);
    console = NULL;
}

static struct cpu *g0(void) { return &vm->m.cpus[0].cpu; }
static uint8_t *gmem(uint64_t a) { return vm->m.mem.bytes + a; }

static void code(uint64_t addr, const char *hex)
{
    uint8_t *p = gmem(addr);
    for (const char *s = hex; *s;) {
        if (*s == ' ') {
            s++;
            continue;
        }
        unsigned b;
        sscanf(s, "%2x", &b);
        *p++ = (uint8_t)b;
        s += 2;
    }
}

static uint64_t exits(unsigned c) { return vm->vcpus[0].sie.stats.exits[c / 4]; }

/* A program interruption was presented to the guest: code, ILC, old PSW address. */
static void expect_pgm(unsigned pcode, unsigned ilc, uint64_t old_ia)
{
    ck_assert_uint_eq(ld_be16(gmem(LC_PGM_CODE)), pcode);
    ck_assert_uint_eq(ld_be16(gmem(LC_PGM_ILC)), ilc);
    ck_assert_uint_eq(ld_be64(gmem(LC_PGM_OLD + 8)), old_ia);
    ck_assert_uint_eq(g0()->psw.ia, PGM_WAIT_IA);
}

/* ---- DIAGNOSE ---- */

START_TEST(diag_044_continues_cc_unchanged)
{
    make_vm(1);
    code(CODE, "83000044");
    g0()->cc = 2;
    ck_assert_int_eq(cp_vcpu_step(&vm->vcpus[0]), CP_DONE);
    ck_assert_uint_eq(exits(SIE_C_INST), 1);
    ck_assert_uint_eq(g0()->psw.ia, CODE + 4);
    ck_assert_uint_eq(g0()->cc, 2);
    ck_assert_uint_eq(vm->m.diag.count[0x44 / 4], 1);
    ck_assert_uint_eq(ld_be16(gmem(LC_PGM_CODE)), 0); /* no interruption */
    teardown();
}
END_TEST

START_TEST(diag_problem_state_is_privileged_operation)
{
    make_vm(1);
    code(CODE, "83000044");
    cpu_load_psw(g0(), PSW_64 | PSW_PROBLEM, CODE);
    ck_assert_int_eq(cp_vcpu_step(&vm->vcpus[0]), CP_DONE);
    ck_assert_uint_eq(exits(SIE_C_INST), 1); /* DIAGNOSE is intercepted even in problem state */
    expect_pgm(PGM_PRIVILEGED, 4, CODE + 4);
    ck_assert_uint_eq(vm->m.diag.count[0x44 / 4], 1); /* counted as issued */
    teardown();
}
END_TEST

START_TEST(diag_unknown_code_is_specification)
{
    make_vm(1);
    code(CODE, "830003F0"); /* X'3F0': no such code */
    ck_assert_int_eq(cp_vcpu_step(&vm->vcpus[0]), CP_DONE);
    expect_pgm(PGM_SPECIFICATION, 4, CODE + 4);
    teardown();
}
END_TEST

START_TEST(diag_code_not_multiple_of_4_is_specification)
{
    make_vm(1);
    code(CODE, "83000046");
    ck_assert_int_eq(cp_vcpu_step(&vm->vcpus[0]), CP_DONE);
    expect_pgm(PGM_SPECIFICATION, 4, CODE + 4);
    teardown();
}
END_TEST

START_TEST(diag_code_from_base_register)
{
    /* the code is (B2)+D2, low 16 bits: GR5 = 0x10040, D2 = 4 -> X'044' */
    make_vm(1);
    code(CODE, "83005004");
    g0()->gr[5] = 0x10040;
    ck_assert_int_eq(cp_vcpu_step(&vm->vcpus[0]), CP_DONE);
    ck_assert_uint_eq(g0()->psw.ia, CODE + 4);
    ck_assert_uint_eq(vm->m.diag.count[0x44 / 4], 1);
    teardown();
}
END_TEST

static int installed_calls;
static int installed_100(struct diag_call *dc)
{
    installed_calls++;
    dc->cpu->gr[dc->rx] = 0x1234;
    return DIAG_DONE;
}
static int installed_not_handled(struct diag_call *dc)
{
    (void)dc;
    return DIAG_NOT_HANDLED;
}
static const struct diag_def def_0fc = {0x0FC, "t", installed_100, 0, NULL, NULL, NULL, NULL, NULL};
static const struct diag_def def_200 = {0x200, "t", installed_100, 0, NULL, NULL, NULL, NULL, NULL};
static const struct diag_def def_102 = {0x102, "t", installed_100, 0, NULL, NULL, NULL, NULL, NULL};
static const struct diag_def def_100 = {0x100, "t", installed_100, 0, NULL, NULL, NULL, NULL, NULL};
static const struct diag_def def_104 = {0x104, "t", installed_not_handled, 0, NULL, NULL, NULL, NULL, NULL};

START_TEST(diag_installation_codes)
{
    make_vm(1);
    code(CODE, "83200100 83200104");
    ck_assert_int_eq(diag_define(&cp.diag, &def_0fc), -1); /* IBM's range */
    ck_assert_int_eq(diag_define(&cp.diag, &def_200), -1);
    ck_assert_int_eq(diag_define(&cp.diag, &def_102), -1);
    ck_assert_int_eq(diag_define(&cp.diag, &def_100), 0);
    ck_assert_int_eq(diag_define(&cp.diag, &def_104), 0);
    ck_assert_int_eq(cp_vcpu_step(&vm->vcpus[0]), CP_DONE);
    ck_assert_int_eq(installed_calls, 1);
    ck_assert_uint_eq(g0()->gr[2], 0x1234);
    ck_assert_uint_eq(g0()->psw.ia, CODE + 4);
    /* "not handled" is ordinary: a specification exception for the guest */
    ck_assert_int_eq(cp_vcpu_step(&vm->vcpus[0]), CP_DONE);
    expect_pgm(PGM_SPECIFICATION, 4, CODE + 8);
    teardown();
}
END_TEST

/* EBCDIC 037 by hand: A-I C1-C9, J-R D1-D9, S-Z E2-E9, blank 40, digits F0-F9. */
static const uint8_t query_userid[] = {0xD8, 0xE4, 0xC5, 0xD9, 0xE8, 0x40, 0xE4, 0xE2, 0xC5, 0xD9, 0xC9, 0xC4};
/* "TESTVM   AT ZSIE" and X'15' */
static const uint8_t userid_response[] = {0xE3, 0xC5, 0xE2, 0xE3, 0xE5, 0xD4, 0x40, 0x40, 0x40,
                                          0xC1, 0xE3, 0x40, 0xE9, 0xE2, 0xC9, 0xC5, 0x15};

static void diag8_setup(uint32_t buflen)
{
    make_vm(1);
    code(CODE, "83240008"); /* Rx = 2, Ry = 4 */
    memcpy(gmem(DATA), query_userid, sizeof query_userid);
    g0()->gr[2] = DATA;
    g0()->gr[3] = DATA + 0x100;
    g0()->gr[4] = 0x40000000u | sizeof query_userid;
    g0()->gr[5] = buflen;
}

START_TEST(diag_008_query_userid)
{
    diag8_setup(100);
    ck_assert_int_eq(cp_vcpu_step(&vm->vcpus[0]), CP_DONE);
    ck_assert_uint_eq(g0()->psw.ia, CODE + 4);
    ck_assert_uint_eq(g0()->cc, 0);
    ck_assert_uint_eq(g0()->gr[4], 0); /* completion code */
    ck_assert_uint_eq(g0()->gr[5], sizeof userid_response);
    ck_assert_mem_eq(gmem(DATA + 0x100), userid_response, sizeof userid_response);
    /* the CP stored into the page: its change bit is on, as after a CPU store */
    ck_assert_uint_eq(*storage_key(&vm->m.mem, DATA + 0x100) & (SKEY_R | SKEY_C), SKEY_R | SKEY_C);
    teardown();
}
END_TEST

START_TEST(diag_008_response_does_not_fit)
{
    diag8_setup(10);
    ck_assert_int_eq(cp_vcpu_step(&vm->vcpus[0]), CP_DONE);
    ck_assert_uint_eq(g0()->cc, 1);
    /* the buffer holds the first 10 bytes and Ry+1 the 7 that did not fit: buffer length plus
     * Ry+1 is the length needed, as Linux's cpcmd() computes it (arch/s390/kernel/cpcmd.c) */
    ck_assert_uint_eq(g0()->gr[5], sizeof userid_response - 10);
    ck_assert_mem_eq(gmem(DATA + 0x100), userid_response, 10);
    ck_assert_uint_eq(gmem(DATA + 0x100)[10], 0);
    teardown();
}
END_TEST

START_TEST(diag_008_unknown_command)
{
    diag8_setup(100);
    static const uint8_t foo[] = {0xC6, 0xD6, 0xD6}; /* "FOO" */
    memcpy(gmem(DATA), foo, sizeof foo);
    g0()->gr[4] = 0x40000000u | sizeof foo;
    ck_assert_int_eq(cp_vcpu_step(&vm->vcpus[0]), CP_DONE);
    ck_assert_uint_eq(g0()->gr[4], 1); /* HCPCMD001E */
    /* "HCPCMD001E" */
    static const uint8_t msg[] = {0xC8, 0xC3, 0xD7, 0xC3, 0xD4, 0xC4, 0xF0, 0xF0, 0xF1, 0xC5};
    ck_assert_mem_eq(gmem(DATA + 0x100), msg, sizeof msg);
    ck_assert_uint_eq(gmem(DATA + 0x100)[g0()->gr[5] - 1], 0x15);
    teardown();
}
END_TEST

START_TEST(diag_008_consecutive_registers_is_specification)
{
    diag8_setup(100);
    code(CODE, "83230008"); /* Rx = 2, Ry = 3 */
    g0()->gr[3] = 0x40000000u | sizeof query_userid;
    ck_assert_int_eq(cp_vcpu_step(&vm->vcpus[0]), CP_DONE);
    expect_pgm(PGM_SPECIFICATION, 4, CODE + 4);
    teardown();
}
END_TEST

/* ---- opcode level ---- */

START_TEST(stsi_level_and_322)
{
    make_vm(1);
    /* STSI 0: level; STSI 3.2.2 at DATA; STSI 4: CC 3 */
    code(CODE, "B27D6000 B27D6000 B27D6000 B27D6001");
    g0()->gr[0] = 0;
    g0()->gr[1] = 0;
    ck_assert_int_eq(cp_vcpu_step(&vm->vcpus[0]), CP_DONE);
    ck_assert_uint_eq(g0()->gr[0], 0x30000000);
    ck_assert_uint_eq(g0()->cc, 0);

    g0()->gr[0] = 0x30000002;
    g0()->gr[1] = 2;
    ck_assert_int_eq(cp_vcpu_step(&vm->vcpus[0]), CP_DONE);
    ck_assert_uint_eq(g0()->cc, 0);
    const uint8_t *p = gmem(DATA);
    ck_assert_uint_eq(p[31] & 0xF, 1);               /* one VM description */
    ck_assert_uint_eq(ld_be16(p + 32 + 4), 1);        /* CPUs total */
    ck_assert_uint_eq(ld_be16(p + 32 + 6), 1);        /* configured */
    ck_assert_uint_eq(ld_be16(p + 32 + 8), 0);        /* standby */
    static const uint8_t name[] = {0xE3, 0xC5, 0xE2, 0xE3, 0xE5, 0xD4, 0x40, 0x40}; /* TESTVM */
    ck_assert_mem_eq(p + 32 + 12, name, 8);
    static const uint8_t cpi[] = {0xA9, 0x61, 0xE5, 0xD4, 0x40, 0x40, 0x40, 0x40, 0xF7, 0x4B, 0xF4, 0x4B, 0xF0, 0x40, 0x40, 0x40}; /* "z/VM    7.4.0   " */
    ck_assert_mem_eq(p + 32 + 24, cpi, 16);
    ck_assert_uint_eq(p[32 + 64 + 12], 0);            /* no second description */

    g0()->gr[0] = 0x40000000;
    g0()->gr[1] = 0;
    ck_assert_int_eq(cp_vcpu_step(&vm->vcpus[0]), CP_DONE);
    ck_assert_uint_eq(g0()->cc, 3);

    /* 3.2.2 into a block that is not 4 KiB aligned: specification */
    g0()->gr[0] = 0x30000002;
    g0()->gr[1] = 2;
    ck_assert_int_eq(cp_vcpu_step(&vm->vcpus[0]), CP_DONE);
    expect_pgm(PGM_SPECIFICATION, 4, CODE + 16);
    teardown();
}
END_TEST

START_TEST(stsi_reserved_bits_are_specification)
{
    make_vm(1);
    code(CODE, "B27D6000");
    g0()->gr[0] = 0x30000102; /* bits 36-55 must be zero */
    g0()->gr[1] = 2;
    ck_assert_int_eq(cp_vcpu_step(&vm->vcpus[0]), CP_DONE);
    expect_pgm(PGM_SPECIFICATION, 4, CODE + 4);
    teardown();
}
END_TEST

START_TEST(servc_reaches_the_sclp)
{
    make_vm(1);
    code(CODE, "B2200012");
    g0()->gr[1] = SCLP_CMD_READ_SCP_INFO;
    g0()->gr[2] = 0x4000;
    st_be16(gmem(0x4000), 4096);
    ck_assert_int_eq(cp_vcpu_step(&vm->vcpus[0]), CP_DONE);
    ck_assert_uint_eq(g0()->cc, 0);
    ck_assert_uint_eq(ld_be16(gmem(0x4000 + SCCB_RESPONSE)), SCLP_RC_NORMAL_READ);
    ck_assert_uint_eq(ld_be16(gmem(0x4000 + SCP_RNMAX)), 1); /* 1 MiB of guest storage */
    ck_assert_uint_eq(ld_be16(gmem(0x4000 + SCP_NCPURL)), 1);
    ck_assert(atomic_load(&g0()->pending) & PEND_EXT_SERVICE);
    ck_assert_uint_eq(g0()->service_param, 0x4000);
    teardown();
}
END_TEST

START_TEST(servc_bad_sccb_is_reflected)
{
    make_vm(1);
    code(CODE, "B2200012");
    g0()->gr[1] = SCLP_CMD_READ_SCP_INFO;
    g0()->gr[2] = 0x4004; /* not doubleword aligned */
    ck_assert_int_eq(cp_vcpu_step(&vm->vcpus[0]), CP_DONE);
    expect_pgm(PGM_SPECIFICATION, 4, CODE + 4);
    teardown();
}
END_TEST

START_TEST(stap_stpx_spx_on_the_guest)
{
    make_vm(2);
    struct cpu *c1 = &vm->m.cpus[1].cpu;
    code(CODE, "B2126000 B2116004 B2106008");
    st_be32(gmem(DATA + 8), 0x6000);
    ck_assert_int_eq(cp_vcpu_step(&vm->vcpus[1]), CP_DONE);
    ck_assert_uint_eq(vm->vcpus[1].sie.stats.exits[SIE_C_INST / 4], 1);
    ck_assert_uint_eq(ld_be16(gmem(DATA)), 1); /* CPU address of the second CPU */
    ck_assert_int_eq(cp_vcpu_step(&vm->vcpus[1]), CP_DONE);
    ck_assert_uint_eq(ld_be32(gmem(DATA + 4)), 0);
    ck_assert_int_eq(cp_vcpu_step(&vm->vcpus[1]), CP_DONE);
    ck_assert_uint_eq(c1->prefix, 0x6000);
    ck_assert_uint_eq(c1->psw.ia, CODE + 12);
    teardown();
}
END_TEST

START_TEST(sigp_among_the_vm_cpus)
{
    make_vm(2);
    /* SIGP 1,2,1 (sense): CPU 1 is stopped -> CC 1, status 0x40; then to CPU 5: CC 3 */
    code(CODE, "AE120001 AE120001");
    vm->m.cpus[1].state = MS_STOPPED;
    g0()->gr[1] = 0xFFFFFFFF00000000ULL;
    g0()->gr[2] = 1;
    ck_assert_int_eq(cp_vcpu_step(&vm->vcpus[0]), CP_DONE);
    ck_assert_uint_eq(g0()->cc, 1);
    ck_assert_uint_eq(g0()->gr[1], 0xFFFFFFFF00000040ULL);
    g0()->gr[2] = 5;
    ck_assert_int_eq(cp_vcpu_step(&vm->vcpus[0]), CP_DONE);
    ck_assert_uint_eq(g0()->cc, 3);
    teardown();
}
END_TEST

START_TEST(io_instructions_not_operational)
{
    make_vm(1);
    code(CODE, "B2336000 B2366000 B2396000");
    g0()->gr[1] = 0x00010000;
    st_be32(gmem(DATA), 0xFFFFFFFF);
    ck_assert_int_eq(cp_vcpu_step(&vm->vcpus[0]), CP_DONE); /* SSCH */
    ck_assert_uint_eq(g0()->cc, 3);
    ck_assert_int_eq(cp_vcpu_step(&vm->vcpus[0]), CP_DONE); /* TPI: nothing pending */
    ck_assert_uint_eq(g0()->cc, 0);
    ck_assert_int_eq(cp_vcpu_step(&vm->vcpus[0]), CP_DONE); /* STCRW: zeros, CC 1 */
    ck_assert_uint_eq(g0()->cc, 1);
    ck_assert_uint_eq(ld_be32(gmem(DATA)), 0);
    teardown();
}
END_TEST

START_TEST(unhandled_instruction_is_operation_exception)
{
    make_vm(1);
    code(CODE, "B2146000"); /* SIE from the guest: intercepted, no handler */
    ck_assert_int_eq(cp_vcpu_step(&vm->vcpus[0]), CP_DONE);
    ck_assert_uint_eq(exits(SIE_C_INST), 1);
    expect_pgm(PGM_OPERATION, 4, CODE + 4);
    ck_assert_uint_eq(vm->counts.not_handled, 1);
    teardown();
}
END_TEST

/* ---- interception codes ---- */

START_TEST(wait_state_goes_to_the_cpu_thread)
{
    make_vm(1);
    code(CODE, "B2B26100"); /* LPSWE: disabled wait */
    st_be64(gmem(DATA + 0x100), 0x0002000180000000ULL);
    st_be64(gmem(DATA + 0x108), 0x1234);
    ck_assert_int_eq(cp_vcpu_step(&vm->vcpus[0]), EXEC_WAIT);
    ck_assert_uint_eq(exits(SIE_C_WAIT), 1);
    ck_assert_uint_eq(g0()->psw.ia, 0x1234);
    teardown();
}
END_TEST

START_TEST(addressing_exception_is_reflected)
{
    make_vm(1);
    code(CODE, "58102000"); /* L 1,0(2) past the 1 MiB of guest storage */
    g0()->gr[2] = 0x100000;
    ck_assert_int_eq(cp_vcpu_step(&vm->vcpus[0]), CP_DONE);
    ck_assert_uint_eq(exits(SIE_C_PGM), 1);
    ck_assert_uint_eq(vm->counts.reflected_pgm, 1);
    expect_pgm(PGM_ADDRESSING, 4, CODE + 4);
    teardown();
}
END_TEST

START_TEST(operation_exception_in_the_guest)
{
    make_vm(1);
    /* not intercepted (ic leaves operation exceptions to the guest): delivered in the guest,
     * whose program-new PSW is a disabled wait */
    code(CODE, "0000");
    ck_assert_int_eq(cp_vcpu_step(&vm->vcpus[0]), EXEC_WAIT);
    ck_assert_uint_eq(exits(SIE_C_WAIT), 1);
    expect_pgm(PGM_OPERATION, 2, CODE + 2);
    teardown();
}
END_TEST

START_TEST(clock_comparator_reaches_the_guest)
{
    /* CKC in the past, CR0 bit 52 on, PSW enabled for external: interruption 1004, through
     * the CP (code 0x14) or directly, the guest sees the same */
    make_vm(1);
    code(CODE, "A7F40000"); /* J * */
    g0()->cr[0] |= 1ULL << (63 - 52);
    g0()->clock_comparator = 0;
    cpu_load_psw(g0(), PSW_64 | PSW_EXT, CODE);
    for (int i = 0; i < 3 && g0()->psw.ia != EXT_WAIT_IA; i++)
        ck_assert_int_eq(cp_vcpu_step(&vm->vcpus[0]), CP_DONE);
    ck_assert_uint_eq(g0()->psw.ia, EXT_WAIT_IA);
    ck_assert_uint_eq(ld_be16(gmem(LC_EXT_CODE)), 0x1004);
    ck_assert_uint_eq(ld_be64(gmem(LC_EXT_OLD + 8)), CODE);
    ck_assert_uint_eq(exits(SIE_C_EXTINT), vm->counts.reflected_ext);
    teardown();
}
END_TEST

START_TEST(stop_request_ends_with_code_28)
{
    make_vm(1);
    code(CODE, "A7F40000"); /* J * */
    atomic_fetch_or(&g0()->pending, PEND_STOP); /* as SIGP stop or the end of the run leave it */
    ck_assert_int_eq(cp_vcpu_step(&vm->vcpus[0]), EXEC_STOP);
    ck_assert_uint_eq(exits(SIE_C_STOP), 1);
    teardown();
}
END_TEST

START_TEST(intercepted_operation_exception_code_2c)
{
    make_vm(1);
    code(CODE, "0000");
    vm->vcpus[0].sie.sd->ic[0] = SIE_IC0_OPEREX;
    ck_assert_int_eq(cp_vcpu_step(&vm->vcpus[0]), CP_DONE);
    ck_assert_uint_eq(exits(SIE_C_OPEREXC), 1);
    expect_pgm(PGM_OPERATION, 2, CODE + 2);
    teardown();
}
END_TEST

START_TEST(intervention_request_code_10_reenters)
{
    make_vm(1);
    code(CODE, "A7F40000");
    cpu_load_psw(g0(), PSW_64 | PSW_EXT, CODE);
    vm->vcpus[0].sie.sd->v = SIE_V_EXT;
    ck_assert_int_eq(cp_vcpu_step(&vm->vcpus[0]), CP_DONE);
    ck_assert_uint_eq(exits(SIE_C_EXTREQ), 1);
    ck_assert_uint_eq(g0()->psw.ia, CODE); /* unchanged */
    teardown();
}
END_TEST

START_TEST(instruction_limit_ends_with_code_0)
{
    make_vm(1);
    code(CODE, "A7F40000"); /* J * */
    vm->max_insns = 1000;
    ck_assert_int_eq(cp_vcpu_step(&vm->vcpus[0]), EXEC_LIMIT);
    ck_assert_uint_eq(exits(SIE_C_NONE), 1);
    ck_assert_uint_eq(g0()->insn_count, 1000);
    teardown();
}
END_TEST

START_TEST(validity_stops_the_cpu)
{
    make_vm(1);
    /* a prefix outside the guest's storage: validity 0x20 reason 0x0010 */
    g0()->prefix = 0x200000;
    ck_assert_int_eq(cp_vcpu_step(&vm->vcpus[0]), EXEC_STOP);
    ck_assert_uint_eq(exits(SIE_C_VALIDITY), 1);
    ck_assert(vm->failed);
    teardown();
}
END_TEST

START_TEST(stats_line_format)
{
    make_vm(1);
    code(CODE, "83000044 B2B26100");
    st_be64(gmem(DATA + 0x100), 0x0002000180000000ULL);
    st_be64(gmem(DATA + 0x108), 0);
    ck_assert_int_eq(cp_vcpu_step(&vm->vcpus[0]), CP_DONE);
    ck_assert_int_eq(cp_vcpu_step(&vm->vcpus[0]), EXEC_WAIT);
    char line[300];
    cp_stats_line(vm, line, sizeof line);
    const char *want = "zsie: I060 TESTVM SIE entries=2 exits=2 04=1 1C=1 guest-insns=";
    ck_assert_msg(!strncmp(line, want, strlen(want)), "got '%s'", line);
    teardown();
}
END_TEST

START_TEST(vms_get_separate_windows)
{
    struct vm_spec s[2] = {{.storage = 1ULL << 20, .ncpus = 2, .console_in = -1},
                           {.storage = 3ULL << 20, .ncpus = 1, .console_in = -1}};
    strcpy(s[0].id, "A");
    strcpy(s[1].id, "B");
    char err[200];
    ck_assert_int_eq(cp_init(&cp, s, 2, err, sizeof err), 0);
    /* [SD 1M][A 1M][guard 1M][SD 1M][B 3M][guard 1M] */
    ck_assert_uint_eq(cp.host.size, 8ULL << 20);
    ck_assert_uint_eq(cp.vms[0].sd_base, 0);
    ck_assert_uint_eq(cp.vms[0].mso, 1ULL << 20);
    ck_assert_uint_eq(cp.vms[1].sd_base, 3ULL << 20);
    ck_assert_uint_eq(cp.vms[1].mso, 4ULL << 20);
    ck_assert_uint_eq(cp.vms[1].m.mem.size, 3ULL << 20);
    ck_assert_uint_eq(cp.vms[0].vcpus[1].sd_abs, 512);
    const struct sie_sd *sd = (const struct sie_sd *)(cp.host.bytes + cp.vms[1].vcpus[0].sd_abs);
    ck_assert_uint_eq(sd->mx, SIE_MX_ZARCH);
    ck_assert_uint_eq(sd->m, 0);
    ck_assert_uint_eq(ld_be64(sd->mso), 4ULL << 20);
    ck_assert_uint_eq(ld_be64(sd->mse), (7ULL << 20) - 1);
    cp_free(&cp);
}
END_TEST

/* The guard after a VM's storage (issue 10): reading its first page is harmless (the decode
 * cache's 8-byte loads), any write -- an overrun out of the VM's window -- faults at once. */
static void guard_hit(int sig)
{
    (void)sig;
    _exit(42);
}

static void guard_setup(unsigned which)
{
    struct vm_spec s[2] = {{.storage = 1ULL << 20, .ncpus = 1, .console_in = -1},
                           {.storage = 1ULL << 20, .ncpus = 1, .console_in = -1}};
    strcpy(s[0].id, "A");
    strcpy(s[1].id, "B");
    char err[200];
    ck_assert_int_eq(cp_init(&cp, s, 2, err, sizeof err), 0);
    struct sigaction sa = {.sa_handler = guard_hit};
    sigaction(SIGSEGV, &sa, NULL);
    sigaction(SIGBUS, &sa, NULL);
    volatile uint8_t *end = cp.host.bytes + cp.vms[0].mso + cp.vms[0].size;
    ck_assert_uint_eq(end[0] | end[15], 0); /* readable */
    if (which == 0)
        end[0] = 1;
    else
        end[PAGE_SIZE + 100] = 1;
}

START_TEST(write_into_the_guard_after_a_vm_faults)
{
    guard_setup(0);
}
END_TEST

START_TEST(write_deeper_into_the_guard_faults)
{
    guard_setup(1);
}
END_TEST

static Suite *make_suite(void)
{
    Suite *s = suite_create("cp");
    TCase *t = tcase_create("diag");
    tcase_add_test(t, diag_044_continues_cc_unchanged);
    tcase_add_test(t, diag_problem_state_is_privileged_operation);
    tcase_add_test(t, diag_unknown_code_is_specification);
    tcase_add_test(t, diag_code_not_multiple_of_4_is_specification);
    tcase_add_test(t, diag_code_from_base_register);
    tcase_add_test(t, diag_installation_codes);
    tcase_add_test(t, diag_008_query_userid);
    tcase_add_test(t, diag_008_response_does_not_fit);
    tcase_add_test(t, diag_008_unknown_command);
    tcase_add_test(t, diag_008_consecutive_registers_is_specification);
    suite_add_tcase(s, t);
    t = tcase_create("opcode");
    tcase_add_test(t, stsi_level_and_322);
    tcase_add_test(t, stsi_reserved_bits_are_specification);
    tcase_add_test(t, servc_reaches_the_sclp);
    tcase_add_test(t, servc_bad_sccb_is_reflected);
    tcase_add_test(t, stap_stpx_spx_on_the_guest);
    tcase_add_test(t, sigp_among_the_vm_cpus);
    tcase_add_test(t, io_instructions_not_operational);
    tcase_add_test(t, unhandled_instruction_is_operation_exception);
    suite_add_tcase(s, t);
    t = tcase_create("code");
    tcase_add_test(t, wait_state_goes_to_the_cpu_thread);
    tcase_add_test(t, addressing_exception_is_reflected);
    tcase_add_test(t, operation_exception_in_the_guest);
    tcase_add_test(t, clock_comparator_reaches_the_guest);
    tcase_add_test(t, instruction_limit_ends_with_code_0);
    tcase_add_test(t, stop_request_ends_with_code_28);
    tcase_add_test(t, intercepted_operation_exception_code_2c);
    tcase_add_test(t, intervention_request_code_10_reenters);
    tcase_add_test(t, validity_stops_the_cpu);
    tcase_add_test(t, stats_line_format);
    tcase_add_test(t, vms_get_separate_windows);
    tcase_add_exit_test(t, write_into_the_guard_after_a_vm_faults, 42);
    tcase_add_exit_test(t, write_deeper_into_the_guard_faults, 42);
    suite_add_tcase(s, t);
    return s;
}

int main(void)
{
    return h_main(make_suite());
}
