/* The CP commands through DIAGNOSE X'008': each response text and completion code, and the
 * privilege classes.  The environment and where the expected values come from: cpcmd_env.h. */
#include "cpcmd_env.h"
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

static Suite *make_suite(void)
{
    Suite *s = suite_create("cpcmd_commands");
    TCase *t;
    t = tcase_create("commands");
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
    return s;
}

int main(void)
{
    return h_main(make_suite());
}
