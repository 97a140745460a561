/* Reading and decoding SMF records. */
#include "smf_reader.h"

#include <errno.h>
#include <string.h>

#include "smf_dataset.h"
#include "smf_types.h"

int smf_reader_open_file(struct smf_reader *r, const char *path)
{
    memset(r, 0, offsetof(struct smf_reader, buf));
    r->f = fopen(path, "rb");
    return r->f ? 0 : -1;
}

void smf_reader_open_mem(struct smf_reader *r, const void *data, size_t len)
{
    memset(r, 0, offsetof(struct smf_reader, buf));
    r->mem = data;
    r->mem_len = len;
}

void smf_reader_close(struct smf_reader *r)
{
    if (r->f)
        fclose(r->f);
    r->f = NULL;
}

/* Up to n bytes at the reader's position + skip into dst; the count read. */
static size_t fetch(struct smf_reader *r, uint8_t *dst, size_t skip, size_t n, bool *eio)
{
    if (!r->f) {
        uint64_t at = r->offset + skip;
        if (at >= r->mem_len)
            return 0;
        size_t m = r->mem_len - at < n ? (size_t)(r->mem_len - at) : n;
        memcpy(dst, r->mem + at, m);
        return m;
    }
    size_t got = fread(dst, 1, n, r->f);
    if (got < n && ferror(r->f))
        *eio = true;
    return got;
}

int smf_reader_next(struct smf_reader *r, const uint8_t **rec, size_t *len, uint64_t *off)
{
    bool eio = false;
    size_t got = fetch(r, r->buf, 0, SMF_RDW_LEN, &eio);
    if (eio)
        return SMF_READ_EIO;
    if (got == 0)
        return SMF_READ_END;
    if (got < SMF_RDW_LEN) {
        r->why = "partial RDW at the end of the data set";
        return SMF_READ_BAD;
    }
    const char *why = NULL;
    long l = smf_rdw_len(r->buf, got, &why);
    if (l < 0) {
        r->why = why;
        return SMF_READ_BAD;
    }
    size_t rest = (size_t)l - SMF_RDW_LEN;
    got = fetch(r, r->buf + SMF_RDW_LEN, SMF_RDW_LEN, rest, &eio);
    if (eio)
        return SMF_READ_EIO;
    if (got < rest) {
        r->why = "record cut short at the end of the data set";
        return SMF_READ_BAD;
    }
    *rec = r->buf;
    *len = (size_t)l;
    *off = r->offset;
    r->offset += (uint64_t)l;
    return SMF_READ_OK;
}

const char *smf_type_name(unsigned type)
{
    switch (type) {
    case SMF_TYPE_RACF: return "RACF processing";
    case SMF_TYPE_GHAPI: return "GHAPI application event";
    case SMF_TYPE_VMACCT: return "virtual machine accounting";
    default: return NULL;
    }
}

const char *smf_subtype_name(unsigned type, unsigned subtype)
{
    if (type == SMF_TYPE_GHAPI)
        switch (subtype) {
        case SMF200_EVENT: return "application event";
        case SMF200_START: return "application start";
        case SMF200_STOP: return "application stop";
        case SMF200_REJECTED: return "GHAPI request rejected";
        }
    if (type == SMF_TYPE_VMACCT && subtype == SMF201_ACCOUNTING)
        return "logoff accounting";
    return NULL;
}

const char *smf_decoded_user(const struct smf_decoded *d)
{
    if (d->type != SMF_TYPE_RACF && strcmp(d->ssi, SMF_ZSIE_SSI))
        return NULL;
    switch (d->type) {
    case SMF_TYPE_RACF: return d->u.r80.user;
    case SMF_TYPE_GHAPI: return d->u.t200.user;
    case SMF_TYPE_VMACCT: return d->u.t201.user;
    default: return NULL;
    }
}

static int bad(const char **why, const char *w)
{
    if (why)
        *why = w;
    return -1;
}

