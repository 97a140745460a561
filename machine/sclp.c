/* The SCLP behind SERVICE CALL: the checks the instruction makes on the SCCB address, the
 * commands, and the service signal that completes each one.  Layouts: see sclp.h. */
#include "sclp.h"

#include <string.h>

#include "access.h"
#include "machine.h"

/* ---- the service signal ---- */

void sclp_raise_service_signal(struct cpu *cpu, uint32_t param)
{
    /* One service signal can be pending per CPU: a second completion before the first was
     * taken merges into the same parameter (the guest serialises its requests anyway). */
    if (atomic_load(&cpu->pending) & PEND_EXT_SERVICE)
        cpu->service_param |= param;
    else
        cpu->service_param = param;
    atomic_fetch_or_explicit(&cpu->pending, PEND_EXT_SERVICE, memory_order_release);
}

bool sclp_events_pending(struct machine *m)
{
    return console_has_input(&m->console) &&
           (m->sclp.cp_receive_mask & m->sclp.send_mask);
}

/* ---- read SCP info, read CPU info ---- */

static void put_cpu_entries(struct machine *m, uint8_t *p)
{
    for (unsigned i = 0; i < m->ncpus; i++, p += SCP_INFO_CPU_LEN) {
        memset(p, 0, SCP_INFO_CPU_LEN);
        p[CPUE_ADDRESS] = (uint8_t)m->cpus[i].cpu.cpu_addr;
        p[CPUE_FLAGS] = SCLP_CPU_SIEF2;
        p[CPUE_TYPE] = 0; /* general-purpose CP */
    }
}

static uint16_t read_scp_info(struct machine *m, uint8_t *sccb, uint16_t len)
{
    unsigned need = SCP_INFO_LEN + SCP_INFO_CPU_LEN * m->ncpus;
    if (len < need)
        return SCLP_RC_INSUFFICIENT_LENGTH;
    memset(sccb + SCCB_HEADER_LEN, 0, len - SCCB_HEADER_LEN);
    /* storage in increments of rnsize MiB, rnmax of them; the increment doubles until the
     * count fits the 16-bit field */
    uint64_t mib = m->mem.size >> 20;
    unsigned rnsize = 1;
    while (mib / rnsize > 0xFFFF && rnsize < 128)
        rnsize *= 2;
    uint64_t rnmax = mib / rnsize;
    st_be16(sccb + SCP_RNMAX, (uint16_t)(rnmax > 0xFFFF ? 0 : rnmax));
    sccb[SCP_RNSIZE] = (uint8_t)rnsize;
    st_be16(sccb + SCP_NCPURL, (uint16_t)m->ncpus);
    st_be16(sccb + SCP_CPUOFF, SCP_INFO_LEN);
    memset(sccb + SCP_LOADPARM, 0x40, 8); /* EBCDIC blanks */
    st_be64(sccb + SCP_FACILITIES, SCLP_FAC_CPU_INFO);
    st_be32(sccb + SCP_RNSIZE2, rnsize);
    st_be64(sccb + SCP_RNMAX2, rnmax);
    st_be16(sccb + SCP_HCPUA, (uint16_t)(m->ncpus - 1));
    put_cpu_entries(m, sccb + SCP_INFO_LEN);
    return SCLP_RC_NORMAL_READ;
}

static uint16_t read_cpu_info(struct machine *m, uint8_t *sccb, uint16_t len)
{
    unsigned need = CPU_INFO_LEN + SCP_INFO_CPU_LEN * m->ncpus;
    if (len < need)
        return SCLP_RC_INSUFFICIENT_LENGTH;
    memset(sccb + SCCB_HEADER_LEN, 0, len - SCCB_HEADER_LEN);
    st_be16(sccb + CPUI_CONFIGURED, (uint16_t)m->ncpus);
    st_be16(sccb + CPUI_OFF_CONFIGURED, CPU_INFO_LEN);
    st_be16(sccb + CPUI_STANDBY, 0);
    st_be16(sccb + CPUI_OFF_STANDBY, (uint16_t)need);
    put_cpu_entries(m, sccb + CPU_INFO_LEN);
    return SCLP_RC_NORMAL_READ;
}

/* ---- event facility ---- */

