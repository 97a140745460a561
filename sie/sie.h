/* Interpretive execution: one mechanism with two callers, the SIE instruction (B214) run by a
 * program on the emulated machine, and zsie's control program.  A guest runs on the same
 * execution core as the host, as a struct cpu whose storage is a window onto host storage,
 * until an interception; the state description then holds what happened. */
#ifndef ZSIE_SIE_H
#define ZSIE_SIE_H

#include <stdbool.h>
#include <stdint.h>

#include "cpu.h"
#include "state_desc.h"
#include "storage.h"

struct insn;

/* SIE entries and exits, by interception code (code / 4). */
struct sie_stats {
    uint64_t entries;
    uint64_t exits[64];
    uint64_t guest_insns;
};

struct sie_vcpu {
    struct cpu *cpu;       /* the guest CPU; persists across entries (decode cache, pending) */
    struct cpu own_cpu;    /* its storage when the SIE context makes its own guest CPU */
    struct storage view;   /* guest absolute storage: a window of host storage */
    struct storage *window; /* the guest CPU's storage: &view, or the caller's */
    /* a pageable guest (m = 0) entered by the SIE instruction: its storage is host virtual,
     * translated through the host's primary ASCE frame by frame (view.frame_map) */
    struct cpu *host_cpu;
    uint64_t host_asce, mso;
    uint64_t **frame_map;  /* segment directory (storage.h), map_segs entries */
    uint64_t map_segs;
    uint64_t *seg_used;    /* directory indexes of the segments made, seg_count of them */
    uint64_t seg_count, seg_limit;
    uint8_t *no_frame;
    uint32_t host_gen;     /* host storage's tlb_gen the frame map was made under */
    /* a host translation exception met while looking up a guest frame: becomes a program
     * interruption for the host, with SIE nullified, when the guest access fails on it */
    int fault_code;
    uint64_t fault_va;
    int host_pgm;          /* after sie_enter: 0, or the host's program-interruption code */
    uint64_t host_teid;
    struct storage *host;  /* host absolute storage holding the state description */
    struct sie_sd *sd;     /* the state description while the guest runs */
    struct sie_stats stats;
    uint64_t slice;        /* guest instructions between looks at the host */
    /* Asked between slices: true when the host wants control back (its own interruption
     * pending, a stop): interpretive execution ends with interception code 0. */
    bool (*host_wants)(struct sie_vcpu *vc, void *ctx);
    void *host_ctx;
    uint64_t host_seen;    /* guest instructions already charged to the host */
    /* exit being built while the guest runs */
    uint8_t icpt_code, icpt_status;
    uint16_t icpt_ipa;
    uint32_t icpt_ipb;
};

/* Set up a context on host storage.  guest: the CPU to run as the guest (the control
 * program's virtual CPU), or NULL to make one (the SIE instruction).  window: the guest's
 * storage as the caller keeps it (shared by the virtual CPUs of one VM, so that key changes
 * and IPTE on one reach the TLBs of all); every entry then checks that the state description
 * describes exactly that window.  NULL: the context's own window (vc->view), set from the
 * state description at each entry. */
int sie_vcpu_init(struct sie_vcpu *vc, struct storage *host, struct cpu *guest, struct storage *window,
                  uint16_t cpu_addr);
void sie_vcpu_destroy(struct sie_vcpu *vc);

/* Enter interpretive execution for the state description at host absolute sd_abs (512
 * aligned, inside host storage: the caller checks).  regs: the host register file whose
 * GR0-13, FPRs, FPC and ARs the guest uses and gets back (the SIE instruction); NULL keeps
 * the guest's registers in vc->cpu (the control program).  host_epoch: the host's TOD epoch.
 * Returns the interception code stored in the state description. */
int sie_enter(struct sie_vcpu *vc, uint64_t sd_abs, struct cpu *regs, int64_t host_epoch);

/* Called by the execution loop for instructions flagged F_SIE while cpu->sie is set:
 * returns EXEC_INTERCEPT when the guest must leave, 0 to interpret the instruction. */
int sie_gate(struct cpu *cpu, const struct insn *in);
/* Called when a program interruption for code, raised by instruction in (NULL for a fetch
 * exception) at addr, is about to be presented to a guest: returns true if it becomes an
 * interception instead (then the loop leaves with EXEC_INTERCEPT). */
bool sie_program_intercept(struct cpu *cpu, int code, const struct insn *in, uint64_t addr);

/* Called when an external interruption that the guest's controls leave to the host (clock
 * comparator, CPU timer) is about to be presented to a guest: records interception 0x14
 * with the external code and CPU address in the interruption parameters, sets sie_exit. */
bool sie_external_intercept(struct cpu *cpu, uint16_t code, uint16_t cpu_addr);

const char *sie_icpt_name(unsigned code);

/* Copy the guest CPU's state into the state description (the control program changes the
 * guest between entries through the CPU and saves it with this). */
void sie_sync_sd(struct sie_vcpu *vc);

/* Free the guest context a CPU made by issuing SIE. */
void sie_release(struct cpu *cpu);

/* Between slices of a pageable guest (cpu_run): an IPTE, IDTE, CSP or key change on another
 * host CPU bumped the host storage's tlb_gen, so the guest forgets its frames and its TLB and
 * translates through the host's tables anew. */
void sie_host_sync(struct sie_vcpu *vc);

#endif
