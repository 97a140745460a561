/* DIAGNOSE X'008' and the CP commands, on a control program with two virtual machines (a
 * class G user LINUX1 and a class A-G operator OPER) and on the bare machine (a one-VM
 * system, user ZSIE).
 *
 * Expected values:
 * - registers, CC and the buffer rules: z/VM CP Programming Services, DIAGNOSE code X'08'
 *   (Ry flags X'40', length at most 240, Ry = 0 a no-operation, Rx/Ry not 15 nor
 *   consecutive with a buffer, each response line followed by X'15', CC 1 when the
 *   response does not fit); the length in Ry+1 after CC 1 as Linux's cpcmd() uses it
 *   (arch/s390/kernel/cpcmd.c: needed length = buffer length + Ry+1);
 * - responses and completion codes: z/VM CP Commands and Utilities Reference and CP
 *   Messages and Codes (HCPCMD001E Unknown CP command, HCP003E Invalid option, HCP020E
 *   Userid missing or invalid, HCP026E Operand missing or invalid, HCP045E not logged on;
 *   the completion code is the message number);
 * - EBCDIC: code page 037 by hand (the table below), not zsie's converter. */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "cp.h"
#include "diag/diag.h"
#include "harness.h"
#include "timer.h"

#define CODE 0x2000
#define CMD 0x3000
#define BUF 0x4000
#define PGM_WAIT_IA 0xDEAD0ULL
#define PSW_64 0x0000000180000000ULL

/* ---- EBCDIC 037 by hand ---- */

static uint8_t to_ebcdic(char ch)
{
    static const char *const rows[] = {"ABCDEFGHI", "JKLMNOPQR", "STUVWXYZ", "abcdefghi", "jklmnopqr", "stuvwxyz"};
    static const uint8_t first[] = {0xC1, 0xD1, 0xE2, 0x81, 0x91, 0xA2};
    for (unsigned r = 0; r < 6; r++) {
        const char *at = strchr(rows[r], ch);
        if (ch && at)
            return (uint8_t)(first[r] + (at - rows[r]));
    }
    if (ch >= '0' && ch <= '9')
        return (uint8_t)(0xF0 + (ch - '0'));
    static const char sym[] = " .(+*);-/,_:#@'=$";
    static const uint8_t code[] = {0x40, 0x4B, 0x4D, 0x4E, 0x5C, 0x5D, 0x5E, 0x60, 0x61,
                                   0x6B, 0x6D, 0x7A, 0x7B, 0x7C, 0x7D, 0x7E, 0x5B};
    const char *at = strchr(sym, ch);
    if (ch == '\n')
        return 0x15;
    ck_assert_msg(ch && at, "no EBCDIC for '%c'", ch);
    return code[at - sym];
}

static char from_ebcdic(uint8_t e)
{
    for (int ch = 1; ch < 128; ch++) {
        if (!strchr("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 .(+*);-/,_:#@'=$\n", ch))
            continue;
        if (to_ebcdic((char)ch) == e)
            return (char)ch;
    }
    return '?';
}

/* ---- a CP with two virtual machines ---- */

static struct cp cp;
static FILE *consoles[2];

static void make_cp(void)
{
    struct vm_spec s[2] = {{.storage = 2ULL << 20, .ncpus = 1, .console_in = -1},
                           {.storage = 1ULL << 20, .ncpus = 2, .console_in = -1}};
    strcpy(s[0].id, "LINUX1");
    strcpy(s[0].classes, "G");
    strcpy(s[1].id, "OPER");
    strcpy(s[1].classes, "ABCDEFG");
    for (int i = 0; i < 2; i++) {
        consoles[i] = tmpfile();
        s[i].console_out = consoles[i];
    }
    char err[200];
    ck_assert_int_eq(cp_init(&cp, s, 2, err, sizeof err), 0);
    for (unsigned v = 0; v < 2; v++) {
        struct vm *vm = &cp.vms[v];
        uint8_t *m = vm->m.mem.bytes;
        st_be64(m + LC_PGM_NEW, 0x0002000180000000ULL);
        st_be64(m + LC_PGM_NEW + 8, PGM_WAIT_IA);
        struct cpu *c = &vm->m.cpus[0].cpu;
        c->stopped = false;
        cpu_load_psw(c, PSW_64, CODE);
        vm->lr.psw_mask = PSW_64;
        vm->lr.psw_ia = CODE;
    }
}

static void free_cp(void)
{
    cp_free(&cp);
    for (int i = 0; i < 2; i++) {
        if (consoles[i])
            fclose(consoles[i]);
        consoles[i] = NULL;
    }
}

static struct cpu *gcpu(unsigned v) { return &cp.vms[v].m.cpus[0].cpu; }
static uint8_t *gmem(unsigned v, uint64_t a) { return cp.vms[v].m.mem.bytes + a; }

/* Place text (ASCII; '\n' separates commands) at addr in EBCDIC. */
static size_t put_text(uint8_t *mem, const char *text)
{
    size_t n = strlen(text);
    for (size_t i = 0; i < n; i++)
        mem[i] = to_ebcdic(text[i]);
    return n;
}

static void place_diag(uint8_t *mem, const char *hex)
{
    for (unsigned i = 0; hex[i * 2]; i++) {
        unsigned b;
        sscanf(hex + i * 2, "%2x", &b);
        mem[CODE + i] = (uint8_t)b;
    }
}

