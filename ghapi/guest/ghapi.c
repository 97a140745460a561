/* GHAPI, the guest library: builds a GHAPIPL on the caller's stack, issues the DIAGNOSE and
 * hands the result back (the contract: docs/ghapi.md, the layout: ghapi.h).  Freestanding:
 * no runtime, no global symbol outside ghapi_*, nothing but the compiler's built-ins. */
#include "ghapi.h"

#define PSW_PROBLEM_HI 0x00010000u /* EPSW R1: PSW bits 0-31, bit 15 is the problem state */

/* EBCDIC code page 037 for the printable ASCII characters 0x20-0x7E: names and resources are
 * written in it; anything else becomes '?'. */
static const unsigned char to_ebcdic[95] = {
    0x40, 0x5A, 0x7F, 0x7B, 0x5B, 0x6C, 0x50, 0x7D, 0x4D, 0x5D, 0x5C, 0x4E, 0x6B, 0x60, 0x4B, 0x61, /*  !"#$%&'()*+,-./ */
    0xF0, 0xF1, 0xF2, 0xF3, 0xF4, 0xF5, 0xF6, 0xF7, 0xF8, 0xF9, 0x7A, 0x5E, 0x4C, 0x7E, 0x6E, 0x6F, /* 0-9:;<=>? */
    0x7C, 0xC1, 0xC2, 0xC3, 0xC4, 0xC5, 0xC6, 0xC7, 0xC8, 0xC9, 0xD1, 0xD2, 0xD3, 0xD4, 0xD5, 0xD6, /* @A-O */
    0xD7, 0xD8, 0xD9, 0xE2, 0xE3, 0xE4, 0xE5, 0xE6, 0xE7, 0xE8, 0xE9, 0xBA, 0xE0, 0xBB, 0xB0, 0x6D, /* P-Z[\]^_ */
    0x79, 0x81, 0x82, 0x83, 0x84, 0x85, 0x86, 0x87, 0x88, 0x89, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96, /* `a-o */
    0x97, 0x98, 0x99, 0xA2, 0xA3, 0xA4, 0xA5, 0xA6, 0xA7, 0xA8, 0xA9, 0xC0, 0x4F, 0xD0, 0xA1,       /* p-z{|}~ */
};

static unsigned char ebcdic(char c, int upper)
{
    unsigned char a = (unsigned char)c;
    if (upper && a >= 'a' && a <= 'z')
        a = (unsigned char)(a - 'a' + 'A');
    return a >= 0x20 && a <= 0x7E ? to_ebcdic[a - 0x20] : 0x6F;
}

static unsigned slen(const char *s)
{
    unsigned n = 0;
    while (s[n])
        n++;
    return n;
}

static void put16(unsigned char *p, unsigned v)
{
    p[0] = (unsigned char)(v >> 8);
    p[1] = (unsigned char)v;
}

static void put32(unsigned char *p, uint32_t v)
{
    for (int i = 0; i < 4; i++)
        p[i] = (unsigned char)(v >> (24 - 8 * i));
}

static void put64(unsigned char *p, uint64_t v)
{
    for (int i = 0; i < 8; i++)
        p[i] = (unsigned char)(v >> (56 - 8 * i));
}

