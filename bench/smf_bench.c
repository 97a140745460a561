/* Durable SMF logging throughput (a benchmark, not a test): T threads write type 200 records
 * of about 180 bytes through smf_write (fdatasync, group commit) for S seconds.
 *   smf_bench DIR [SECONDS [THREADS...]]      default: 3 seconds, threads 1 and 8
 * Prints per thread count: records/s, syncs/s and records per sync (the group size). */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "host_services/smf_dataset.h"
#include "host_services/smf_types.h"

static struct smf_dataset *ds;
static atomic_bool stop;

static void *writer(void *arg)
{
    (void)arg;
    struct smf_builder *b = malloc(sizeof *b);
    uint8_t data[64];
    memset(data, 0xC1, sizeof data);
    struct smf_stamp now = smf_stamp_now();
    for (uint32_t i = 0; !atomic_load(&stop); i++) {
        struct smf_app_event ev = {"BENCH", "VM1", "SMFBENCH", "1", 0, 0, i, data, sizeof data};
        int len = smf_build_app_event(b, &now, "ZSIE", SMF200_EVENT, &ev);
        if (len < 0 || smf_write(ds, b->buf, (size_t)len)) {
            fprintf(stderr, "smf_bench: write failed\n");
            exit(1);
        }
    }
    free(b);
    return NULL;
}

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: smf_bench DIR [SECONDS [THREADS...]]\n");
        return 2;
    }
    double secs = argc > 2 ? atof(argv[2]) : 3;
    int default_threads[] = {1, 8}, *threads = default_threads, nt = 2;
    if (argc > 3) {
        nt = argc - 3;
        threads = calloc((size_t)nt, sizeof *threads);
        for (int i = 0; i < nt; i++)
            threads[i] = atoi(argv[3 + i]);
    }
    for (int k = 0; k < nt; k++) {
        char base[4096];
        snprintf(base, sizeof base, "%s/smf_bench.%d", argv[1], threads[k]);
        unlink(base);
        struct smf_dataset_config cfg = {base, 0, 1, NULL, NULL};
        if (smf_open(&ds, &cfg, NULL)) {
            fprintf(stderr, "smf_bench: cannot open %s\n", base);
            return 1;
        }
        atomic_store(&stop, false);
        pthread_t th[256];
        int n = threads[k] < 256 ? threads[k] : 256;
        double t0 = now_s();
        for (int t = 0; t < n; t++)
            pthread_create(&th[t], NULL, writer, NULL);
        struct timespec d = {(time_t)secs, (long)((secs - (double)(time_t)secs) * 1e9)};
        nanosleep(&d, NULL);
        atomic_store(&stop, true);
        for (int t = 0; t < n; t++)
            pthread_join(th[t], NULL);
        double el = now_s() - t0;
        struct smf_ds_stats st;
        smf_stats(ds, &st);
        smf_close(ds);
        unlink(base);
        printf("threads %3d: %9.0f records/s  %8.0f syncs/s  %6.1f records/sync  (%llu records in %.2f s)\n", n,
               (double)st.records / el, (double)st.syncs / el, st.syncs ? (double)st.records / (double)st.syncs : 0,
               (unsigned long long)st.records, el);
    }
    return 0;
}