/* What the SCLP itself offers: the line-mode console receives messages and sends operator
 * commands; the ASCII console carries data both ways. */
void sclp_init(struct sclp *s, enum sclp_console consoles)
{
    s->receive_mask = 0;
    s->send_mask = 0;
    if (consoles != SCLP_CONSOLE_ASCII) {
        s->receive_mask |= EVT_MASK(EVT_MSG);
        s->send_mask |= EVT_MASK(EVT_OPCMD);
    }
    if (consoles != SCLP_CONSOLE_LINEMODE) {
        s->receive_mask |= EVT_MASK(EVT_ASCII);
        s->send_mask |= EVT_MASK(EVT_ASCII);
    }
}

static void console_input_arrived(void *ctx);

/* A mask of L bytes: only the first 4 bytes name event types this machine knows. */
static uint32_t get_mask(const uint8_t *p, unsigned l)
{
    uint32_t v = 0;
    for (unsigned i = 0; i < 4; i++)
        v = v << 8 | (i < l ? p[i] : 0);
    return v;
}

static void put_mask(uint8_t *p, unsigned l, uint32_t v)
{
    for (unsigned i = 0; i < l; i++)
        p[i] = i < 4 ? (uint8_t)(v >> (24 - 8 * i)) : 0;
}

static uint16_t write_event_mask(struct machine *m, uint8_t *sccb, uint16_t len)
{
    if (len < EVM_MASKS)
        return SCLP_RC_INSUFFICIENT_LENGTH;
    unsigned l = ld_be16(sccb + EVM_MASK_LENGTH);
    if (l == 0 || l > 1021)
        return SCLP_RC_INVALID_MASK_LENGTH;
    if (len < EVM_MASKS + 4 * l)
        return SCLP_RC_INSUFFICIENT_LENGTH;
    m->sclp.cp_receive_mask = get_mask(sccb + EVM_MASKS, l);
    m->sclp.cp_send_mask = get_mask(sccb + EVM_MASKS + l, l);
    put_mask(sccb + EVM_MASKS + 2 * l, l, m->sclp.receive_mask);
    put_mask(sccb + EVM_MASKS + 3 * l, l, m->sclp.send_mask);
    m->sclp.events_signalled = false;
    if (m->sclp.cp_receive_mask & m->sclp.send_mask)
        console_start_input(&m->console, console_input_arrived, m);
    return SCLP_RC_NORMAL;
}

/* Line-mode message: evbuf header, then an MDB (+0 length, +2 type 1, +4 tag "MDB ", +8
 * revision) whose objects (+0 length, +2 type) include message-text objects (type 4: 10-byte
 * header, then the EBCDIC text), one line each. */
static bool write_linemode(struct machine *m, const uint8_t *ev, unsigned elen)
{
    if (elen < 6 + 12)
        return false;
    unsigned mdb_len = ld_be16(ev + 6);
    if (mdb_len < 12 || mdb_len > elen - 6)
        return false;
    const uint8_t *obj = ev + 6 + 12, *end = ev + 6 + mdb_len;
    while (end - obj >= 4) {
        unsigned olen = ld_be16(obj), otype = ld_be16(obj + 2);
        if (olen < 4 || olen > (unsigned)(end - obj))
            return false;
        if (otype == 4 && olen >= 10)
            console_write_ebcdic_line(&m->console, obj + 10, olen - 10);
        obj += olen;
    }
    return true;
}

/* Whether the SCLP takes event type t from the guest (types beyond 32 have no mask bit). */
static bool sclp_takes(const struct sclp *s, unsigned t)
{
    return t >= 1 && t <= 32 && (s->receive_mask & EVT_MASK(t));
}

