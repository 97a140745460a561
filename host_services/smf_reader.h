/* Reading SMF data sets (back-to-back RDW-prefixed records) and decoding records: the
 * standard header of any type and the fields of types 80, 200 and 201.  Nothing a file holds
 * makes the reader crash or read outside it; a bad record is reported with its offset. */
#ifndef ZSIE_SMF_READER_H
#define ZSIE_SMF_READER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "smf_record.h"

struct smf_reader {
    FILE *f;                   /* NULL: reading from memory */
    const uint8_t *mem;
    size_t mem_len;
    uint64_t offset;           /* of the next record */
    uint8_t buf[SMF_MAX_RECORD];
    const char *why;           /* after SMF_READ_BAD: what is wrong at offset */
};

enum { SMF_READ_END = 0, SMF_READ_OK = 1, SMF_READ_BAD = -1, SMF_READ_EIO = -2 };

/* 0, or -1 with errno set. */
int smf_reader_open_file(struct smf_reader *r, const char *path);
void smf_reader_open_mem(struct smf_reader *r, const void *data, size_t len);
/* The next record: SMF_READ_OK with *rec (valid until the next call), *len and *off (its
 * offset in the data set); SMF_READ_END at a clean end; SMF_READ_BAD with r->offset and r->why
 * at a record that does not frame (the reader cannot go on past it); SMF_READ_EIO. */
int smf_reader_next(struct smf_reader *r, const uint8_t **rec, size_t *len, uint64_t *off);
void smf_reader_close(struct smf_reader *r);

#define SMF80_NAME_MAX_DEC 255  /* longest type 80 name (SMF80DLN is one byte) */

struct smf_decoded {
    unsigned len, seg, flg, type;
    bool has_subtype;          /* SMFxFLG bit 1, and the record is long enough */
    unsigned subtype;
    char sid[5], ssi[5];
    uint32_t tme, dte;
    bool date_ok, time_ok;     /* the packed date / the time are valid */
    int year, yday, month, mday;
    unsigned hh, mm, ss, hs;
    union {
        struct {               /* type 80 */
            unsigned des, evt, evq, ath, rea, cnt, rel;
            char user[9], group[9];
            bool has_resource, has_class, has_profile, generic;
            char resource[SMF80_NAME_MAX_DEC + 1], class_name[9], profile[SMF80_NAME_MAX_DEC + 1];
            int intent, allowed; /* enum smf_access, -1 absent, -2 unknown byte */
            uint8_t intent_byte, allowed_byte;
        } r80;
        struct {               /* type 200 */
            char user[9], vm[9], app[17], ver[9];
            uint64_t start, stop;
            uint32_t code;
            const uint8_t *data; /* inside the record */
            size_t data_len;
        } t200;
        struct {               /* type 201 */
            char user[9];
            uint64_t logon, logoff, elapsed, cpu, insns, exits, calls;
            const uint8_t *sie, *ghapi; /* struct smf201_count entries inside the record */
            unsigned n_sie, n_ghapi;
        } t201;
    } u;
};
/* Decode a record that smf_reader_next returned.  0, or -1 with *why when a field of a known
 * type points outside the record or is malformed (the header fields are decoded anyway). */
int smf_decode(const uint8_t *rec, size_t len, struct smf_decoded *d, const char **why);
/* The user id of a decoded record of type 80, 200 or 201; NULL for other types. */
const char *smf_decoded_user(const struct smf_decoded *d);
/* The name of a record type or subtype ("RACF processing", ...); NULL if zsie has none. */
const char *smf_type_name(unsigned type);
const char *smf_subtype_name(unsigned type, unsigned subtype);

#endif
