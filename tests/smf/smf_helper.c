/* Test helper for the SMF data set (not part of zsie):
 *   smf_helper storm BASE THREADS ROUND   threads write type 200 records until killed and print
 *                                         "ack CODE" once smf_write returned for CODE
 *   smf_helper recover BASE               open (recovering the active file) and close; prints
 *                                         "active N records N cut N"
 *   smf_helper gen FILE                   write the sample records the command-line tests expect
 * Data sets: size limit 1 MiB, 1000 names. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "host_services/smf_dataset.h"
#include "host_services/smf_types.h"

static struct smf_dataset *ds;
static pthread_mutex_t out_lock = PTHREAD_MUTEX_INITIALIZER;
static unsigned round_no;

static void on_msg(void *ctx, const char *line)
{
    (void)ctx;
    fprintf(stderr, "%s\n", line);
}

static void *storm(void *arg)
{
    unsigned t = (unsigned)(uintptr_t)arg;
    static _Thread_local struct smf_builder b;
    for (uint32_t i = 0;; i++) {
        uint32_t code = round_no * 100000000u + t * 1000000u + i;
        uint8_t data[100];
        memset(data, (int)(code & 0xFF), sizeof data);
        struct smf_app_event ev = {"STORM", "VM", "HELPER", "1", code, 0, code, data, i % 100};
        int len = smf_build_app_event(&b, &(struct smf_stamp){0, 0x0126335F}, "TEST", SMF200_EVENT, &ev);
        if (len < 0 || smf_write(ds, b.buf, (size_t)len) != 0) {
            fprintf(stderr, "smf_helper: write failed\n");
            exit(3);
        }
        pthread_mutex_lock(&out_lock);
        printf("ack %u\n", code);
        fflush(stdout);
        pthread_mutex_unlock(&out_lock);
    }
    return NULL;
}

static int open_set(const char *base, struct smf_open_report *rep)
{
    struct smf_dataset_config cfg = {base, 1024 * 1024, 1000, on_msg, NULL};
    return smf_open(&ds, &cfg, rep);
}

static void put(struct smf_dataset *d, struct smf_builder *b, int len)
{
    if (len < 0 || smf_write(d, b->buf, (size_t)len) != 0) {
        fprintf(stderr, "smf_helper: gen failed\n");
        exit(3);
    }
}

/* TOD clock value of a Unix time: microseconds since 1900-01-01 shifted left 12 bits. */
static uint64_t tod_of(long long unix_s, unsigned us)
{
    return ((uint64_t)(unix_s + 2208988800LL) * 1000000u + us) << 12;
}

static int gen(const char *file)
{
    struct smf_dataset_config cfg = {file, 0, 1, on_msg, NULL};
    struct smf_dataset *d;
    if (smf_open(&d, &cfg, NULL))
        return 1;
    static struct smf_builder b;
    const long long day = 1796083200; /* 2026-12-01 00:00:00 UTC */
    struct smf_stamp s1 = smf_stamp_from_time(day + 13 * 3600 + 45 * 60 + 7, 890000000);
    put(d, &b, smf_build_racf_access(&b, &s1, "ZSIE", SMF80_EVQ_INSUFFICIENT, "ALICE", "PAYROLL", "FACILITY",
                                     "GHAPI.LOG", SMF_ACC_UPDATE, SMF_ACC_READ, "GHAPI.*", true));
    struct smf_stamp s2 = smf_stamp_from_time(day + 14 * 3600, 0);
    struct smf_app_event start = {"BOB", "LINUX02", "WEB", "2.0", tod_of(day + 14 * 3600, 250), 0, 0, NULL, 0};
    put(d, &b, smf_build_app_event(&b, &s2, "ZSIE", SMF200_START, &start));
    struct smf_stamp s3 = smf_stamp_from_time(day + 14 * 3600 + 30, 500000000);
    const uint8_t data[4] = {0xC8, 0x89, 0x00, 0xFF};
    struct smf_app_event ev = {"ALICE", "LINUX01", "A\"B\\C\xE9", "1.0", tod_of(day + 14 * 3600, 0),
                               tod_of(day + 14 * 3600 + 30, 1), 42, data, 4};
    put(d, &b, smf_build_app_event(&b, &s3, "ZSIE", SMF200_EVENT, &ev));
    struct smf_stamp s4 = smf_stamp_from_time(day + 86400 + 8 * 3600, 0); /* 2026-12-02 08:00 */
    const struct smf_count exits[2] = {{0x04, 1000}, {0x28, 3}};
    const struct smf_count calls[1] = {{1, 12}};
    struct smf_vm_accounting a = {"ALICE", tod_of(day + 13 * 3600, 0), tod_of(day + 86400 + 8 * 3600, 0),
                                  68400000000ULL, 1234567, 987654321, exits, 2, calls, 1};
    put(d, &b, smf_build_vm_accounting(&b, &s4, "ZSIE", &a));
    /* someone else's record: type 30 with subtypes, header and an empty section only */
    smf_build_begin(&b, 30, 5, &s4, "SYSB", "JES2", 1);
    smf_build_section(&b, 0, "\x01\x02", 2, 1);
    put(d, &b, smf_build_end(&b));
    return smf_close(d) ? 1 : 0;
}

int main(int argc, char **argv)
{
    if (argc == 5 && !strcmp(argv[1], "storm")) {
        unsigned n = (unsigned)atoi(argv[3]);
        round_no = (unsigned)atoi(argv[4]);
        if (open_set(argv[2], NULL))
            return 1;
        pthread_t th[64];
        for (unsigned t = 0; t < n && t < 64; t++)
            pthread_create(&th[t], NULL, storm, (void *)(uintptr_t)t);
        for (unsigned t = 0; t < n && t < 64; t++)
            pthread_join(th[t], NULL);
        return 0;
    }
    if (argc == 3 && !strcmp(argv[1], "recover")) {
        struct smf_open_report rep;
        if (open_set(argv[2], &rep))
            return 1;
        printf("active %u records %llu cut %llu\n", rep.active, (unsigned long long)rep.records,
               (unsigned long long)rep.cut_bytes);
        return smf_close(ds) ? 1 : 0;
    }
    if (argc == 3 && !strcmp(argv[1], "gen"))
        return gen(argv[2]);
    fprintf(stderr, "usage: smf_helper storm BASE THREADS ROUND | recover BASE | gen FILE\n");
    return 2;
}