static uint16_t write_event_data(struct machine *m, uint8_t *sccb, uint16_t len)
{
    if (sccb[SCCB_FUNCTION] != SCCB_FC_NORMAL_WRITE)
        return SCLP_RC_INVALID_FUNCTION;
    /* check the whole chain before acting on any of it */
    for (unsigned off = SCCB_HEADER_LEN; off < len;) {
        unsigned elen = ld_be16(sccb + off + EVB_LENGTH);
        if (elen < EVB_HEADER_LEN || elen > len - off)
            return SCLP_RC_EVBUF_SYNTAX;
        off += elen;
    }
    uint16_t rc = SCLP_RC_NORMAL;
    for (unsigned off = SCCB_HEADER_LEN; off < len;) {
        uint8_t *ev = sccb + off;
        unsigned elen = ld_be16(ev + EVB_LENGTH);
        bool ok = false;
        if (!sclp_takes(&m->sclp, ev[EVB_TYPE])) {
            ok = false;
        } else if (ev[EVB_TYPE] == EVT_MSG) {
            ok = write_linemode(m, ev, elen);
        } else if (ev[EVB_TYPE] == EVT_ASCII) {
            console_write_ascii(&m->console, ev + EVB_HEADER_LEN, elen - EVB_HEADER_LEN);
            ok = true;
        }
        if (ok)
            ev[EVB_FLAGS] |= EVBUF_ACCEPTED;
        else
            rc = ev[EVB_TYPE] == EVT_MSG && sclp_takes(&m->sclp, EVT_MSG) ? SCLP_RC_EVBUF_SYNTAX
                                                                          : SCLP_RC_INVALID_FUNCTION;
        off += elen;
    }
    return rc;
}

/* Build one input event at p (room bytes) from the oldest console line.  ASCII console:
 * header, session byte 0 (data), the text.  Operator command: header, then GDS vectors
 * MDS message unit 0x1310 > CP-MSU 0x1212 > text command 0x1320 > self-defining text
 * subvector (key 0x31) > text subvector (key 0x30, EBCDIC), as the Linux line-mode console
 * reads them.  Returns the event length, 0 if nothing fits. */
static unsigned build_input_event(struct machine *m, uint32_t mask, uint8_t *p, unsigned room)
{
    size_t avail;
    const char *text = console_peek(&m->console, &avail);
    if (!text)
        return 0;
    if (mask & EVT_MASK(EVT_ASCII)) {
        if (room < 8)
            return 0;
        size_t n = avail < room - 7 ? avail : room - 7;
        memset(p, 0, 7);
        st_be16(p, (uint16_t)(7 + n));
        p[2] = EVT_ASCII;
        memcpy(p + 7, text, n);
        console_consume(&m->console, n);
        return 7 + (unsigned)n;
    }
    /* operator command: one line, without its newline, at most 251 bytes of text (the
     * self-defining text subvector's one-byte length, 4 + n, must hold) */
    const unsigned hdr = 6 + 4 + 4 + 4 + 2 + 2;
    if (room < hdr + 1)
        return 0;
    size_t n = avail, consumed = avail;
    if (n && text[n - 1] == '\n')
        n--;
    if (n > 251)
        n = consumed = 251;
    if (n > room - hdr)
        n = consumed = room - hdr;
    unsigned total = hdr + (unsigned)n;
    memset(p, 0, hdr);
    st_be16(p, (uint16_t)total);
    p[2] = EVT_OPCMD;
    st_be16(p + 6, (uint16_t)(total - 6));
    st_be16(p + 8, 0x1310);
    st_be16(p + 10, (uint16_t)(total - 10));
    st_be16(p + 12, 0x1212);
    st_be16(p + 14, (uint16_t)(total - 14));
    st_be16(p + 16, 0x1320);
    p[18] = (uint8_t)(total - 18);
    p[19] = 0x31;
    p[20] = (uint8_t)(total - 20);
    p[21] = 0x30;
    for (size_t i = 0; i < n; i++)
        p[hdr + i] = latin1_to_cp037((uint8_t)text[i]);
    console_consume(&m->console, consumed);
    return total;
}

