/* Builders of the record types zsie writes: 80 (RACF), 200 (GHAPI events), 201 (accounting). */
#include "smf_types.h"

#include <string.h>

static const uint8_t access_bytes[] = {
    [SMF_ACC_NONE] = 0x01, [SMF_ACC_EXECUTE] = 0x08, [SMF_ACC_READ] = 0x10,
    [SMF_ACC_UPDATE] = 0x20, [SMF_ACC_CONTROL] = 0x40, [SMF_ACC_ALTER] = 0x80,
};
static const char *const access_names[] = {"NONE", "EXECUTE", "READ", "UPDATE", "CONTROL", "ALTER"};

uint8_t smf_access_byte(enum smf_access a)
{
    return (unsigned)a <= SMF_ACC_ALTER ? access_bytes[a] : 0;
}

int smf_access_from_byte(uint8_t b)
{
    for (int a = 0; a <= SMF_ACC_ALTER; a++)
        if (access_bytes[a] == b)
            return a;
    return -1;
}

const char *smf_access_name(int a)
{
    return a >= 0 && a <= SMF_ACC_ALTER ? access_names[a] : "?";
}

static bool fits(const char *s, size_t n)
{
    return !s || strlen(s) <= n;
}

/* One relocate section of EBCDIC text, optionally after a flag byte, padded with blanks to
 * width bytes (0: as long as the text). */
static void reloc_text(struct smf_builder *b, uint8_t dtp, int flag, const char *s, size_t width)
{
    size_t n = strlen(s), extra = flag >= 0;
    if (n < width)
        n = width;
    uint8_t *p = smf_build_append(b, NULL, SMF80_RELOC_HDR + extra + n);
    if (!p)
        return;
    p[0] = dtp;
    p[1] = (uint8_t)(n + extra);
    if (flag >= 0)
        p[2] = (uint8_t)flag;
    smf_put_ebcdic(p + 2 + extra, n, s);
}

static void reloc_byte(struct smf_builder *b, uint8_t dtp, uint8_t v)
{
    uint8_t *p = smf_build_append(b, NULL, SMF80_RELOC_HDR + 1);
    if (p) {
        p[0] = dtp;
        p[1] = 1;
        p[2] = v;
    }
}

int smf_build_racf_access(struct smf_builder *b, const struct smf_stamp *when, const char *sid,
                          enum smf80_evq qualifier, const char *user, const char *group,
                          const char *class_name, const char *resource, enum smf_access intent,
                          enum smf_access allowed, const char *profile, bool generic_profile)
{
    if ((unsigned)qualifier > SMF80_EVQ_WARNING || !fits(user, 8) || !fits(group, 8) || !class_name ||
        !fits(class_name, 8) || !resource || !fits(resource, SMF80_NAME_MAX) ||
        !fits(profile, SMF80_NAME_MAX - 1) || (unsigned)intent > SMF_ACC_ALTER || (unsigned)allowed > SMF_ACC_ALTER)
        return SMF_EARG;
    smf_build_begin_short(b, SMF_TYPE_RACF, 0, when, sid);
    if (!smf_build_append(b, NULL, sizeof(struct smf80_fixed) - SMF_SHORT_HEADER_LEN))
        return smf_build_end(b);
    struct smf80_fixed *f = (struct smf80_fixed *)b->buf;
    uint16_t des = 0;
    if (qualifier == SMF80_EVQ_INSUFFICIENT || qualifier == SMF80_EVQ_NOT_FOUND)
        des |= SMF80DES_VIOLATION;
    if (qualifier == SMF80_EVQ_WARNING)
        des |= SMF80DES_WARNING;
    smf_put16(f->smf80des, des);
    f->smf80evt = SMF80_EVT_ACCESS;
    f->smf80evq = (uint8_t)qualifier;
    smf_put_ebcdic(f->smf80usr, 8, user);
    smf_put_ebcdic(f->smf80grp, 8, group);
    f->smf80ath = SMF80ATH_NORMAL;
    smf_put_ebcdic(f->smf80trm, 8, "");
    smf_put_ebcdic(f->smf80jbn, 8, "");
    smf_put_ebcdic(f->smf80uid, 8, "");
    smf_put_ebcdic(f->smf80sec, 8, "");
    smf_put16(f->smf80rel, (uint16_t)(sizeof(struct smf80_fixed) - SMF_RDW_LEN));

