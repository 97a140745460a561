/* SMF records: the standard header, the self-defining section and a builder that appends
 * sections to one record.  Records are built in z/OS form (big-endian binary, EBCDIC code
 * page 037 text, packed-decimal dates) so that independent SMF readers decode them.
 *
 * host_services/ knows nothing of the rooms above it: callers pass plain values.
 * docs/smf.md describes every record this module writes. */
#ifndef ZSIE_SMF_RECORD_H
#define ZSIE_SMF_RECORD_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <time.h>

#define SMF_MAX_RECORD 32756u   /* largest record, RDW included (z/OS SMF limit) */
#define SMF_RDW_LEN 4u

/* SMFxFLG, the system indicator.  IBM numbers bits from the left: bit 0 = X'80'. */
#define SMF_FLG_NEW_FORMAT 0x80 /* bit 0: the record has self-defining sections (triplets) */
#define SMF_FLG_SUBTYPES 0x40   /* bit 1: SMFxSSI and SMFxSTY are valid */

/* The standard SMF header with subtypes.  Offsets include the 4-byte RDW (SMFxLEN, SMFxSEG);
 * every field is big-endian and kept as bytes so the layout has no padding. */
struct smf_header {
    uint8_t smfxlen[2];  /* +0x00  record length, RDW included */
    uint8_t smfxseg[2];  /* +0x02  segment descriptor: 0 = complete record */
    uint8_t smfxflg;     /* +0x04  system indicator (SMF_FLG_*) */
    uint8_t smfxrty;     /* +0x05  record type: 0-127 IBM, 128-255 installation */
    uint8_t smfxtme[4];  /* +0x06  time, binary hundredths of a second since midnight */
    uint8_t smfxdte[4];  /* +0x0A  date, packed decimal 0cyydddF (c = 1: 20yy) */
    uint8_t smfxsid[4];  /* +0x0E  system identification, EBCDIC */
    uint8_t smfxssi[4];  /* +0x12  subsystem identification, EBCDIC (with subtypes) */
    uint8_t smfxsty[2];  /* +0x16  record subtype (with subtypes) */
};
_Static_assert(sizeof(struct smf_header) == 24, "standard SMF header with subtypes");

/* The short header (records without subtypes, e.g. type 80) ends after SMFxSID. */
#define SMF_SHORT_HEADER_LEN 18u

/* One triplet of the self-defining section: where a section is, how long one entry is and how
 * many entries follow.  An absent section has offset 0 and number 0. */
struct smf_triplet {
    uint8_t off[4];      /* +0  offset of the section from the start of the record (RDW incl.) */
    uint8_t len[2];      /* +4  length of one entry */
    uint8_t num[2];      /* +6  number of entries */
};
_Static_assert(sizeof(struct smf_triplet) == 8, "SMF triplet");

/* The self-defining section of zsie's installation records (types 200, 201): a count of
 * triplets at +24, two reserved bytes, then the triplets from +28 (the form of type 119). */
struct smf_sds_prefix {
    uint8_t trn[2];      /* +0x18  number of triplets that follow */
    uint8_t rsv[2];      /* +0x1A  reserved, zero */
};
_Static_assert(sizeof(struct smf_sds_prefix) == 4, "self-defining section prefix");
#define SMF_SDS_TRIPLETS_OFF 28u

/* ---- big-endian fields and text ---- */
static inline void smf_put16(uint8_t *p, uint16_t v) { p[0] = (uint8_t)(v >> 8); p[1] = (uint8_t)v; }
static inline void smf_put32(uint8_t *p, uint32_t v)
{
    p[0] = (uint8_t)(v >> 24); p[1] = (uint8_t)(v >> 16); p[2] = (uint8_t)(v >> 8); p[3] = (uint8_t)v;
}
static inline void smf_put64(uint8_t *p, uint64_t v) { smf_put32(p, (uint32_t)(v >> 32)); smf_put32(p + 4, (uint32_t)v); }
static inline uint16_t smf_get16(const uint8_t *p) { return (uint16_t)(p[0] << 8 | p[1]); }
static inline uint32_t smf_get32(const uint8_t *p)
{
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}
static inline uint64_t smf_get64(const uint8_t *p) { return (uint64_t)smf_get32(p) << 32 | smf_get32(p + 4); }

