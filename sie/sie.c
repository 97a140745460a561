/* SIE entry and exit: validate the state description, load the guest CPU from it, run the
 * guest on the execution core in slices, and store the guest state and the interception
 * back.  The guest's storage is a window [MSO, MSE] of host absolute storage. */
#include "sie.h"

#include <string.h>

#include <stdlib.h>

#include "access.h"
#include "dat.h"
#include "exec.h"
#include "interrupt.h"
#include "timer.h"

#define DEFAULT_SLICE 200000
#define MS_UNIT_MASK 0xFFFFFULL /* origin and extent are in 1 MiB units */
#define PAGEABLE_MAX (16ULL << 30) /* largest pageable guest zsie maps (its frame map) */

int sie_vcpu_init(struct sie_vcpu *vc, struct storage *host, struct cpu *guest, struct storage *window,
                  uint16_t cpu_addr)
{
    memset(vc, 0, sizeof *vc);
    vc->host = host;
    vc->slice = DEFAULT_SLICE;
    vc->window = window ? window : &vc->view;
    if (guest) {
        vc->cpu = guest;
    } else {
        if (cpu_init(&vc->own_cpu, &vc->view, cpu_addr))
            return -1;
        vc->cpu = &vc->own_cpu;
    }
    vc->cpu->mem = vc->window;
    vc->cpu->sie = vc;
    return 0;
}

void sie_vcpu_destroy(struct sie_vcpu *vc)
{
    for (uint64_t i = 0; i < vc->seg_count; i++)
        free(vc->frame_map[vc->seg_used[i]]);
    free(vc->frame_map);
    free(vc->seg_used);
    free(vc->no_frame);
    if (vc->cpu == &vc->own_cpu)
        cpu_destroy(&vc->own_cpu);
    else
        vc->cpu->sie = NULL;
}

static int validity(struct sie_vcpu *vc, enum sie_validity why)
{
    struct sie_sd *sd = vc->sd;
    sd->c = SIE_C_VALIDITY;
    sd->f = 0;
    st_be16(sd->ipa, SIE_VI_WHO_CPU << 8 | SIE_VI_WHEN_ENTRY);
    st_be32(sd->ipb, (uint32_t)why << 16);
    vc->stats.exits[SIE_C_VALIDITY / 4]++;
    return SIE_C_VALIDITY;
}

/* A pageable guest's frame: host virtual MSO + frame * 4K through the host's primary ASCE
 * (Hercules 3.13 does this even when the host PSW has DAT off).  A host translation exception
 * leaves the frame unmapped and is remembered: the guest access that needed the frame then
 * ends interpretive execution with that exception for the host (sie_program_intercept). */
static void drop_map(struct sie_vcpu *vc)
{
    for (uint64_t i = 0; i < vc->seg_count; i++) {
        free(vc->frame_map[vc->seg_used[i]]);
        vc->frame_map[vc->seg_used[i]] = NULL;
    }
    vc->seg_count = 0;
}

static void map_fill(const struct storage *s, uint64_t frame)
{
    struct sie_vcpu *vc = s->map_ctx;
    struct dat_walk w = {0};
    uint64_t va = vc->mso + (frame << PAGE_SHIFT);
    uint64_t abs = STORAGE_NO_FRAME;
    int rc = dat_walk(vc->host_cpu, vc->host_asce, va, &w);
    if (!rc) {
        abs = w.absolute ? w.addr : real_to_abs(vc->host_cpu, w.addr);
        if (abs >= vc->host->size)
            rc = PGM_ADDRESSING;
    }
    if (rc) {
        vc->fault_code = rc;
        vc->fault_va = va;
    }
    uint64_t **slot = &vc->frame_map[frame >> STORAGE_SEG_SHIFT];
    if (!*slot) {
        if (rc)
            return; /* nothing mapped: no segment made for it (asked again next time) */
        if (vc->seg_count == vc->seg_limit)
            drop_map(vc); /* the map is a cache of the host's DAT: start it afresh */
        uint64_t *seg = malloc((STORAGE_SEG_MASK + 1) * sizeof *seg);
        if (!seg)
            return;
        memset(seg, 0xFF, (STORAGE_SEG_MASK + 1) * sizeof *seg); /* STORAGE_FRAME_UNKNOWN */
        *slot = seg;
        vc->seg_used[vc->seg_count++] = frame >> STORAGE_SEG_SHIFT;
    }
    (*slot)[frame & STORAGE_SEG_MASK] = rc ? STORAGE_NO_FRAME : abs & PAGE_MASK;
}