/* Set up DIAG 2,4,X'008' with the command, a buffer of buflen at BUF (buflen < 0: no buffer). */
static void setup(struct cpu *c, uint8_t *mem, const char *cmd, long buflen)
{
    place_diag(mem, "83240008");
    size_t n = put_text(mem + CMD, cmd);
    cpu_load_psw(c, PSW_64, CODE);
    c->gr[2] = CMD;
    c->gr[3] = BUF;
    c->gr[4] = (buflen >= 0 ? 0x40000000u : 0) | (uint32_t)n;
    c->gr[5] = buflen >= 0 ? (uint64_t)buflen : 0x5555;
}

static char response[20000];

/* The response in the buffer, decoded (n bytes). */
static const char *decode(const uint8_t *p, size_t n)
{
    ck_assert_uint_lt(n, sizeof response);
    for (size_t i = 0; i < n; i++)
        response[i] = from_ebcdic(p[i]);
    response[n] = 0;
    return response;
}

/* Issue cmd on VM v with a 4 KiB buffer; returns the step's outcome.  On CC 0 the response
 * is in response[]. */
static int issue(unsigned v, const char *cmd)
{
    setup(gcpu(v), gmem(v, 0), cmd, 4096);
    int rc = cp_vcpu_step(&cp.vms[v].vcpus[0]);
    if (gcpu(v)->cc == 0 && gcpu(v)->psw.ia == CODE + 4)
        decode(gmem(v, BUF), gcpu(v)->gr[5]);
    else
        response[0] = 0;
    return rc;
}

static uint32_t rc_of(unsigned v) { return (uint32_t)gcpu(v)->gr[4]; }

/* The whole console output of VM v so far. */
static const char *console_text(unsigned v)
{
    static char text[8192];
    FILE *f = consoles[v];
    fflush(f);
    long pos = ftell(f);
    rewind(f);
    size_t n = fread(text, 1, sizeof text - 1, f);
    text[n] = 0;
    fseek(f, pos, SEEK_SET);
    return text;
}

static void expect_pgm(unsigned v, unsigned code)
{
    ck_assert_uint_eq(ld_be16(gmem(v, LC_PGM_CODE)), code);
    ck_assert_uint_eq(ld_be64(gmem(v, LC_PGM_OLD + 8)), CODE + 4);
    ck_assert_uint_eq(gcpu(v)->psw.ia, PGM_WAIT_IA);
}

/* ---- commands and their responses ---- */

START_TEST(query_userid_and_abbreviations)
{
    make_cp();
    static const char *const forms[] = {"QUERY USERID", "Q USERID", "q userid", "QUE USERID", "  Q   USERID  ",
                                        "Q USERID *"};
    for (unsigned i = 0; i < sizeof forms / sizeof forms[0]; i++) {
        ck_assert_int_eq(issue(0, forms[i]), CP_DONE);
        ck_assert_uint_eq(gcpu(0)->cc, 0);
        ck_assert_uint_eq(rc_of(0), 0);
        ck_assert_str_eq(response, "LINUX1   AT ZSIE\n");
        ck_assert_uint_eq(gcpu(0)->gr[5], 17);
    }
    /* another user's id, and one not logged on */
    issue(0, "Q USERID OPER");
    ck_assert_str_eq(response, "OPER     AT ZSIE\n");
    issue(0, "Q USERID NOBODY");
    ck_assert_uint_eq(rc_of(0), 45);
    ck_assert_str_eq(response, "HCPCQU045E NOBODY not logged on\n");
    /* too long a word is not a command */
    issue(0, "QUERYX USERID");
    ck_assert_uint_eq(rc_of(0), 1);
    ck_assert_str_eq(response, "HCPCMD001E Unknown CP command: QUERYX\n");
    issue(0, "Q USERID * EXTRA");
    ck_assert_uint_eq(rc_of(0), 3);
    ck_assert_str_eq(response, "HCPCQU003E Invalid option - command contains extra option(s) starting with EXTRA\n");
    issue(0, "Q FOO");
    ck_assert_uint_eq(rc_of(0), 3);
    ck_assert_str_eq(response, "HCPCQU003E Invalid option - FOO\n");
    issue(0, "QUERY");
    ck_assert_uint_eq(rc_of(0), 26);
    ck_assert_str_eq(response, "HCPCQU026E Operand missing or invalid\n");
    free_cp();
}
END_TEST

START_TEST(query_names_lists_both)
{
    make_cp();
    ck_assert_int_eq(issue(0, "Q N"), CP_DONE);
    ck_assert_uint_eq(rc_of(0), 0);
    ck_assert_str_eq(response, "LINUX1   - DSC , OPER     - DSC\n");
    issue(1, "QUERY NAMES");
    ck_assert_str_eq(response, "LINUX1   - DSC , OPER     - DSC\n");
    free_cp();
}
END_TEST

START_TEST(query_virtual_storage_and_cpus)
{
    make_cp();
    issue(0, "Q V STOR");
    ck_assert_uint_eq(rc_of(0), 0);
    ck_assert_str_eq(response, "STORAGE = 2M MAX = 2M INC = 1M STANDBY = 0 RESERVED = 0\n");
    issue(1, "QUERY VIRTUAL STORAGE");
    ck_assert_str_eq(response, "STORAGE = 1M MAX = 1M INC = 1M STANDBY = 0 RESERVED = 0\n");
    /* CPU ID: version X'FF', the STIDP number with the CPU address in bits 8-11, type 2817,
     * bits 48-63 X'8000'; CPU 01 has not been started */
    issue(1, "Q V CPUS");
    ck_assert_str_eq(response, "CPU 00  ID  FF005E1E28178000 (BASE) CP   CPUAFF ON\n"
                               "CPU 01  ID  FF105E1E28178000 STOPPED CP   CPUAFF ON\n");
    issue(1, "Q V");
    ck_assert_uint_eq(rc_of(1), 26);
    issue(1, "Q V DASD");
    ck_assert_uint_eq(rc_of(1), 3);
    ck_assert_str_eq(response, "HCPCQU003E Invalid option - DASD\n");
    free_cp();
}
END_TEST

