/* SMF record building: header, packed dates, EBCDIC text and the self-defining section. */
#include "smf_record.h"

#include <string.h>

#include "ebcdic.h" /* the code page 037 table (cpu/ebcdic.c), shared with the console and the CP */

#define EBCDIC_BLANK 0x40

void smf_put_ebcdic(uint8_t *dst, size_t n, const char *s)
{
    size_t i = 0;
    for (; s && s[i] && i < n; i++)
        dst[i] = latin1_to_cp037((uint8_t)s[i]);
    memset(dst + i, EBCDIC_BLANK, n - i);
}

void smf_get_ebcdic(char *dst, const uint8_t *src, size_t n)
{
    while (n > 0 && (src[n - 1] == EBCDIC_BLANK || src[n - 1] == 0))
        n--;
    for (size_t i = 0; i < n; i++)
        dst[i] = (char)cp037_to_latin1(src[i]);
    dst[n] = 0;
}

static bool is_leap(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

bool smf_pack_date(int year, int yday, uint32_t *out)
{
    if (year < 1900 || year > 2899 || yday < 1 || yday > (is_leap(year) ? 366 : 365))
        return false;
    int c = (year - 1900) / 100, yy = year % 100;
    *out = (uint32_t)c << 24 | (uint32_t)(yy / 10) << 20 | (uint32_t)(yy % 10) << 16 |
           (uint32_t)(yday / 100) << 12 | (uint32_t)(yday / 10 % 10) << 8 | (uint32_t)(yday % 10) << 4 | 0xF;
    return true;
}

bool smf_unpack_date(uint32_t date, int *year, int *yday)
{
    unsigned d[7];
    for (int i = 0; i < 7; i++) {
        d[i] = date >> (28 - 4 * i) & 0xF;
        if (d[i] > 9)
            return false;
    }
    if ((date & 0xF) != 0xF)
        return false;
    int y = 1900 + (int)d[1] * 100 + (int)(d[2] * 10 + d[3]);
    int dd = (int)(d[4] * 100 + d[5] * 10 + d[6]);
    if (d[0] != 0 || dd < 1 || dd > (is_leap(y) ? 366 : 365))
        return false;
    *year = y;
    *yday = dd;
    return true;
}

void smf_yday_to_mday(int year, int yday, int *month, int *mday)
{
    static const int mlen[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int m = 0;
    while (m < 11) {
        int l = mlen[m] + (m == 1 && is_leap(year));
        if (yday <= l)
            break;
        yday -= l;
        m++;
    }
    *month = m + 1;
    *mday = yday;
}

struct smf_stamp smf_stamp_from_time(time_t t, long nsec)
{
    struct tm tm;
    struct smf_stamp s = {0, 0};
    if (!gmtime_r(&t, &tm))
        return s;
    s.hundredths = (uint32_t)((tm.tm_hour * 3600 + tm.tm_min * 60 + tm.tm_sec) * 100) + (uint32_t)(nsec / 10000000);
    if (!smf_pack_date(tm.tm_year + 1900, tm.tm_yday + 1, &s.date))
        s.date = 0;
    return s;
}

struct smf_stamp smf_stamp_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return smf_stamp_from_time(ts.tv_sec, ts.tv_nsec);
}

static void put_short_header(struct smf_builder *b, uint8_t type, uint8_t flags, const struct smf_stamp *when,
                             const char *sid)
{
    memset(b->buf, 0, sizeof(struct smf_header));
    struct smf_header *h = (struct smf_header *)b->buf;
    h->smfxflg = flags;
    h->smfxrty = type;
    smf_put32(h->smfxtme, when->hundredths);
    smf_put32(h->smfxdte, when->date);
    smf_put_ebcdic(h->smfxsid, sizeof h->smfxsid, sid);
}

void smf_build_begin(struct smf_builder *b, uint8_t type, uint16_t subtype, const struct smf_stamp *when,
                     const char *sid, const char *ssi, unsigned ntrip)
{
    b->err = SMF_OK;
    b->ntrip = ntrip;
    put_short_header(b, type, SMF_FLG_NEW_FORMAT | SMF_FLG_SUBTYPES, when, sid);
    struct smf_header *h = (struct smf_header *)b->buf;
    smf_put_ebcdic(h->smfxssi, sizeof h->smfxssi, ssi);
    smf_put16(h->smfxsty, subtype);
    b->len = sizeof(struct smf_header);
    uint8_t *p = smf_build_append(b, NULL, sizeof(struct smf_sds_prefix) + (size_t)ntrip * sizeof(struct smf_triplet));
    if (p)
        smf_put16(((struct smf_sds_prefix *)p)->trn, (uint16_t)ntrip);
}

void smf_build_begin_short(struct smf_builder *b, uint8_t type, uint8_t flags, const struct smf_stamp *when,
                           const char *sid)
{
    b->err = SMF_OK;
    b->ntrip = 0;
    put_short_header(b, type, flags, when, sid);
    b->len = SMF_SHORT_HEADER_LEN;
}

uint8_t *smf_build_append(struct smf_builder *b, const void *data, size_t len)
{
    if (b->err)
        return NULL;
    if (len > SMF_MAX_RECORD - b->len) {
        b->err = SMF_ETOOBIG;
        return NULL;
    }
    uint8_t *p = b->buf + b->len;
    if (data)
        memcpy(p, data, len);
    else
        memset(p, 0, len);
    b->len += len;
    return p;
}

uint8_t *smf_build_section(struct smf_builder *b, unsigned idx, const void *data, size_t entry_len, size_t num)
{
    if (b->err)
        return NULL;
    if (idx >= b->ntrip || entry_len > 0xFFFF || num > 0xFFFF) {
        b->err = SMF_EARG;
        return NULL;
    }
    struct smf_triplet *t = (struct smf_triplet *)(b->buf + SMF_SDS_TRIPLETS_OFF) + idx;
    smf_put16(t->len, (uint16_t)entry_len);
    if (num == 0) {
        smf_put32(t->off, 0);
        smf_put16(t->num, 0);
        return b->buf + b->len;
    }
    if (entry_len != 0 && num > (SMF_MAX_RECORD - b->len) / entry_len) {
        b->err = SMF_ETOOBIG;
        return NULL;
    }
    uint32_t off = (uint32_t)b->len;
    uint8_t *p = smf_build_append(b, data, entry_len * num);
    if (!p)
        return NULL;
    smf_put32(t->off, off);
    smf_put16(t->num, (uint16_t)num);
    return p;
}

int smf_build_end(struct smf_builder *b)
{
    if (b->err)
        return b->err;
    smf_put16(b->buf, (uint16_t)b->len);
    smf_put16(b->buf + 2, 0);
    return (int)b->len;
}

bool smf_triplet_get(const uint8_t *rec, size_t len, unsigned idx, uint32_t *off, uint16_t *elen, uint16_t *num)
{
    if (len < SMF_SDS_TRIPLETS_OFF)
        return false;
    unsigned n = smf_get16(rec + sizeof(struct smf_header));
    if (idx >= n || SMF_SDS_TRIPLETS_OFF + (size_t)(idx + 1) * sizeof(struct smf_triplet) > len)
        return false;
    const struct smf_triplet *t = (const struct smf_triplet *)(rec + SMF_SDS_TRIPLETS_OFF) + idx;
    *off = smf_get32(t->off);
    *elen = smf_get16(t->len);
    *num = smf_get16(t->num);
    if (*num == 0)
        return true;
    /* the whole section must lie inside the record and after the triplets */
    uint64_t end = (uint64_t)*off + (uint64_t)*elen * *num;
    return *off >= SMF_SDS_TRIPLETS_OFF + (uint64_t)n * sizeof(struct smf_triplet) && end <= len;
}
