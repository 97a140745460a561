/* The SMF data set: write and read back, torn-record recovery at every cut position, bad
 * data reported with its offset, switching when full, group commit with many threads. */
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include "harness.h"
#include "host_services/smf_dataset.h"
#include "host_services/smf_reader.h"
#include "host_services/smf_types.h"

static char dir[64], base[128];
static char last_msg[512];
static unsigned n_msgs;

static void on_msg(void *ctx, const char *line)
{
    (void)ctx;
    snprintf(last_msg, sizeof last_msg, "%s", line);
    n_msgs++;
}

static void setup(void)
{
    snprintf(dir, sizeof dir, "/tmp/zsie-smf-XXXXXX");
    ck_assert_ptr_nonnull(mkdtemp(dir));
    snprintf(base, sizeof base, "%s/SMF", dir);
    last_msg[0] = 0;
    n_msgs = 0;
}

static void teardown(void)
{
    char cmd[160];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    ck_assert_int_eq(system(cmd), 0);
}

static const struct smf_stamp when = {4950789, 0x0126335F};

/* A type 200 record whose event code is code and whose data is code's low byte, k times. */
static int make_record(struct smf_builder *b, uint32_t code, size_t k)
{
    uint8_t data[64];
    memset(data, (int)(code & 0xFF), sizeof data);
    struct smf_app_event ev = {"USER", "VM", "APP", "1", 1, 2, code, data, k % 65};
    return smf_build_app_event(b, &when, "SYSA", SMF200_EVENT, &ev);
}

static struct smf_dataset *open_ds(uint64_t limit, unsigned count, struct smf_open_report *rep)
{
    struct smf_dataset_config cfg = {base, limit, count, on_msg, NULL};
    struct smf_dataset *ds = NULL;
    ck_assert_int_eq(smf_open(&ds, &cfg, rep), 0);
    return ds;
}

static uint64_t file_size(const char *p)
{
    struct stat sb;
    return stat(p, &sb) == 0 ? (uint64_t)sb.st_size : (uint64_t)-1;
}

/* The event codes of the type 200 records of file p, in order; their count. */
static size_t read_codes(const char *p, uint32_t *codes, size_t max, int *status)
{
    static struct smf_reader r;
    ck_assert_int_eq(smf_reader_open_file(&r, p), 0);
    size_t n = 0;
    const uint8_t *rec;
    size_t len;
    uint64_t off;
    int rc;
    while ((rc = smf_reader_next(&r, &rec, &len, &off)) == SMF_READ_OK) {
        struct smf_decoded d;
        ck_assert_int_eq(smf_decode(rec, len, &d, NULL), 0);
        ck_assert_uint_eq(d.type, 200);
        if (n < max)
            codes[n] = d.u.t200.code;
        n++;
    }
    *status = rc;
    smf_reader_close(&r);
    return n;
}

START_TEST(write_and_read_back)
{
    static struct smf_builder b;
    struct smf_open_report rep;
    struct smf_dataset *ds = open_ds(0, 1, &rep);
    ck_assert_uint_eq(rep.records, 0);
    uint64_t total = 0;
    for (uint32_t i = 0; i < 100; i++) {
        int len = make_record(&b, i, i);
        ck_assert_int_gt(len, 0);
        ck_assert_int_eq(smf_write(ds, b.buf, (size_t)len), 0);
        total += (uint64_t)len;
    }
    /* not a record: length disagrees, too short, segmented */
    ck_assert_int_eq(smf_write(ds, b.buf, 10), SMF_DS_ERECORD);
    int len = make_record(&b, 0, 0);
    ck_assert_int_eq(smf_write(ds, b.buf, (size_t)len - 1), SMF_DS_ERECORD);
    b.buf[2] = 1;
    ck_assert_int_eq(smf_write(ds, b.buf, (size_t)len), SMF_DS_ERECORD);
    struct smf_ds_stats st;
    smf_stats(ds, &st);
    ck_assert_uint_eq(st.records, 100);
    ck_assert_int_eq(smf_close(ds), 0);
    ck_assert_uint_eq(file_size(base), total);

    uint32_t codes[200];
    int status;
    ck_assert_uint_eq(read_codes(base, codes, 200, &status), 100);
    ck_assert_int_eq(status, SMF_READ_END);
    for (uint32_t i = 0; i < 100; i++)
        ck_assert_uint_eq(codes[i], i);

    ds = open_ds(0, 1, &rep); /* reopen: appends after the 100 */
    ck_assert_uint_eq(rep.records, 100);
    ck_assert_uint_eq(rep.cut_bytes, 0);
    len = make_record(&b, 100, 0);
    ck_assert_int_eq(smf_write(ds, b.buf, (size_t)len), 0);
    smf_close(ds);
    ck_assert_uint_eq(read_codes(base, codes, 200, &status), 101);
    ck_assert_uint_eq(codes[100], 100);
}
END_TEST