START_TEST(query_time_and_cplevel)
{
    make_cp();
    time_t before = time(NULL);
    issue(0, "Q TIME");
    time_t after = time(NULL);
    ck_assert_uint_eq(rc_of(0), 0);
    unsigned hh, mm, ss, mo, dd, yy, ch, cm, cs, v1, v2, v3, t1, t2, t3;
    char day[16];
    int got = sscanf(response, "TIME IS %2u:%2u:%2u UTC %15[A-Z] %2u/%2u/%2u\nCONNECT= %2u:%2u:%2u VIRTCPU= %3u:%2u.%2u "
                               "TOTCPU= %3u:%2u.%2u\n",
                     &hh, &mm, &ss, day, &mo, &dd, &yy, &ch, &cm, &cs, &v1, &v2, &v3, &t1, &t2, &t3);
    ck_assert_msg(got == 16, "'%s' parsed %d fields", response, got);
    struct tm tm;
    gmtime_r(&before, &tm);
    if (before == after || (unsigned)tm.tm_sec == ss) {
        static const char *const days[] = {"SUNDAY",   "MONDAY", "TUESDAY", "WEDNESDAY",
                                           "THURSDAY", "FRIDAY", "SATURDAY"};
        ck_assert_str_eq(day, days[tm.tm_wday]);
        ck_assert_uint_eq(mo, (unsigned)tm.tm_mon + 1);
        ck_assert_uint_eq(dd, (unsigned)tm.tm_mday);
        ck_assert_uint_eq(yy, (unsigned)tm.tm_year % 100);
        ck_assert_uint_eq(hh, (unsigned)tm.tm_hour);
    }
    ck_assert_uint_eq(ch, 0); /* logged on moments ago */
    ck_assert_uint_le(cm * 60 + cs, 60);
    issue(0, "Q CPLEVEL");
    ck_assert_uint_eq(rc_of(0), 0);
    const char *nl = strchr(response, '\n');
    ck_assert_ptr_nonnull(nl);
    ck_assert_int_eq(strncmp(response, "z/VM Version 7 Release 4.0, service level 0000 (64-bit)\n",
                             (size_t)(nl - response + 1)),
                     0);
    ck_assert_int_eq(sscanf(nl + 1, "IPL at %2u/%2u/%2u %2u:%2u:%2u UTC\n", &mo, &dd, &yy, &hh, &mm, &ss), 6);
    issue(0, "Q TI");
    ck_assert_uint_eq(rc_of(0), 0);
    free_cp();
}
END_TEST

START_TEST(message_reaches_the_other_console)
{
    make_cp();
    ck_assert_int_eq(issue(0, "MSG OPER Hello, operator"), CP_DONE);
    ck_assert_uint_eq(rc_of(0), 0);
    ck_assert_uint_eq(gcpu(0)->cc, 0);
    ck_assert_uint_eq(gcpu(0)->gr[5], 0); /* no response */
    ck_assert_ptr_nonnull(strstr(console_text(1), "MSG FROM LINUX1  : Hello, operator\n"));
    ck_assert_ptr_null(strstr(console_text(0), "Hello"));
    /* the receiver's storage is not touched: only its console */
    issue(1, "M LINUX1 back");
    ck_assert_ptr_nonnull(strstr(console_text(0), "MSG FROM OPER    : back\n"));
    issue(0, "MESSAGE * to myself");
    ck_assert_ptr_nonnull(strstr(console_text(0), "MSG FROM LINUX1  : to myself\n"));
    issue(0, "MSG NOBODY hi");
    ck_assert_uint_eq(rc_of(0), 45);
    ck_assert_str_eq(response, "HCPMSG045E NOBODY not logged on\n");
    issue(0, "MSG");
    ck_assert_uint_eq(rc_of(0), 20);
    ck_assert_str_eq(response, "HCPMSG020E Userid missing or invalid\n");
    issue(0, "MSG TOOLONGID hi");
    ck_assert_uint_eq(rc_of(0), 20);
    free_cp();
}
END_TEST

START_TEST(class_g_cannot_force_or_shut_down)
{
    make_cp();
    ck_assert_int_eq(issue(0, "FORCE OPER"), CP_DONE);
    ck_assert_uint_eq(rc_of(0), 1);
    ck_assert_str_eq(response, "HCPCMD001E Unknown CP command: FORCE\n");
    ck_assert_int_eq(issue(0, "SHUTDOWN"), CP_DONE);
    ck_assert_uint_eq(rc_of(0), 1);
    ck_assert_str_eq(response, "HCPCMD001E Unknown CP command: SHUTDOWN\n");
    ck_assert(!atomic_load(&cp.vms[1].m.diag.logged_off));
    ck_assert(!atomic_load(&cp.vms[0].m.diag.logged_off));
    /* another user's INDICATE needs class E */
    issue(0, "INDICATE USER OPER");
    ck_assert_uint_eq(rc_of(0), 3);
    issue(0, "Q N");
    ck_assert_str_eq(response, "LINUX1   - DSC , OPER     - DSC\n");
    free_cp();
}
END_TEST