/* Text s (ISO 8859-1) into an n-byte EBCDIC field, padded with EBCDIC blanks (X'40');
 * longer text is cut at n. */
void smf_put_ebcdic(uint8_t *dst, size_t n, const char *s);
/* An n-byte EBCDIC field as ISO 8859-1 text without its trailing blanks and NULs; dst holds
 * at least n + 1 bytes. */
void smf_get_ebcdic(char *dst, const uint8_t *src, size_t n);

/* ---- time stamps ---- */
struct smf_stamp {
    uint32_t hundredths; /* SMFxTME */
    uint32_t date;       /* SMFxDTE as a 32-bit packed value, 0x0cyydddF */
};
/* The packed date of year (1900-2899) and day of year (1-366): 0cyydddF, c = (year-1900)/100.
 * Returns false outside the range. */
bool smf_pack_date(int year, int yday, uint32_t *out);
/* The year and day of year of a packed date; false when it is not 0cyydddF with decimal
 * digits, sign F and a day from 1 to 366. */
bool smf_unpack_date(uint32_t date, int *year, int *yday);
/* Month (1-12) and day of month of a day of year. */
void smf_yday_to_mday(int year, int yday, int *month, int *mday);
/* The stamp of a UTC calendar time (zsie's records carry UTC, not local time). */
struct smf_stamp smf_stamp_from_time(time_t t, long nsec);
struct smf_stamp smf_stamp_now(void);

/* ---- the builder ---- */
enum smf_err {
    SMF_OK = 0,
    SMF_ETOOBIG = -1,    /* the record would pass SMF_MAX_RECORD */
    SMF_EARG = -2,       /* an argument out of range (too long a name, a bad section number) */
};

struct smf_builder {
    uint8_t buf[SMF_MAX_RECORD];
    size_t len;          /* bytes so far, RDW included */
    unsigned ntrip;      /* triplets reserved in the self-defining section */
    int err;             /* first error (sticky): smf_build_end() reports it */
};

/* Start a record with the standard header with subtypes (flags SMF_FLG_NEW_FORMAT |
 * SMF_FLG_SUBTYPES), system id sid and subsystem id ssi (EBCDIC, 4 bytes each), and a
 * self-defining section of ntrip triplets, all absent until a section fills them. */
void smf_build_begin(struct smf_builder *b, uint8_t type, uint16_t subtype, const struct smf_stamp *when,
                     const char *sid, const char *ssi, unsigned ntrip);
/* Start a record with the short header only (type, time, date, sid; flags as given); the
 * caller appends the type's fixed part with smf_build_append(). */
void smf_build_begin_short(struct smf_builder *b, uint8_t type, uint8_t flags, const struct smf_stamp *when,
                           const char *sid);
/* Append len bytes (NULL: zeros) and return where they went, or NULL (and a sticky
 * SMF_ETOOBIG) when the record would pass SMF_MAX_RECORD. */
uint8_t *smf_build_append(struct smf_builder *b, const void *data, size_t len);
/* Append a section of num entries of entry_len bytes each and point triplet idx (0-based) at
 * it; num 0 leaves the triplet absent (offset 0, number 0, entry length kept). */
uint8_t *smf_build_section(struct smf_builder *b, unsigned idx, const void *data, size_t entry_len, size_t num);
/* Finish: store SMFxLEN.  Returns the record length, or a negative enum smf_err. */
int smf_build_end(struct smf_builder *b);

/* Read triplet idx of a record of len bytes with zsie's self-defining section layout: false
 * when the triplet or the section it describes lies outside the record. */
bool smf_triplet_get(const uint8_t *rec, size_t len, unsigned idx, uint32_t *off, uint16_t *elen, uint16_t *num);

#endif