static void copy_file(const char *from, const char *to, uint64_t n)
{
    FILE *a = fopen(from, "rb"), *z = fopen(to, "wb");
    ck_assert(a && z);
    for (uint64_t i = 0; i < n; i++)
        fputc(fgetc(a), z);
    fclose(a);
    fclose(z);
}

START_TEST(torn_last_record_is_cut_at_every_position)
{
    static struct smf_builder b;
    struct smf_dataset *ds = open_ds(0, 1, NULL);
    uint64_t last_start = 0;
    for (uint32_t i = 0; i < 5; i++) {
        int len = make_record(&b, i, 40 + i);
        last_start = file_size(base);
        ck_assert_int_eq(smf_write(ds, b.buf, (size_t)len), 0);
    }
    smf_close(ds);
    uint64_t full = file_size(base);
    char orig[160];
    snprintf(orig, sizeof orig, "%s/orig", dir);
    copy_file(base, orig, full);

    for (uint64_t cut = last_start + 1; cut < full; cut++) {
        copy_file(orig, base, cut);
        n_msgs = 0;
        struct smf_open_report rep;
        ds = open_ds(0, 1, &rep);
        ck_assert_uint_eq(rep.records, 4);
        ck_assert_uint_eq(rep.cut_bytes, cut - last_start);
        ck_assert_uint_eq(file_size(base), last_start);
        ck_assert_uint_eq(n_msgs, 1);
        ck_assert_msg(strstr(last_msg, "zsie: E250 ") == last_msg, "%s", last_msg);
        /* the set takes records again after the four good ones */
        int len = make_record(&b, 99, 3);
        ck_assert_int_eq(smf_write(ds, b.buf, (size_t)len), 0);
        smf_close(ds);
        uint32_t codes[8];
        int status;
        ck_assert_uint_eq(read_codes(base, codes, 8, &status), 5);
        ck_assert_int_eq(status, SMF_READ_END);
        ck_assert_uint_eq(codes[3], 3);
        ck_assert_uint_eq(codes[4], 99);
    }
    /* a cut exactly at a record boundary loses nothing and says nothing */
    copy_file(orig, base, last_start);
    n_msgs = 0;
    struct smf_open_report rep;
    ds = open_ds(0, 1, &rep);
    ck_assert_uint_eq(rep.records, 4);
    ck_assert_uint_eq(rep.cut_bytes, 0);
    ck_assert_uint_eq(n_msgs, 0);
    smf_close(ds);
}
END_TEST

START_TEST(zero_tail_is_cut_garbage_is_reported)
{
    static struct smf_builder b;
    struct smf_dataset *ds = open_ds(0, 1, NULL);
    uint64_t starts[3];
    for (uint32_t i = 0; i < 3; i++) {
        starts[i] = file_size(base);
        int len = make_record(&b, i, i);
        ck_assert_int_eq(smf_write(ds, b.buf, (size_t)len), 0);
    }
    smf_close(ds);
    uint64_t full = file_size(base);
    /* a tail of zeros (an extension never written) is torn, not bad */
    ck_assert_int_eq(truncate(base, (off_t)(full + 100)), 0);
    struct smf_open_report rep;
    ds = open_ds(0, 1, &rep);
    ck_assert_uint_eq(rep.cut_bytes, 100);
    ck_assert_uint_eq(rep.records, 3);
    smf_close(ds);

    /* record 2's RDW overwritten with a length of 7: the open fails and names offset starts[1] */
    int fd = open(base, O_WRONLY);
    ck_assert_int_ge(fd, 0);
    ck_assert_int_eq(pwrite(fd, "\x00\x07\x00\x00", 4, (off_t)starts[1]), 4);
    close(fd);
    struct smf_dataset_config cfg = {base, 0, 1, on_msg, NULL};
    ck_assert_int_eq(smf_open(&ds, &cfg, &rep), SMF_DS_EBAD);
    ck_assert_ptr_null(ds);
    ck_assert_uint_eq(rep.bad_offset, starts[1]);
    char want[64];
    snprintf(want, sizeof want, "at offset %llu:", (unsigned long long)starts[1]);
    ck_assert_msg(strstr(last_msg, "zsie: E251 ") && strstr(last_msg, want), "%s", last_msg);
    ck_assert_uint_eq(file_size(base), full); /* nothing cut */

    /* the reader stops at the same place, after the first good record */
    uint32_t codes[4];
    int status;
    ck_assert_uint_eq(read_codes(base, codes, 4, &status), 1);
    ck_assert_int_eq(status, SMF_READ_BAD);
}
END_TEST