START_TEST(class_a_forces_another_vm)
{
    make_cp();
    ck_assert_int_eq(issue(1, "FORCE LINUX1"), CP_DONE);
    ck_assert_uint_eq(rc_of(1), 0);
    ck_assert_str_eq(response, "USER DSC LOGOFF AS LINUX1   USERS = 001 FORCED BY OPER\n");
    ck_assert(atomic_load(&cp.vms[0].m.diag.logged_off));
    /* its run is over: the controller would stop its CPUs */
    ck_assert(cp.vms[0].m.ended);
    ck_assert_int_eq(cp.vms[0].m.end, RUN_LOGOFF);
    ck_assert_ptr_nonnull(strstr(console_text(0), "LOGOFF AT "));
    ck_assert_ptr_nonnull(strstr(console_text(0), " BY SYSTEM\n"));
    issue(1, "Q N");
    ck_assert_str_eq(response, "OPER     - DSC\n");
    issue(1, "MSG LINUX1 are you there");
    ck_assert_uint_eq(rc_of(1), 45);
    issue(1, "FORCE LINUX1");
    ck_assert_uint_eq(rc_of(1), 45);
    ck_assert_str_eq(response, "HCPFRC045E LINUX1 not logged on\n");
    issue(1, "FORCE");
    ck_assert_uint_eq(rc_of(1), 20);
    issue(1, "FORC LINUX1"); /* FORCE has no abbreviation */
    ck_assert_uint_eq(rc_of(1), 1);
    free_cp();
}
END_TEST

START_TEST(logoff_ends_the_issuer)
{
    make_cp();
    setup(gcpu(0), gmem(0, 0), "LOGOFF", 4096);
    ck_assert_int_eq(cp_vcpu_step(&cp.vms[0].vcpus[0]), EXEC_STOP);
    ck_assert(atomic_load(&cp.vms[0].m.diag.logged_off));
    ck_assert_int_eq(cp.vms[0].m.end, RUN_LOGOFF);
    const char *t = console_text(0);
    ck_assert_ptr_nonnull(strstr(t, "CONNECT= 00:00:"));
    ck_assert_ptr_nonnull(strstr(t, "LOGOFF AT "));
    issue(1, "Q N");
    ck_assert_str_eq(response, "OPER     - DSC\n");
    /* LOG, LOGOUT and LOGOFF HOLD are LOGOFF too; LOGOFF FOO is not */
    issue(1, "LOGOFF FOO");
    ck_assert_uint_eq(rc_of(1), 3);
    ck_assert(!atomic_load(&cp.vms[1].m.diag.logged_off));
    setup(gcpu(1), gmem(1, 0), "LOG HOLD", 4096);
    ck_assert_int_eq(cp_vcpu_step(&cp.vms[1].vcpus[0]), EXEC_STOP);
    free_cp();
}
END_TEST

START_TEST(shutdown_by_class_a_ends_every_vm)
{
    make_cp();
    setup(gcpu(1), gmem(1, 0), "SHUTDOWN", 4096);
    ck_assert_int_eq(cp_vcpu_step(&cp.vms[1].vcpus[0]), EXEC_STOP);
    for (unsigned v = 0; v < 2; v++) {
        ck_assert(atomic_load(&cp.vms[v].m.diag.logged_off));
        ck_assert_int_eq(cp.vms[v].m.end, RUN_LOGOFF);
        ck_assert_ptr_nonnull(strstr(console_text(v), "SYSTEM SHUTDOWN STARTED\n"));
    }
    free_cp();
}
END_TEST

START_TEST(set_run_and_indicate_user)
{
    make_cp();
    issue(0, "SET RUN ON");
    ck_assert_uint_eq(rc_of(0), 0);
    ck_assert_uint_eq(gcpu(0)->gr[5], 0);
    issue(0, "Q SET");
    ck_assert_ptr_nonnull(strstr(response, "RUN ON"));
    issue(0, "SET RUN OFF");
    issue(0, "Q SET");
    ck_assert_ptr_nonnull(strstr(response, "RUN OFF"));
    issue(0, "SET RUN MAYBE");
    ck_assert_uint_eq(rc_of(0), 3);
    ck_assert_str_eq(response, "HCPSET003E Invalid option - MAYBE\n");
    issue(0, "SET RUN");
    ck_assert_uint_eq(rc_of(0), 26);
    issue(0, "IND USER");
    ck_assert_uint_eq(rc_of(0), 0);
    ck_assert_int_eq(strncmp(response, "USERID=LINUX1   MACH=Z STOR=2M VIRT=V XSTORE=NONE\n", 50), 0);
    ck_assert_ptr_nonnull(strstr(response, "\nCPU 00: CTIME=00:00 VTIME=000:00 TTIME=000:00 IO=000000\n"));
    /* class E may look at another user */
    issue(1, "INDICATE USER LINUX1");
    ck_assert_uint_eq(rc_of(1), 0);
    ck_assert_int_eq(strncmp(response, "USERID=LINUX1   MACH=Z STOR=2M", 30), 0);
    issue(1, "INDICATE USER NOBODY");
    ck_assert_uint_eq(rc_of(1), 45);
    free_cp();
}
END_TEST

/* ---- the buffer, the lengths and bad operands ---- */

START_TEST(response_to_the_console_without_buffer)
{
    make_cp();
    setup(gcpu(0), gmem(0, 0), "Q USERID", -1);
    gcpu(0)->cc = 2;
    ck_assert_int_eq(cp_vcpu_step(&cp.vms[0].vcpus[0]), CP_DONE);
    ck_assert_uint_eq(gcpu(0)->cc, 2); /* no CC without a buffer */
    ck_assert_uint_eq(gcpu(0)->gr[4], 0);
    ck_assert_uint_eq(gcpu(0)->gr[5], 0x5555); /* Ry+1 untouched */
    ck_assert_ptr_nonnull(strstr(console_text(0), "LINUX1   AT ZSIE\n"));
    ck_assert_uint_eq(gmem(0, BUF)[0], 0);
    free_cp();
}
END_TEST