/* Forget every frame (only the segments made cost anything). */
static void forget_frames(struct sie_vcpu *vc)
{
    vc->host_gen = atomic_load_explicit(&vc->host->tlb_gen, memory_order_acquire);
    for (uint64_t i = 0; i < vc->seg_count; i++)
        memset(vc->frame_map[vc->seg_used[i]], 0xFF, (STORAGE_SEG_MASK + 1) * sizeof(uint64_t));
}

void sie_host_sync(struct sie_vcpu *vc)
{
    if (!vc->view.frame_map || vc->cpu->mem != &vc->view)
        return;
    if (__builtin_expect(atomic_load_explicit(&vc->host->tlb_gen, memory_order_acquire) == vc->host_gen, 1))
        return;
    forget_frames(vc);
    tlb_flush(vc->cpu);
}

/* The map of a pageable guest is sized by what the host can back: at most as many segments
 * as the host's storage has MiBs (distinct frames), plus a few for aliases, whatever MSE
 * says; only the segment directory (8 bytes per guest MiB) follows the guest's size. */
static enum sie_validity setup_pageable(struct sie_vcpu *vc, uint64_t mso, uint64_t size, struct cpu *host)
{
    if (size > PAGEABLE_MAX)
        return SIE_VI_MSL;
    uint64_t segs = ((size >> PAGE_SHIFT) + STORAGE_SEG_MASK) >> STORAGE_SEG_SHIFT;
    uint64_t limit = (vc->host->size >> PAGE_SHIFT >> STORAGE_SEG_SHIFT) + 16;
    if (limit > segs)
        limit = segs;
    if (segs > vc->map_segs || limit != vc->seg_limit) {
        drop_map(vc);
        uint64_t **m = segs > vc->map_segs ? realloc(vc->frame_map, segs * sizeof *m) : vc->frame_map;
        uint64_t *u = realloc(vc->seg_used, limit * sizeof *u);
        if (m)
            vc->frame_map = m;
        if (u)
            vc->seg_used = u;
        if (!m || !u)
            return SIE_VI_MSL;
        if (segs > vc->map_segs)
            memset(m + vc->map_segs, 0, (segs - vc->map_segs) * sizeof *m);
        vc->map_segs = segs > vc->map_segs ? segs : vc->map_segs;
        vc->seg_limit = limit;
    }
    if (!vc->no_frame && !(vc->no_frame = calloc(1, PAGE_SIZE + 16)))
        return SIE_VI_MSL;
    /* the host's tables may have changed since the last entry */
    forget_frames(vc);
    vc->host_cpu = host;
    vc->host_asce = host->cr[1];
    vc->mso = mso;
    vc->view.bytes = vc->host->bytes;
    vc->view.keys = vc->host->keys;
    vc->view.size = size;
    vc->view.frame_map = vc->frame_map;
    vc->view.map_fill = map_fill;
    vc->view.map_ctx = vc;
    vc->view.no_frame = vc->no_frame;
    return 0;
}