static int decode80(const uint8_t *rec, size_t len, struct smf_decoded *d, const char **why)
{
    if (len < sizeof(struct smf80_fixed))
        return bad(why, "type 80 record shorter than its fixed part");
    const struct smf80_fixed *f = (const struct smf80_fixed *)rec;
    d->u.r80.des = smf_get16(f->smf80des);
    d->u.r80.evt = f->smf80evt;
    d->u.r80.evq = f->smf80evq;
    d->u.r80.ath = f->smf80ath;
    d->u.r80.rea = f->smf80rea;
    smf_get_ebcdic(d->u.r80.user, f->smf80usr, 8);
    smf_get_ebcdic(d->u.r80.group, f->smf80grp, 8);
    d->u.r80.rel = smf_get16(f->smf80rel);
    d->u.r80.cnt = smf_get16(f->smf80cnt);
    d->u.r80.intent = d->u.r80.allowed = -1;
    size_t p = (size_t)d->u.r80.rel + SMF_RDW_LEN; /* SMF80REL counts from SMF80FLG */
    if (d->u.r80.cnt && p < SMF_SHORT_HEADER_LEN)
        return bad(why, "type 80 relocate offset inside the header");
    for (unsigned i = 0; i < d->u.r80.cnt; i++) {
        if (p + SMF80_RELOC_HDR > len)
            return bad(why, "type 80 relocate section outside the record");
        unsigned dtp = rec[p], dln = rec[p + 1];
        const uint8_t *dta = rec + p + SMF80_RELOC_HDR;
        if (p + SMF80_RELOC_HDR + dln > len)
            return bad(why, "type 80 relocate data outside the record");
        switch (dtp) {
        case SMF80_DTP_RESOURCE:
            d->u.r80.has_resource = true;
            smf_get_ebcdic(d->u.r80.resource, dta, dln);
            break;
        case SMF80_DTP_CLASS:
            d->u.r80.has_class = true;
            smf_get_ebcdic(d->u.r80.class_name, dta, dln < 8 ? dln : 8);
            break;
        case SMF80_DTP_PROFILE:
            if (dln >= 1) {
                d->u.r80.has_profile = true;
                d->u.r80.generic = (dta[0] & SMF80_PROFILE_GENERIC) != 0;
                smf_get_ebcdic(d->u.r80.profile, dta + 1, dln - 1);
            }
            break;
        case SMF80_DTP_REQUESTED:
        case SMF80_DTP_ALLOWED:
            if (dln >= 1) {
                int a = smf_access_from_byte(dta[0]);
                if (dtp == SMF80_DTP_REQUESTED)
                    d->u.r80.intent = a < 0 ? -2 : a, d->u.r80.intent_byte = dta[0];
                else
                    d->u.r80.allowed = a < 0 ? -2 : a, d->u.r80.allowed_byte = dta[0];
            }
            break;
        default:
            break;             /* other data types: not decoded */
        }
        p += SMF80_RELOC_HDR + dln;
    }
    return 0;
}

static int decode200(const uint8_t *rec, size_t len, struct smf_decoded *d, const char **why)
{
    uint32_t off;
    uint16_t elen, num;
    if (!smf_triplet_get(rec, len, 0, &off, &elen, &num) || num != 1 || elen < sizeof(struct smf200_ident))
        return bad(why, "type 200 identification section missing or outside the record");
    const struct smf200_ident *id = (const struct smf200_ident *)(rec + off);
    smf_get_ebcdic(d->u.t200.user, id->smf200usr, 8);
    smf_get_ebcdic(d->u.t200.vm, id->smf200vmn, 8);
    smf_get_ebcdic(d->u.t200.app, id->smf200apn, 16);
    smf_get_ebcdic(d->u.t200.ver, id->smf200apv, 8);
    d->u.t200.start = smf_get64(id->smf200stt);
    d->u.t200.stop = smf_get64(id->smf200spt);
    d->u.t200.code = smf_get32(id->smf200ecd);
    if (!smf_triplet_get(rec, len, 1, &off, &elen, &num))
        return bad(why, "type 200 data section outside the record");
    if (num) {
        d->u.t200.data = rec + off;
        d->u.t200.data_len = (size_t)elen * num;
    }
    return 0;
}