START_TEST(switches_when_full)
{
    static struct smf_builder b;
    int len = make_record(&b, 0, 10);
    /* room for three records per file, three names */
    struct smf_dataset *ds = open_ds(3 * (uint64_t)len, 3, NULL);
    int rc = 0;
    uint32_t written = 0;
    for (uint32_t i = 0; i < 12 && rc == 0; i++) {
        make_record(&b, i, 10);
        rc = smf_write(ds, b.buf, (size_t)len);
        written += rc == 0;
    }
    ck_assert_int_eq(rc, SMF_DS_EFULL);
    ck_assert_uint_eq(written, 9);
    ck_assert_msg(strstr(last_msg, "zsie: E253 ") == last_msg, "%s", last_msg);
    struct smf_ds_stats st;
    smf_stats(ds, &st);
    ck_assert_uint_eq(st.switches, 2);
    ck_assert_uint_eq(st.active, 2);
    smf_close(ds);

    char name[160];
    uint32_t codes[8];
    int status;
    for (unsigned f = 0; f < 3; f++) {
        ck_assert_uint_eq(read_codes(smf_dataset_name(base, f, name, sizeof name), codes, 8, &status), 3);
        for (unsigned k = 0; k < 3; k++)
            ck_assert_uint_eq(codes[k], 3 * f + k);
    }
    /* reopening finds SMF.2 active and still full; removing the dumped files frees them,
     * but the set does not wrap around: SMF.2 stays the last */
    struct smf_open_report rep;
    ds = open_ds(3 * (uint64_t)len, 3, &rep);
    ck_assert_uint_eq(rep.active, 2);
    ck_assert_int_eq(smf_write(ds, b.buf, (size_t)len), SMF_DS_EFULL);
    smf_close(ds);

    /* a record larger than the limit still goes into an empty file */
    teardown();
    setup();
    ds = open_ds(10, 2, NULL);
    ck_assert_int_eq(smf_write(ds, b.buf, (size_t)len), 0);
    ck_assert_int_eq(smf_write(ds, b.buf, (size_t)len), 0);
    ck_assert_int_eq(smf_write(ds, b.buf, (size_t)len), SMF_DS_EFULL);
    smf_close(ds);
    /* a non-empty next name is not overwritten */
    teardown();
    setup();
    FILE *f = fopen(smf_dataset_name(base, 1, name, sizeof name), "wb");
    fputs("x", f);
    fclose(f);
    ds = open_ds(10, 3, &rep);
    ck_assert_uint_eq(rep.active, 1);
    smf_close(ds);
}
END_TEST

#define THREADS 8
#define PER_THREAD 300

static struct smf_dataset *storm_ds;

static void *storm(void *arg)
{
    unsigned t = (unsigned)(uintptr_t)arg;
    struct smf_builder *b = malloc(sizeof *b);
    for (unsigned i = 0; i < PER_THREAD; i++) {
        int len = make_record(b, t * 100000 + i, i);
        ck_assert_int_eq(smf_write(storm_ds, b->buf, (size_t)len), 0);
    }
    free(b);
    return NULL;
}

static int cmp_u32(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return x < y ? -1 : x > y;
}

START_TEST(group_commit_with_many_threads)
{
    /* a small limit makes the storm switch files too */
    storm_ds = open_ds(64 * 1024, 64, NULL);
    pthread_t th[THREADS];
    for (unsigned t = 0; t < THREADS; t++)
        pthread_create(&th[t], NULL, storm, (void *)(uintptr_t)t);
    for (unsigned t = 0; t < THREADS; t++)
        pthread_join(th[t], NULL);
    struct smf_ds_stats st;
    smf_stats(storm_ds, &st);
    ck_assert_uint_eq(st.records, THREADS * PER_THREAD);
    ck_assert_uint_le(st.syncs, st.records);
    smf_close(storm_ds);

    static uint32_t codes[THREADS * PER_THREAD + 1];
    size_t n = 0;
    char name[160];
    for (unsigned f = 0; f <= st.active; f++) {
        int status;
        const char *p = smf_dataset_name(base, f, name, sizeof name);
        ck_assert_uint_le(file_size(p), 64 * 1024);
        n += read_codes(p, codes + n, THREADS * PER_THREAD + 1 - n, &status);
        ck_assert_int_eq(status, SMF_READ_END);
    }
    ck_assert_uint_eq(n, THREADS * PER_THREAD);
    qsort(codes, n, sizeof codes[0], cmp_u32);
    size_t k = 0;
    for (unsigned t = 0; t < THREADS; t++)
        for (unsigned i = 0; i < PER_THREAD; i++)
            ck_assert_uint_eq(codes[k++], t * 100000 + i); /* each once */
}
END_TEST