    unsigned cnt = 0;
    reloc_text(b, SMF80_DTP_RESOURCE, -1, resource, 0), cnt++;
    reloc_text(b, SMF80_DTP_CLASS, -1, class_name, 8), cnt++;
    if (profile && *profile)
        reloc_text(b, SMF80_DTP_PROFILE, generic_profile ? SMF80_PROFILE_GENERIC : 0, profile, 0), cnt++;
    reloc_byte(b, SMF80_DTP_REQUESTED, smf_access_byte(intent)), cnt++;
    reloc_byte(b, SMF80_DTP_ALLOWED, smf_access_byte(allowed)), cnt++;
    smf_put16(f->smf80cnt, (uint16_t)cnt);
    return smf_build_end(b);
}

int smf_build_app_event(struct smf_builder *b, const struct smf_stamp *when, const char *sid,
                        enum smf200_subtype subtype, const struct smf_app_event *ev)
{
    if (subtype < SMF200_EVENT || subtype > SMF200_REJECTED || !fits(ev->userid, 8) || !fits(ev->vmname, 8) ||
        !fits(ev->appname, 16) || !fits(ev->appver, 8) || ev->data_len > SMF200_DATA_MAX ||
        (ev->data_len && !ev->data))
        return SMF_EARG;
    smf_build_begin(b, SMF_TYPE_GHAPI, (uint16_t)subtype, when, sid, SMF_ZSIE_SSI, SMF200_NTRIP);
    struct smf200_ident *id = (struct smf200_ident *)smf_build_section(b, 0, NULL, sizeof *id, 1);
    if (id) {
        smf_put_ebcdic(id->smf200usr, sizeof id->smf200usr, ev->userid);
        smf_put_ebcdic(id->smf200vmn, sizeof id->smf200vmn, ev->vmname);
        smf_put_ebcdic(id->smf200apn, sizeof id->smf200apn, ev->appname);
        smf_put_ebcdic(id->smf200apv, sizeof id->smf200apv, ev->appver);
        smf_put64(id->smf200stt, ev->start_tod);
        smf_put64(id->smf200spt, ev->stop_tod);
        smf_put32(id->smf200ecd, ev->event_code);
    }
    smf_build_section(b, 1, ev->data, ev->data_len, ev->data_len ? 1 : 0);
    return smf_build_end(b);
}

static uint64_t put_counts(struct smf_builder *b, unsigned idx, const struct smf_count *c, size_t n)
{
    size_t used = 0;
    uint64_t total = 0;
    for (size_t i = 0; i < n; i++)
        used += c[i].count != 0;
    struct smf201_count *e = (struct smf201_count *)smf_build_section(b, idx, NULL, sizeof *e, used);
    if (!e)
        return 0;
    for (size_t i = 0; i < n; i++) {
        if (!c[i].count)
            continue;
        smf_put16(e->code, c[i].code);
        smf_put64(e->count, c[i].count);
        total += c[i].count;
        e++;
    }
    return total;
}

int smf_build_vm_accounting(struct smf_builder *b, const struct smf_stamp *when, const char *sid,
                            const struct smf_vm_accounting *a)
{
    if (!fits(a->userid, 8) || (a->n_sie_exits && !a->sie_exits) || (a->n_ghapi_calls && !a->ghapi_calls))
        return SMF_EARG;
    smf_build_begin(b, SMF_TYPE_VMACCT, SMF201_ACCOUNTING, when, sid, SMF_ZSIE_SSI, SMF201_NTRIP);
    struct smf201_acct *s = (struct smf201_acct *)smf_build_section(b, 0, NULL, sizeof *s, 1);
    /* the counts go after section 1; their totals are written back into it */
    size_t s_off = s ? (size_t)((uint8_t *)s - b->buf) : 0;
    uint64_t exits = put_counts(b, 1, a->sie_exits, a->n_sie_exits);
    uint64_t calls = put_counts(b, 2, a->ghapi_calls, a->n_ghapi_calls);
    if (s && !b->err) {
        s = (struct smf201_acct *)(b->buf + s_off);
        smf_put_ebcdic(s->smf201usr, sizeof s->smf201usr, a->userid);
        smf_put64(s->smf201lon, a->logon_tod);
        smf_put64(s->smf201lof, a->logoff_tod);
        smf_put64(s->smf201elp, a->elapsed_us);
        smf_put64(s->smf201cpu, a->cpu_us);
        smf_put64(s->smf201ins, a->instructions);
        smf_put64(s->smf201sxt, exits);
        smf_put64(s->smf201ghc, calls);
    }
    return smf_build_end(b);
}
