/* DIAGNOSE X'008' itself: the response buffer, the lengths and bad operands, the statistics,
 * the directory's DIAGNOSE statement, and whole runs (FORCE, LOGOFF, the bare machine).  The
 * environment and where the expected values come from: cpcmd_env.h. */
#include "cpcmd_env.h"
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
    TCase *t;
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