START_TEST(ry_zero_is_a_no_operation)
{
    make_cp();
    setup(gcpu(0), gmem(0, 0), "Q USERID", 100);
    gcpu(0)->gr[4] = 0xABCD000000000000ULL; /* low 32 bits zero */
    gcpu(0)->cc = 3;
    ck_assert_int_eq(cp_vcpu_step(&cp.vms[0].vcpus[0]), CP_DONE);
    ck_assert_uint_eq(gcpu(0)->psw.ia, CODE + 4);
    ck_assert_uint_eq(gcpu(0)->cc, 3);
    ck_assert_uint_eq(gcpu(0)->gr[4], 0xABCD000000000000ULL);
    ck_assert_uint_eq(gcpu(0)->gr[5], 100);
    ck_assert_uint_eq(gmem(0, BUF)[0], 0);
    /* counted all the same */
    ck_assert_uint_eq(cp.vms[0].m.diag.count[2], 1);
    free_cp();
}
END_TEST

START_TEST(command_lengths)
{
    make_cp();
    /* 0 bytes with the buffer flag: an empty command, an empty response */
    setup(gcpu(0), gmem(0, 0), "", 100);
    ck_assert_int_eq(cp_vcpu_step(&cp.vms[0].vcpus[0]), CP_DONE);
    ck_assert_uint_eq(gcpu(0)->cc, 0);
    ck_assert_uint_eq(gcpu(0)->gr[4], 0);
    ck_assert_uint_eq(gcpu(0)->gr[5], 0);
    /* 240 bytes is the most: a command padded with blanks */
    char cmd[242];
    memset(cmd, ' ', 240);
    memcpy(cmd, "Q USERID", 8);
    cmd[240] = 0;
    ck_assert_int_eq(issue(0, cmd), CP_DONE);
    ck_assert_str_eq(response, "LINUX1   AT ZSIE\n");
    /* 241 bytes, and 100,000: specification exception, nothing stored */
    cmd[240] = ' ';
    cmd[241] = 0;
    memset(gmem(0, BUF), 0, 64);
    setup(gcpu(0), gmem(0, 0), cmd, 100);
    ck_assert_int_eq(cp_vcpu_step(&cp.vms[0].vcpus[0]), CP_DONE);
    expect_pgm(0, PGM_SPECIFICATION);
    ck_assert_uint_eq(gmem(0, BUF)[0], 0);
    setup(gcpu(0), gmem(0, 0), "Q USERID", 100);
    gcpu(0)->gr[4] = 0x40000000u | 100000u;
    ck_assert_int_eq(cp_vcpu_step(&cp.vms[0].vcpus[0]), CP_DONE);
    expect_pgm(0, PGM_SPECIFICATION);
    /* without the buffer flag too */
    setup(gcpu(0), gmem(0, 0), "Q USERID", -1);
    gcpu(0)->gr[4] = 100000u;
    ck_assert_int_eq(cp_vcpu_step(&cp.vms[0].vcpus[0]), CP_DONE);
    expect_pgm(0, PGM_SPECIFICATION);
    free_cp();
}
END_TEST

START_TEST(flags_and_registers)
{
    make_cp();
    /* a reserved flag bit */
    setup(gcpu(0), gmem(0, 0), "Q USERID", 100);
    gcpu(0)->gr[4] |= 0x01000000u;
    ck_assert_int_eq(cp_vcpu_step(&cp.vms[0].vcpus[0]), CP_DONE);
    expect_pgm(0, PGM_SPECIFICATION);
    /* X'80' and X'20' (passwords) are accepted */
    setup(gcpu(0), gmem(0, 0), "Q USERID", 100);
    gcpu(0)->gr[4] |= 0xA0000000u;
    ck_assert_int_eq(cp_vcpu_step(&cp.vms[0].vcpus[0]), CP_DONE);
    ck_assert_uint_eq(gcpu(0)->psw.ia, CODE + 4);
    ck_assert_uint_eq(gcpu(0)->cc, 0);
    /* with a buffer: Rx or Ry 15, Rx and Ry consecutive */
    static const char *const bad[] = {"83F40008", "832F0008", "83450008", "83540008"};
    for (unsigned i = 0; i < 4; i++) {
        setup(gcpu(0), gmem(0, 0), "Q USERID", 100);
        place_diag(gmem(0, 0), bad[i]);
        for (unsigned r = 2; r < 16; r++)
            gcpu(0)->gr[r] = r == 2 || r == 15 || r == 4 || r == 5 ? 0x40000008u : CMD;
        ck_assert_int_eq(cp_vcpu_step(&cp.vms[0].vcpus[0]), CP_DONE);
        expect_pgm(0, PGM_SPECIFICATION);
    }
    /* without a buffer the same registers are fine: Rx = 15 */
    setup(gcpu(0), gmem(0, 0), "Q USERID", -1);
    place_diag(gmem(0, 0), "83F40008");
    gcpu(0)->gr[15] = CMD;
    ck_assert_int_eq(cp_vcpu_step(&cp.vms[0].vcpus[0]), CP_DONE);
    ck_assert_uint_eq(gcpu(0)->psw.ia, CODE + 4);
    /* problem state: privileged operation */
    setup(gcpu(0), gmem(0, 0), "Q USERID", 100);
    cpu_load_psw(gcpu(0), PSW_64 | PSW_PROBLEM, CODE);
    ck_assert_int_eq(cp_vcpu_step(&cp.vms[0].vcpus[0]), CP_DONE);
    expect_pgm(0, PGM_PRIVILEGED);
    free_cp();
}
END_TEST