/* Check the state description and set up the guest's storage; 0 or a validity reason. */
static enum sie_validity setup_storage(struct sie_vcpu *vc, struct cpu *host)
{
    struct sie_sd *sd = vc->sd;
    if (!(sd->mx & SIE_MX_ZARCH))
        return SIE_VI_MODE;
    uint64_t mso = ld_be64(sd->mso) & ~MS_UNIT_MASK;
    uint64_t mse = ld_be64(sd->mse) | MS_UNIT_MASK;
    if ((sd->m & SIE_M_VR) && mso != 0)
        return SIE_VI_VR_ORIGIN;
    if (mse < mso)
        return SIE_VI_MSE_BELOW;
    uint64_t size = mse + 1 - mso;
    uint32_t prefix = ld_be32(sd->prefix) & 0x7FFFE000u;
    if (prefix + 0x2000ULL > size)
        return SIE_VI_PREFIX;
    enum sie_validity why = 0;
    if (vc->window != &vc->view) {
        /* the caller's window: the state description must describe it */
        if (vc->window->bytes != vc->host->bytes + mso || vc->window->size != size)
            return SIE_VI_MSL;
    } else if (!(sd->m & SIE_M_VR) && host) {
        why = setup_pageable(vc, mso, size, host);
        if (!why && !storage_valid(&vc->view, prefix, 0x2000))
            why = SIE_VI_PREFIX_ACCESS;
    } else {
        /* a V=R guest: host absolute storage from 0 */
        if (mse >= vc->host->size)
            return SIE_VI_MSL;
        vc->view.bytes = vc->host->bytes + mso;
        vc->view.keys = vc->host->keys + (mso >> PAGE_SHIFT);
        vc->view.size = size;
        vc->view.frame_map = NULL;
    }
    if (why)
        return why;
    if (dcache_resize(vc->cpu, size / PAGE_SIZE))
        return SIE_VI_MSL;
    return 0;
}

static void store_guest(struct sie_vcpu *vc, struct cpu *regs);

static void load_guest(struct sie_vcpu *vc, struct cpu *regs, int64_t host_epoch)
{
    struct sie_sd *sd = vc->sd;
    struct cpu *g = vc->cpu;
    if (regs) {
        memcpy(g->gr, regs->gr, 14 * sizeof g->gr[0]);
        memcpy(g->fpr, regs->fpr, sizeof g->fpr);
        memcpy(g->ar, regs->ar, sizeof g->ar);
        g->fpc = regs->fpc;
    }
    g->gr[14] = ld_be64(sd->gr14);
    g->gr[15] = ld_be64(sd->gr15);
    for (int i = 0; i < 16; i++)
        g->cr[i] = ld_be64(sd->cr[i]);
    g->prefix = ld_be32(sd->prefix) & 0x7FFFE000u;
    g->cpu_addr = ld_be16(sd->cpuad);
    g->tod_epoch = host_epoch + (int64_t)ld_be64(sd->epoch);
    g->clock_comparator = ld_be64(sd->ckc);
    cpu_timer_set(g, (int64_t)ld_be64(sd->cputm));
    g->stopped = false;
    g->sie_exit = false;
    tlb_flush(g);
    cpu_load_psw(g, ld_be64(sd->psw), ld_be64(sd->psw + 8));
}

void sie_sync_sd(struct sie_vcpu *vc)
{
    store_guest(vc, NULL);
}

static void store_guest(struct sie_vcpu *vc, struct cpu *regs)
{
    struct sie_sd *sd = vc->sd;
    struct cpu *g = vc->cpu;
    if (regs) {
        memcpy(regs->gr, g->gr, 14 * sizeof g->gr[0]);
        memcpy(regs->fpr, g->fpr, sizeof g->fpr);
        memcpy(regs->ar, g->ar, sizeof g->ar);
        regs->fpc = g->fpc;
    }
    st_be64(sd->gr14, g->gr[14]);
    st_be64(sd->gr15, g->gr[15]);
    for (int i = 0; i < 16; i++)
        st_be64(sd->cr[i], g->cr[i]);
    st_be32(sd->prefix, g->prefix);
    st_be64(sd->ckc, g->clock_comparator);
    st_be64(sd->cputm, (uint64_t)cpu_timer_get(g));
    cpu_store_psw(g, sd->psw);
}