static int decode201(const uint8_t *rec, size_t len, struct smf_decoded *d, const char **why)
{
    uint32_t off;
    uint16_t elen, num;
    if (!smf_triplet_get(rec, len, 0, &off, &elen, &num) || num != 1 || elen < sizeof(struct smf201_acct))
        return bad(why, "type 201 accounting section missing or outside the record");
    const struct smf201_acct *a = (const struct smf201_acct *)(rec + off);
    smf_get_ebcdic(d->u.t201.user, a->smf201usr, 8);
    d->u.t201.logon = smf_get64(a->smf201lon);
    d->u.t201.logoff = smf_get64(a->smf201lof);
    d->u.t201.elapsed = smf_get64(a->smf201elp);
    d->u.t201.cpu = smf_get64(a->smf201cpu);
    d->u.t201.insns = smf_get64(a->smf201ins);
    d->u.t201.exits = smf_get64(a->smf201sxt);
    d->u.t201.calls = smf_get64(a->smf201ghc);
    for (unsigned t = 1; t <= 2; t++) {
        if (!smf_triplet_get(rec, len, t, &off, &elen, &num) || (num && elen != sizeof(struct smf201_count)))
            return bad(why, "type 201 count section malformed or outside the record");
        if (t == 1)
            d->u.t201.sie = num ? rec + off : NULL, d->u.t201.n_sie = num;
        else
            d->u.t201.ghapi = num ? rec + off : NULL, d->u.t201.n_ghapi = num;
    }
    return 0;
}

int smf_decode(const uint8_t *rec, size_t len, struct smf_decoded *d, const char **why)
{
    memset(d, 0, sizeof *d);
    if (len < SMF_MIN_RECORD)
        return bad(why, "record shorter than the SMF header");
    const struct smf_header *h = (const struct smf_header *)rec;
    d->len = smf_get16(h->smfxlen);
    d->seg = smf_get16(h->smfxseg);
    d->flg = h->smfxflg;
    d->type = h->smfxrty;
    d->tme = smf_get32(h->smfxtme);
    d->dte = smf_get32(h->smfxdte);
    smf_get_ebcdic(d->sid, h->smfxsid, 4);
    d->time_ok = d->tme < 24u * 3600u * 100u;
    if (d->time_ok) {
        d->hs = d->tme % 100;
        d->ss = d->tme / 100 % 60;
        d->mm = d->tme / 6000 % 60;
        d->hh = d->tme / 360000;
    }
    d->date_ok = smf_unpack_date(d->dte, &d->year, &d->yday);
    if (d->date_ok)
        smf_yday_to_mday(d->year, d->yday, &d->month, &d->mday);
    /* type 80 keeps its own fields where others have the subsystem id and subtype */
    if ((d->flg & SMF_FLG_SUBTYPES) && d->type != SMF_TYPE_RACF && len >= sizeof(struct smf_header)) {
        d->has_subtype = true;
        smf_get_ebcdic(d->ssi, h->smfxssi, 4);
        d->subtype = smf_get16(h->smfxsty);
    }
    /* installation types are zsie's only when its subsystem id says so */
    bool ours = d->has_subtype && !strcmp(d->ssi, SMF_ZSIE_SSI);
    switch (d->type) {
    case SMF_TYPE_RACF:
        return decode80(rec, len, d, why);
    case SMF_TYPE_GHAPI:
        return ours ? decode200(rec, len, d, why) : 0;
    case SMF_TYPE_VMACCT:
        return ours ? decode201(rec, len, d, why) : 0;
    default:
        return 0;
    }
}
