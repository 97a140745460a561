/* An SMF data set on the host: back-to-back RDW-prefixed records (the form of an SMF dump
 * transferred "binary with RDW"), written durably with group commit.
 *
 *   smf_write() returns 0 only after the record is on stable storage (fdatasync): a record
 *   it acknowledged survives a crash.  Many threads may write at once; the records pending
 *   while one sync runs go out together with the next one (group commit), so each writer
 *   waits for the sync that covers its own record and the cost of a sync is shared.
 *
 *   Opening checks the active file: a torn last record (a partial RDW, a record cut short, or
 *   a zero-filled tail the file system extended but never wrote) is cut off with ftruncate and
 *   reported (E250).  Anything else that does not parse makes the open fail with the offset
 *   of the first bad record (E251): records after it may be good, so nothing is cut.
 *
 *   Switching (SMF's SYS1.MANx rule, without wrap-around): the names are BASE, BASE.1, ...,
 *   BASE.(count-1).  The active one is the highest-numbered name that exists (BASE when none
 *   does).  A record that would make the active file pass size_limit goes to the next name
 *   instead, which must not exist or be empty; after the last name, writes fail with E253
 *   (not acknowledged, so nothing is lost) until the files are dumped and removed.
 *
 * The library never prints: messages ("zsie: E25x ...") go to the config's callback. */
#ifndef ZSIE_SMF_DATASET_H
#define ZSIE_SMF_DATASET_H

#include <stddef.h>
#include <stdint.h>

struct smf_dataset;

struct smf_dataset_config {
    const char *path;          /* BASE */
    uint64_t size_limit;       /* bytes per file; 0 = no limit.  A record larger than the limit
                                  still goes into an empty file. */
    unsigned count;            /* names in the set (1 = BASE only; 0 counts as 1) */
    void (*message)(void *ctx, const char *line); /* one numbered line, no newline; may be NULL */
    void *ctx;
};

/* What the open found (may be NULL). */
struct smf_open_report {
    unsigned active;           /* index of the active name (0 = BASE) */
    uint64_t records;          /* good records in the active file */
    uint64_t size;             /* its size after recovery */
    uint64_t cut_bytes;        /* bytes of a torn last record cut off (0: none) */
    uint64_t bad_offset;       /* when the open fails with SMF_DS_EBAD: the first bad record */
};

enum smf_ds_err {
    SMF_DS_OK = 0,
    SMF_DS_EIO = -10,          /* open/read/write/sync failed (errno kept); the set is failed */
    SMF_DS_EBAD = -11,         /* the active file holds a bad record that is not a torn tail */
    SMF_DS_EFULL = -12,        /* every name of the set is full */
    SMF_DS_ERECORD = -13,      /* the record given to smf_write is not a well-formed record */
    SMF_DS_EBUSY = -14,        /* another process has the data set open for writing */
    SMF_DS_EFAILED = -15,      /* an earlier write or sync failed: nothing more is accepted */
};

/* Open (creating BASE if needed) and recover the active file; takes an exclusive lock on it.
 * Returns 0 and *out, or a negative enum smf_ds_err (after a message). */
int smf_open(struct smf_dataset **out, const struct smf_dataset_config *cfg, struct smf_open_report *rep);

/* Write one complete record (smf_rdw_len() accepts it and SMFxLEN == len) durably.
 * Thread-safe.  Returns 0 once the record is synced, else a negative enum smf_ds_err. */
int smf_write(struct smf_dataset *ds, const uint8_t *rec, size_t len);

/* Statistics since open. */
struct smf_ds_stats {
    uint64_t records;          /* acknowledged */
    uint64_t syncs;            /* fdatasync calls */
    uint64_t switches;         /* files switched */
    unsigned active;           /* index of the active name */
};
void smf_stats(struct smf_dataset *ds, struct smf_ds_stats *st);

/* The file name of index i (0 = BASE) into buf; returns buf. */
char *smf_dataset_name(const char *base, unsigned i, char *buf, size_t n);

/* Close; writers must have returned.  Returns 0 or SMF_DS_EIO. */
int smf_close(struct smf_dataset *ds);

/* The RDW at p, with avail bytes from p on: the record length when the RDW is well formed
 * (SMF_MIN_RECORD <= SMFxLEN <= SMF_MAX_RECORD, SMFxSEG zero: zsie neither writes nor reads
 * spanned segments), 0 when fewer than 4 bytes are there, -1 (with *why) when it is bad.
 * The record itself may extend past avail.  Shared by the data set and the reader. */
#define SMF_MIN_RECORD 18u      /* through SMFxSID */
long smf_rdw_len(const uint8_t *p, size_t avail, const char **why);

#endif