START_TEST(truncation_as_vmcp_expects)
{
    make_cp();
    /* "LINUX1   AT ZSIE" X'15': 17 bytes */
    for (long len = 0; len <= 18; len++) {
        memset(gmem(0, BUF), 0, 32);
        setup(gcpu(0), gmem(0, 0), "Q USERID", len);
        ck_assert_int_eq(cp_vcpu_step(&cp.vms[0].vcpus[0]), CP_DONE);
        ck_assert_uint_eq(gcpu(0)->gr[4], 0);
        if (len >= 17) {
            ck_assert_uint_eq(gcpu(0)->cc, 0);
            ck_assert_uint_eq(gcpu(0)->gr[5], 17);
        } else {
            ck_assert_uint_eq(gcpu(0)->cc, 1);
            /* needed length = buffer length + Ry+1 */
            ck_assert_uint_eq(len + gcpu(0)->gr[5], 17);
        }
        long stored = len < 17 ? len : 17;
        decode(gmem(0, BUF), (size_t)stored);
        ck_assert_int_eq(strncmp(response, "LINUX1   AT ZSIE\n", (size_t)stored), 0);
        ck_assert_uint_eq(gmem(0, BUF)[stored], 0); /* nothing past the buffer */
    }
    /* a 100,000-byte buffer is no limit (Linux's vmcp asks for up to 1 MiB) */
    setup(gcpu(0), gmem(0, 0), "Q USERID", 100000);
    ck_assert_int_eq(cp_vcpu_step(&cp.vms[0].vcpus[0]), CP_DONE);
    ck_assert_uint_eq(gcpu(0)->cc, 0);
    ck_assert_uint_eq(gcpu(0)->gr[5], 17);
    /* the high halves of Ry and Ry+1 stay */
    setup(gcpu(0), gmem(0, 0), "Q USERID", 4);
    gcpu(0)->gr[4] |= 0x1234567800000000ULL;
    gcpu(0)->gr[5] |= 0x9ABCDEF000000000ULL;
    ck_assert_int_eq(cp_vcpu_step(&cp.vms[0].vcpus[0]), CP_DONE);
    ck_assert_uint_eq(gcpu(0)->gr[4], 0x1234567800000000ULL);
    ck_assert_uint_eq(gcpu(0)->gr[5], 0x9ABCDEF000000000ULL | 13);
    free_cp();
}
END_TEST

START_TEST(several_commands_in_one_line)
{
    make_cp();
    issue(0, "Q USERID\nQ V STOR");
    ck_assert_uint_eq(rc_of(0), 0);
    ck_assert_str_eq(response, "LINUX1   AT ZSIE\nSTORAGE = 2M MAX = 2M INC = 1M STANDBY = 0 RESERVED = 0\n");
    /* the completion code is the last command's */
    issue(0, "Q FOO\nQ USERID");
    ck_assert_uint_eq(rc_of(0), 0);
    ck_assert_str_eq(response, "HCPCQU003E Invalid option - FOO\nLINUX1   AT ZSIE\n");
    issue(0, "Q USERID\nNOSUCH");
    ck_assert_uint_eq(rc_of(0), 1);
    free_cp();
}
END_TEST

START_TEST(buffer_overlapping_the_command)
{
    make_cp();
    setup(gcpu(0), gmem(0, 0), "Q USERID", 100);
    gcpu(0)->gr[3] = CMD + 2; /* the response lands on the command */
    ck_assert_int_eq(cp_vcpu_step(&cp.vms[0].vcpus[0]), CP_DONE);
    ck_assert_uint_eq(gcpu(0)->cc, 0);
    ck_assert_str_eq(decode(gmem(0, CMD + 2), 17), "LINUX1   AT ZSIE\n");
    free_cp();
}
END_TEST

START_TEST(buffers_outside_storage_or_protected)
{
    make_cp();
    uint64_t size = cp.vms[0].m.mem.size;
    /* the response would cross the end of storage: addressing, nothing stored */
    setup(gcpu(0), gmem(0, 0), "Q USERID", 100);
    gcpu(0)->gr[3] = size - 4;
    memset(gmem(0, size - 4), 0xEE, 4);
    ck_assert_int_eq(cp_vcpu_step(&cp.vms[0].vcpus[0]), CP_DONE);
    expect_pgm(0, PGM_ADDRESSING);
    ck_assert_uint_eq(gmem(0, size - 4)[0], 0xEE);
    /* wrapping at 2^64 */
    setup(gcpu(0), gmem(0, 0), "Q USERID", 100);
    gcpu(0)->gr[3] = 0xFFFFFFFFFFFFFFF8ULL;
    ck_assert_int_eq(cp_vcpu_step(&cp.vms[0].vcpus[0]), CP_DONE);
    expect_pgm(0, PGM_ADDRESSING);
    /* the command outside storage */
    setup(gcpu(0), gmem(0, 0), "Q USERID", 100);
    gcpu(0)->gr[2] = size + 0x1000;
    ck_assert_int_eq(cp_vcpu_step(&cp.vms[0].vcpus[0]), CP_DONE);
    expect_pgm(0, PGM_ADDRESSING);
    /* the buffer's page has key 3, the PSW key 9: protection, nothing stored */
    setup(gcpu(0), gmem(0, 0), "Q USERID", 100);
    skey_store(storage_key(&cp.vms[0].m.mem, BUF), 0x30);
    cpu_load_psw(gcpu(0), PSW_64 | (9ULL << PSW_KEY_SHIFT), CODE);
    memset(gmem(0, BUF), 0, 32);
    ck_assert_int_eq(cp_vcpu_step(&cp.vms[0].vcpus[0]), CP_DONE);
    expect_pgm(0, PGM_PROTECTION);
    ck_assert_uint_eq(gmem(0, BUF)[0], 0);
    /* with key 3 the store is allowed */
    setup(gcpu(0), gmem(0, 0), "Q USERID", 100);
    cpu_load_psw(gcpu(0), PSW_64 | (3ULL << PSW_KEY_SHIFT), CODE);
    ck_assert_int_eq(cp_vcpu_step(&cp.vms[0].vcpus[0]), CP_DONE);
    ck_assert_uint_eq(gcpu(0)->cc, 0);
    ck_assert_str_eq(decode(gmem(0, BUF), 17), "LINUX1   AT ZSIE\n");
    free_cp();
}
END_TEST