/* An intervention request the guest can take now becomes an interception. */
static int intervention(struct sie_vcpu *vc)
{
    uint8_t v = vc->sd->v;
    if (v & SIE_V_STOP)
        return SIE_C_STOP;
    if ((v & SIE_V_EXT) && (vc->cpu->psw.mask & PSW_EXT))
        return SIE_C_EXTREQ;
    if ((v & SIE_V_IO) && (vc->cpu->psw.mask & PSW_IO))
        return SIE_C_IOREQ;
    return -1;
}

int sie_enter(struct sie_vcpu *vc, uint64_t sd_abs, struct cpu *regs, int64_t host_epoch)
{
    vc->sd = (struct sie_sd *)storage_ptr(vc->host, sd_abs);
    struct sie_sd *sd = vc->sd;
    struct cpu *g = vc->cpu;
    vc->stats.entries++;
    vc->host_pgm = 0; /* before any exit, validity included: a previous entry's must not stay */
    enum sie_validity why = setup_storage(vc, regs);
    if (why)
        return validity(vc, why);
    load_guest(vc, regs, host_epoch);
    vc->icpt_code = SIE_C_NONE;
    vc->fault_code = 0;
    vc->icpt_status = 0;
    vc->icpt_ipa = 0;
    vc->icpt_ipb = 0;
    uint64_t start = g->insn_count;
    uint32_t gen = atomic_load_explicit(&g->mem->tlb_gen, memory_order_acquire);
    for (;;) {
        int code = intervention(vc);
        if (code >= 0) {
            vc->icpt_code = (uint8_t)code;
            break;
        }
        g->max_insns = g->insn_count + vc->slice;
        int rc = cpu_run(g);
        if (rc == EXEC_INTERCEPT)
            break;
        if (rc == EXEC_WAIT) {
            vc->icpt_code = SIE_C_WAIT;
            break;
        }
        if (rc == EXEC_STOP) {
            vc->icpt_code = SIE_C_STOP;
            break;
        }
        if (vc->host_wants && vc->host_wants(vc, vc->host_ctx))
            break; /* code 0: the host takes its interruption, then re-enters */
    }
    g->max_insns = 0;
    /* the guest changed keys or page-table entries (SSKE, RRBE, IPTE...) of frames that are
     * the host's too: the host's CPUs must drop what their TLBs cached (tlb_sync) */
    if (atomic_load_explicit(&g->mem->tlb_gen, memory_order_acquire) != gen)
        atomic_fetch_add_explicit(&vc->host->tlb_gen, 1, memory_order_acq_rel);
    vc->stats.guest_insns += g->insn_count - start;
    store_guest(vc, regs);
    sd->c = vc->icpt_code;
    sd->f = vc->icpt_status;
    st_be16(sd->ipa, vc->icpt_ipa);
    st_be32(sd->ipb, vc->icpt_ipb);
    vc->stats.exits[vc->icpt_code / 4]++;
    return vc->icpt_code;
}

const char *sie_icpt_name(unsigned code)
{
    switch (code) {
    case SIE_C_NONE: return "none (host interruption)";
    case SIE_C_INST: return "instruction";
    case SIE_C_PGM: return "program interruption";
    case SIE_C_INST_PGM: return "instruction and program interruption";
    case SIE_C_EXTREQ: return "external request";
    case SIE_C_EXTINT: return "external interruption";
    case SIE_C_IOREQ: return "I/O request";
    case SIE_C_WAIT: return "wait state";
    case SIE_C_VALIDITY: return "validity";
    case SIE_C_STOP: return "stop request";
    case SIE_C_OPEREXC: return "operation exception";
    case SIE_C_PARTIAL: return "partial execution";
    case SIE_C_IOINST: return "I/O instruction";
    default: return "unknown";
    }
}