static uint32_t get32(const unsigned char *p)
{
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

static void zero(unsigned char *p, unsigned n)
{
    for (unsigned i = 0; i < n; i++)
        p[i] = 0;
}

/* A text field: EBCDIC, blank padded to width; s of at most width characters. */
static void text(unsigned char *p, const char *s, unsigned width, int upper)
{
    unsigned i = 0;
    for (; s && s[i] && i < width; i++)
        p[i] = ebcdic(s[i], upper);
    for (; i < width; i++)
        p[i] = 0x40;
}

static void header(unsigned char *pl, unsigned function, unsigned datalen)
{
    text(pl + GH_EYECATCHER, "GHAPIPL", 8, 0);
    put16(pl + GH_VERSION, GHAPI_VERSION);
    put16(pl + GH_FLAGS, 0);
    put32(pl + GH_LENGTH, GH_HEADER_LEN + datalen);
    put32(pl + GH_FUNCTION, function);
    put32(pl + GH_DATALEN, datalen);
    put32(pl + GH_RETURN_CODE, 0);
    put32(pl + GH_REASON_CODE, 0);
}

int ghapi_diag(void *plist)
{
    register unsigned long rx __asm__("2") = (unsigned long)plist;
    register unsigned long ry __asm__("3") = 0;
    __asm__ volatile("diag %[rx],%[ry],0x100" : [ry] "+d"(ry) : [rx] "d"(rx) : "cc", "memory");
    return (int)(uint32_t)ry;
}

static int (*probe_fn)(void *plist);

void ghapi_set_probe(int (*probe)(void *plist))
{
    probe_fn = probe;
}

static int problem_state(void)
{
    register unsigned long hi __asm__("0");
    register unsigned long lo __asm__("1");
    __asm__ volatile("epsw %0,%1" : "=d"(hi), "=d"(lo));
    (void)lo;
    return (hi & PSW_PROBLEM_HI) != 0;
}

/* The supervisor-state probe: the program-new PSW (real 0x1D0) points at the instruction after
 * the DIAGNOSE while it runs, with I/O and external interruptions off, so a host without GHAPI
 * (a specification exception) lands there with rc still -1.  It assumes logical 0 is the
 * lowcore (DAT off, as on bare metal); a kernel registers its own probe instead. */
static int probe_supervisor(void *plist)
{
    unsigned long lc = 0x1D0;
    __asm__("" : "+d"(lc)); /* a real address, not an object the compiler knows of */
    volatile uint64_t *pgm_new = (volatile uint64_t *)lc;
    uint64_t save_mask = pgm_new[0], save_ia = pgm_new[1];
    register unsigned long rx __asm__("2") = (unsigned long)plist;
    register unsigned long ry __asm__("3") = 0;
    long rc = -1;
    unsigned char sys_mask;
    __asm__ volatile("stnsm %[sm],0xfc\n\t"          /* I/O and external off */
                     "epsw %%r0,%%r1\n\t"
                     "sllg %%r0,%%r0,32\n\t"
                     "llgfr %%r1,%%r1\n\t"
                     "ogr %%r0,%%r1\n\t"
                     "nihh %%r0,0xbfff\n\t"          /* PER off in the new PSW */
                     "stg %%r0,0(%[pn])\n\t"
                     "larl %%r1,0f\n\t"
                     "stg %%r1,8(%[pn])\n\t"
                     "diag %[rx],%[ry],0x100\n\t"
                     "lgr %[rc],%[ry]\n"
                     "0:\n\t"
                     "ssm %[sm]"
                     : [rc] "+d"(rc), [ry] "+d"(ry), [sm] "=Q"(sys_mask)
                     : [rx] "d"(rx), [pn] "a"(pgm_new)
                     : "r0", "r1", "cc", "memory");
    pgm_new[0] = save_mask;
    pgm_new[1] = save_ia;
    return (int)rc;
}

int ghapi_available(void)
{
    uint64_t pl64[(GH_HEADER_LEN + GHQ_LEN) / 8];
    unsigned char *pl = (unsigned char *)pl64;
    header(pl, GHAPI_FN_QUERY, GHQ_LEN);
    zero(pl + GH_DATA, GHQ_LEN);
    int rc;
    if (problem_state())
        rc = probe_fn ? probe_fn(pl) : -1;
    else
        rc = probe_supervisor(pl);
    if (rc != GHAPI_RC_OK)
        return 0;
    return (get32(pl + GH_DATA + GHQ_VERSIONS) & (1u << (GHAPI_VERSION - 1))) != 0;
}

static int result(int rc)
{
    return rc == GHAPI_RC_OK ? GHAPI_OK : -rc;
}

int ghapi_auth(const char *userid, const char *class_name, const char *resource, unsigned access,
               struct ghapi_auth_result *res)
{
    uint64_t pl64[(GH_HEADER_LEN + GHA_FIXED_LEN + GHAPI_MAX_RESOURCE + 7) / 8];
    unsigned char *pl = (unsigned char *)pl64;
    if (!class_name || !resource || !res)
        return GHAPI_EINVAL;
    if (access != GHAPI_READ && access != GHAPI_UPDATE && access != GHAPI_CONTROL && access != GHAPI_ALTER)
        return GHAPI_EINVAL;
    unsigned ulen = userid ? slen(userid) : 0, clen = slen(class_name), rlen = slen(resource);
    if (clen == 0 || rlen == 0 || (userid && ulen == 0))
        return GHAPI_EINVAL;
    if (ulen > 8 || clen > 8 || rlen > GHAPI_MAX_RESOURCE)
        return GHAPI_E2BIG;
    unsigned datalen = GHA_FIXED_LEN + rlen;
    header(pl, GHAPI_FN_AUTH, datalen);
    unsigned char *d = pl + GH_DATA;
    text(d + GHA_EYECATCHER, "GHAUTH", 8, 0);
    zero(d + GHA_SAF_RC, 12);
    d[GHA_ACCESS] = (unsigned char)access;
    d[GHA_FLAGS] = 0;
    put16(d + GHA_USERID_LEN, ulen);
    text(d + GHA_USERID, userid, 8, 1);
    text(d + GHA_CLASS, class_name, 8, 1);
    put16(d + GHA_RESOURCE_LEN, rlen);
    put16(d + GHA_RESERVED, 0);
    for (unsigned i = 0; i < rlen; i++)
        d[GHA_RESOURCE + i] = ebcdic(resource[i], 0);
    int rc = ghapi_diag(pl);
    res->saf_rc = get32(d + GHA_SAF_RC);
    res->racf_rc = get32(d + GHA_RACF_RC);
    res->racf_reason = get32(d + GHA_RACF_REASON);
    return result(rc);
}

int ghapi_log(const char *application, const char *version, uint64_t start_tod, uint64_t stop_tod,
              const void *data, unsigned len)
{
    uint64_t pl64[(GH_HEADER_LEN + GHL_FIXED_LEN + GHAPI_MAX_EVENT) / 8];
    unsigned char *pl = (unsigned char *)pl64;
    if (!application || !*application || (len && !data))
        return GHAPI_EINVAL;
    if (slen(application) > 8 || (version && slen(version) > 8) || len > GHAPI_MAX_EVENT)
        return GHAPI_E2BIG;
    unsigned datalen = GHL_FIXED_LEN + len;
    header(pl, GHAPI_FN_LOG, datalen);
    unsigned char *d = pl + GH_DATA;
    text(d + GHL_EYECATCHER, "GHLOG", 8, 0);
    text(d + GHL_APPLICATION, application, 8, 1);
    text(d + GHL_APPL_VERSION, version ? version : "", 8, 0);
    put64(d + GHL_APPL_START, start_tod);
    put64(d + GHL_APPL_STOP, stop_tod);
    put32(d + GHL_EVENT_LEN, len);
    put32(d + GHL_RESERVED, 0);
    const unsigned char *src = data;
    for (unsigned i = 0; i < len; i++)
        d[GHL_EVENT + i] = src[i];
    return result(ghapi_diag(pl));
}