START_TEST(counted_per_code_in_the_statistics)
{
    make_cp();
    issue(0, "Q USERID");
    issue(0, "Q N");
    ck_assert_uint_eq(cp.vms[0].m.diag.count[0x008 / 4], 2);
    FILE *f = tmpfile();
    cp_print_stats(&cp.vms[0], f, true);
    rewind(f);
    char text[4096] = {0};
    ck_assert_uint_gt(fread(text, 1, sizeof text - 1, f), 0);
    fclose(f);
    ck_assert_msg(strstr(text, "zsie: I062 LINUX1 DIAGNOSE X'008' CP command"), "%s", text);
    free_cp();
}
END_TEST

START_TEST(directory_disables_a_code_for_one_vm)
{
    /* DIAGNOSE 008 OFF for LINUX2 only (cp_diag_setup applies vm_spec.diag_enable) */
    struct vm_spec s[2] = {{.storage = 1ULL << 20, .ncpus = 1, .console_in = -1},
                           {.storage = 1ULL << 20, .ncpus = 1, .console_in = -1}};
    strcpy(s[0].id, "LINUX1");
    strcpy(s[1].id, "LINUX2");
    s[1].diag_enable[0x008 / 4] = -1;
    char err[200];
    ck_assert_int_eq(cp_init(&cp, s, 2, err, sizeof err), 0);
    ck_assert(diag_enabled(&cp.vms[0].m.diag, 0x008));
    ck_assert(!diag_enabled(&cp.vms[1].m.diag, 0x008));
    for (unsigned v = 0; v < 2; v++) {
        st_be64(gmem(v, LC_PGM_NEW), 0x0002000180000000ULL);
        st_be64(gmem(v, LC_PGM_NEW + 8), PGM_WAIT_IA);
    }
    ck_assert_int_eq(issue(0, "Q USERID"), CP_DONE);
    ck_assert_str_eq(response, "LINUX1   AT ZSIE\n");
    ck_assert_int_eq(issue(1, "Q USERID"), CP_DONE);
    expect_pgm(1, PGM_SPECIFICATION);
    free_cp();
}
END_TEST

/* ---- the whole run: threads, the run controller ---- */

START_TEST(run_force_then_logoff)
{
    /* OPER forces LINUX1, which loops forever, then logs itself off; both runs end with
     * RUN_LOGOFF well before the 20-second timeout */
    struct vm_spec s[2] = {{.storage = 1ULL << 20, .ncpus = 1, .console_in = -1, .timeout = 20},
                           {.storage = 1ULL << 20, .ncpus = 1, .console_in = -1, .timeout = 20}};
    strcpy(s[0].id, "LINUX1");
    strcpy(s[1].id, "OPER");
    strcpy(s[1].classes, "AG");
    for (int i = 0; i < 2; i++) {
        consoles[i] = tmpfile();
        s[i].console_out = consoles[i];
    }
    char err[200];
    ck_assert_int_eq(cp_init(&cp, s, 2, err, sizeof err), 0);
    for (unsigned v = 0; v < 2; v++) {
        cp.vms[v].lr.psw_mask = PSW_64;
        cp.vms[v].lr.psw_ia = CODE;
    }
    place_diag(gmem(0, 0), "A7F40000"); /* J * */
    place_diag(gmem(1, 0), "83240008A7F40000");
    size_t n = put_text(gmem(1, CMD), "FORCE LINUX1\nLOGOFF");
    gcpu(1)->gr[2] = CMD;
    gcpu(1)->gr[4] = n;
    ck_assert_int_eq(cp_run(&cp), 0);
    ck_assert_int_eq(cp.vms[0].end, RUN_LOGOFF);
    ck_assert_int_eq(cp.vms[1].end, RUN_LOGOFF);
    ck_assert_ptr_nonnull(strstr(console_text(1), "USER DSC LOGOFF AS LINUX1   USERS = 001 FORCED BY OPER\n"));
    ck_assert_ptr_nonnull(strstr(console_text(1), "LOGOFF AT "));
    free_cp();
}
END_TEST

/* ---- the bare machine: a one-VM system ---- */

static struct machine bm;
static FILE *bare_console;

static void make_bare(void)
{
    bare_console = tmpfile();
    struct machine_config cfg = {.storage_size = 1ULL << 20, .ncpus = 1, .console_out = bare_console,
                                 .console_in = -1, .consoles = SCLP_CONSOLE_BOTH, .timeout = 20};
    ck_assert_int_eq(machine_init(&bm, &cfg), 0);
    st_be64(bm.mem.bytes + LC_PGM_NEW, 0x0002000180000000ULL);
    st_be64(bm.mem.bytes + LC_PGM_NEW + 8, PGM_WAIT_IA);
}