static uint16_t read_event_data(struct machine *m, uint8_t *sccb, uint16_t len)
{
    uint32_t mask = m->sclp.cp_receive_mask;
    if (sccb[SCCB_FUNCTION] == SCCB_FC_SELECTIVE_READ) {
        if (len < 12)
            return SCLP_RC_INSUFFICIENT_LENGTH;
        uint32_t sel = ld_be32(sccb + 8);
        if (sel & ~mask)
            return SCLP_RC_INVALID_SELECTION;
        mask = sel;
    } else if (sccb[SCCB_FUNCTION] != SCCB_FC_UNCONDITIONAL_READ) {
        return SCLP_RC_INVALID_FUNCTION;
    }
    mask &= m->sclp.send_mask;
    unsigned off = SCCB_HEADER_LEN;
    while (mask && off < len) {
        unsigned n = build_input_event(m, mask, sccb + off, len - off);
        if (!n)
            break;
        off += n;
    }
    if (off == SCCB_HEADER_LEN)
        return SCLP_RC_NO_EVENTS;
    if (sccb[SCCB_CONTROL + 2] & SCCB_CM2_VARIABLE_LENGTH) {
        sccb[SCCB_CONTROL + 2] &= (uint8_t)~SCCB_CM2_VARIABLE_LENGTH;
        st_be16(sccb + SCCB_LENGTH, (uint16_t)off);
    } else {
        memset(sccb + off, 0, len - off); /* a zero length ends the chain */
    }
    return SCLP_RC_NORMAL;
}

bool sclp_execute(struct machine *m, uint32_t cmd, uint8_t *sccb, uint64_t sccb_abs)
{
    uint16_t len = ld_be16(sccb + SCCB_LENGTH);
    uint16_t rc;
    if (len > PAGE_SIZE - (sccb_abs & (PAGE_SIZE - 1))) {
        rc = SCLP_RC_BOUNDARY;
    } else {
        switch (cmd & SCLP_CMD_MASK) {
        case SCLP_CMD_READ_SCP_INFO:
        case SCLP_CMD_READ_SCP_INFO_FORCED:
            rc = read_scp_info(m, sccb, len);
            break;
        case SCLP_CMD_READ_CPU_INFO:
            rc = read_cpu_info(m, sccb, len);
            break;
        case SCLP_CMD_WRITE_EVENT_MASK:
            rc = write_event_mask(m, sccb, len);
            break;
        case SCLP_CMD_WRITE_EVENT_DATA:
            rc = write_event_data(m, sccb, len);
            break;
        case SCLP_CMD_READ_EVENT_DATA:
            rc = read_event_data(m, sccb, len);
            break;
        default:
            rc = SCLP_RC_INVALID_COMMAND;
            break;
        }
    }
    st_be16(sccb + SCCB_RESPONSE, rc);
    bool more = sclp_events_pending(m);
    m->sclp.events_signalled = more;
    return more;
}

/* ---- input arriving while the guest runs ---- */

/* Called with the machine lock held by the console reader: a CPU sleeping in an enabled
 * wait is woken to present the service signal (machine.c, offer_unsolicited). */
static void console_input_arrived(void *ctx)
{
    struct machine *m = ctx;
    if (!sclp_events_pending(m) || m->sclp.events_signalled)
        return;
    for (unsigned i = 0; i < m->ncpus; i++)
        if (m->cpus[i].state == MS_WAIT)
            machine_kick(m, &m->cpus[i]);
}

/* ---- SERVICE CALL ---- */

int machine_servc(struct cpu *cpu, uint32_t cmd, uint64_t sccb_real, void *ctx)
{
    struct machine *m = ctx;
    /* the SCCB must be doubleword aligned, below 2 GiB and outside both 8 KiB prefix areas */
    if ((sccb_real & 7) || sccb_real >= 0x80000000ULL)
        return -PGM_SPECIFICATION;
    if (sccb_real < 0x2000 || (sccb_real & ~0x1FFFULL) == cpu->prefix)
        return -PGM_SPECIFICATION;
    uint64_t abs = real_to_abs(cpu, sccb_real);
    if (!storage_valid(&m->mem, abs, SCCB_HEADER_LEN))
        return -PGM_ADDRESSING;
    uint8_t *sccb = storage_ptr(&m->mem, abs);
    if (ld_be16(sccb + SCCB_LENGTH) < SCCB_HEADER_LEN)
        return -PGM_SPECIFICATION;
    pthread_mutex_lock(&m->lock);
    bool more = sclp_execute(m, cmd, sccb, abs);
    skey_or(storage_key(&m->mem, abs), SKEY_R | SKEY_C); /* the SCLP referenced and changed it */
    sclp_raise_service_signal(cpu, (uint32_t)sccb_real | (more ? 1 : 0));
    pthread_mutex_unlock(&m->lock);
    return 0; /* CC 0: command initiated (and already complete) */
}