START_TEST(second_writer_is_refused)
{
    struct smf_dataset *ds = open_ds(0, 1, NULL);
    struct smf_dataset_config cfg = {base, 0, 1, on_msg, NULL};
    struct smf_dataset *ds2;
    ck_assert_int_eq(smf_open(&ds2, &cfg, NULL), SMF_DS_EBUSY);
    ck_assert_msg(strstr(last_msg, "zsie: E256 ") == last_msg, "%s", last_msg);
    smf_close(ds);
    struct smf_dataset_config bad = {"/nonexistent-dir/SMF", 0, 1, on_msg, NULL};
    ck_assert_int_eq(smf_open(&ds2, &bad, NULL), SMF_DS_EIO);
    ck_assert_msg(strstr(last_msg, "zsie: E252 ") == last_msg, "%s", last_msg);
}
END_TEST

START_TEST(write_failure_fails_the_set)
{
    /* a file size limit makes pwrite fail with EFBIG once the file would pass 1000 bytes
     * (this test runs in a process of its own: Check forks) */
    static struct smf_builder b;
    signal(SIGXFSZ, SIG_IGN);
    struct rlimit rl = {1000, 1000};
    ck_assert_int_eq(setrlimit(RLIMIT_FSIZE, &rl), 0);
    struct smf_dataset *ds = open_ds(0, 1, NULL);
    int len = make_record(&b, 1, 20), rc = 0;
    uint32_t ok = 0;
    while (ok < 100 && (rc = smf_write(ds, b.buf, (size_t)len)) == 0)
        ok++;
    ck_assert_int_eq(rc, SMF_DS_EFAILED);
    ck_assert_uint_eq(ok, 1000 / (unsigned)len);
    ck_assert_msg(strstr(last_msg, "zsie: E255 ") == last_msg, "%s", last_msg);
    ck_assert_int_eq(smf_write(ds, b.buf, (size_t)len), SMF_DS_EFAILED); /* and stays failed */
    smf_close(ds);
    /* no part of the failed record is left behind */
    ck_assert_uint_eq(file_size(base), (uint64_t)ok * (unsigned)len);
}
END_TEST

/* The reader on RDWs that do not frame: each case is one good 18-byte record (a bare
 * header) followed by the bad bytes; the reader returns the good one, then SMF_READ_BAD at
 * offset 18 with the reason. */
START_TEST(reader_rejects_bad_rdws)
{
    static const struct {
        const char *bytes;
        size_t n;
        const char *why;
    } cases[] = {
        {"\x00\x11\x00\x00", 4, "below 18"},                 /* length 17 */
        {"\x7F\xF5\x00\x00", 4, "above 32756"},              /* length 32757 */
        {"\x00\x12\x01\x00", 4, "segment descriptor"},       /* first segment of a spanned record */
        {"\x00\x12\x00\x01", 4, "segment descriptor"},
        {"\x00\x12\x00", 3, "partial RDW"},
        {"\x00\x14\x00\x00\x00\x50", 6, "cut short"},       /* 20 bytes claimed, 6 there */
    };
    static const uint8_t good[18] = {0x00, 0x12, 0x00, 0x00, 0x00, 0x02};
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        uint8_t buf[64];
        memcpy(buf, good, 18);
        memcpy(buf + 18, cases[k].bytes, cases[k].n);
        static struct smf_reader r;
        smf_reader_open_mem(&r, buf, 18 + cases[k].n);
        const uint8_t *rec;
        size_t len;
        uint64_t off;
        ck_assert_int_eq(smf_reader_next(&r, &rec, &len, &off), SMF_READ_OK);
        ck_assert_uint_eq(len, 18);
        struct smf_decoded d;
        ck_assert_int_eq(smf_decode(rec, len, &d, NULL), 0);
        ck_assert_uint_eq(d.type, 2);
        ck_assert_int_eq(smf_reader_next(&r, &rec, &len, &off), SMF_READ_BAD);
        ck_assert_uint_eq(r.offset, 18);
        ck_assert_msg(strstr(r.why, cases[k].why), "case %zu: %s", k, r.why);
    }
}
END_TEST

static Suite *make_suite(void)
{
    Suite *s = suite_create("smf_dataset");
    TCase *tc = tcase_create("smf_dataset");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_set_timeout(tc, 100);
    tcase_add_test(tc, write_and_read_back);
    tcase_add_test(tc, torn_last_record_is_cut_at_every_position);
    tcase_add_test(tc, zero_tail_is_cut_garbage_is_reported);
    tcase_add_test(tc, switches_when_full);
    tcase_add_test(tc, group_commit_with_many_threads);
    tcase_add_test(tc, second_writer_is_refused);
    tcase_add_test(tc, write_failure_fails_the_set);
    tcase_add_test(tc, reader_rejects_bad_rdws);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return h_main(make_suite());
}