static void free_bare(void)
{
    machine_free(&bm);
    fclose(bare_console);
}

/* DIAG 2,4,X'008' on the bare machine, straight through its DIAGNOSE hook */
static int bare_issue(const char *cmd)
{
    struct cpu *c = &bm.cpus[0].cpu;
    setup(c, bm.mem.bytes, cmd, 4096);
    struct insn in = {.r1 = 2, .r3 = 4, .b2 = 0, .d2 = 8, .len = 4};
    int rc = diag_dispatch(&bm.diag, c, &in, CODE);
    if (rc == DIAG_DONE || rc == EXEC_STOP)
        decode(bm.mem.bytes + BUF, c->cc == 0 ? c->gr[5] : 0);
    return rc;
}

START_TEST(bare_machine_answers_as_one_vm)
{
    make_bare();
    struct cpu *c = &bm.cpus[0].cpu;
    ck_assert_int_eq(bare_issue("Q USERID"), DIAG_DONE);
    ck_assert_str_eq(response, "ZSIE     AT ZSIE\n");
    ck_assert_int_eq(bare_issue("Q N"), DIAG_DONE);
    ck_assert_str_eq(response, "ZSIE     - DSC\n");
    ck_assert_int_eq(bare_issue("Q V STOR"), DIAG_DONE);
    ck_assert_str_eq(response, "STORAGE = 1M MAX = 1M INC = 1M STANDBY = 0 RESERVED = 0\n");
    ck_assert_int_eq(bare_issue("MSG * hi there"), DIAG_DONE);
    ck_assert_uint_eq((uint32_t)c->gr[4], 0);
    fflush(bare_console);
    char text[512] = {0};
    rewind(bare_console);
    fread(text, 1, sizeof text - 1, bare_console);
    ck_assert_ptr_nonnull(strstr(text, "MSG FROM ZSIE    : hi there\n"));
    ck_assert_int_eq(bare_issue("MSG OTHER hi"), DIAG_DONE);
    ck_assert_uint_eq((uint32_t)c->gr[4], 45);
    /* the bare machine holds every class: FORCE exists, but there is no one else */
    ck_assert_int_eq(bare_issue("FORCE OTHER"), DIAG_DONE);
    ck_assert_uint_eq((uint32_t)c->gr[4], 45);
    ck_assert_str_eq(response, "HCPFRC045E OTHER not logged on\n");
    ck_assert_int_eq(bare_issue("Q FOO"), DIAG_DONE);
    ck_assert_uint_eq((uint32_t)c->gr[4], 3);
    free_bare();
}
END_TEST

START_TEST(bare_logoff_and_shutdown_end_the_run)
{
    make_bare();
    ck_assert_int_eq(bare_issue("LOGOFF"), EXEC_STOP);
    ck_assert(atomic_load(&bm.diag.logged_off));
    ck_assert(bm.ended);
    ck_assert_int_eq(bm.end, RUN_LOGOFF);
    free_bare();
    make_bare();
    ck_assert_int_eq(bare_issue("SHUTDOWN"), EXEC_STOP);
    ck_assert_int_eq(bm.end, RUN_LOGOFF);
    free_bare();
    /* a real run: the program logs off and would loop forever otherwise */
    make_bare();
    place_diag(bm.mem.bytes, "83240008A7F40000");
    size_t n = put_text(bm.mem.bytes + CMD, "LOGOFF");
    bm.cpus[0].cpu.gr[2] = CMD;
    bm.cpus[0].cpu.gr[4] = n;
    enum run_end end;
    ck_assert_int_eq(machine_run(&bm, PSW_64, CODE, &end), 0);
    ck_assert_int_eq(end, RUN_LOGOFF);
    free_bare();
}
END_TEST

static Suite *make_suite(void)
{
    Suite *s = suite_create("diag_cpcmd");
    TCase *t = tcase_create("commands");
    tcase_add_test(t, query_userid_and_abbreviations);
    tcase_add_test(t, query_names_lists_both);
    tcase_add_test(t, query_virtual_storage_and_cpus);
    tcase_add_test(t, query_time_and_cplevel);
    tcase_add_test(t, message_reaches_the_other_console);
    tcase_add_test(t, class_g_cannot_force_or_shut_down);
    tcase_add_test(t, class_a_forces_another_vm);
    tcase_add_test(t, logoff_ends_the_issuer);
    tcase_add_test(t, shutdown_by_class_a_ends_every_vm);
    tcase_add_test(t, set_run_and_indicate_user);
    suite_add_tcase(s, t);
    t = tcase_create("diagnose");
    tcase_add_test(t, response_to_the_console_without_buffer);
    tcase_add_test(t, ry_zero_is_a_no_operation);
    tcase_add_test(t, command_lengths);
    tcase_add_test(t, flags_and_registers);
    tcase_add_test(t, truncation_as_vmcp_expects);
    tcase_add_test(t, several_commands_in_one_line);
    tcase_add_test(t, buffer_overlapping_the_command);
    tcase_add_test(t, buffers_outside_storage_or_protected);
    tcase_add_test(t, counted_per_code_in_the_statistics);
    tcase_add_test(t, directory_disables_a_code_for_one_vm);
    suite_add_tcase(s, t);
    t = tcase_create("run");
    tcase_set_timeout(t, 60);
    tcase_add_test(t, run_force_then_logoff);
    tcase_add_test(t, bare_machine_answers_as_one_vm);
    tcase_add_test(t, bare_logoff_and_shutdown_end_the_run);
    suite_add_tcase(s, t);
    return s;
}

int main(void)
{
    return h_main(make_suite());
}
