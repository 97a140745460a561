/* libFuzzer target: DIAGNOSE dispatch with whatever a guest may pass.  Each input picks the
 * bare machine or a virtual machine of the control program, a function code (usually one the
 * table defines, sometimes any 16 bits), Rx and Ry, the PSW (problem state, key, addressing
 * mode, CC), the prefix, all 16 registers, the storage keys and the contents of guest
 * storage, then calls diag_dispatch() once.
 *
 * What must hold (the guide's "bad input" rule): no crash or sanitizer report, no hang
 * (libFuzzer's -timeout), a result that is DIAG_DONE, a program-interruption code or an
 * EXEC_* outcome, and nothing written outside the guest's storage: the guard tail after the
 * bare machine's storage and the CP's host storage around the virtual machine's window are
 * compared with their contents before the call.
 *
 * Input layout (missing bytes read as zero):
 *   0      flags: bit 0 CP virtual machine, bit 1 problem state, bit 2 trace, bits 3-4
 *          addressing mode (0, 1: 64-bit, 2: 31-bit, 3: 24-bit), bits 5-6 CC, bit 7 a raw code
 *   1      PSW key (high nibble) | Rx (low nibble)
 *   2      Ry (low nibble); bits 4-5 the prefix, bit 6 the issuing CPU (0 or 1)
 *   3-4    the function code: raw 16 bits (flag bit 7), else an index into the defined codes
 *   5-6    register shaping: bit i set = register i is an address inside storage
 *   7-134  GR0-GR15, 8 bytes each, big-endian
 *   135-150 storage keys of the first 16 pages
 *   151-   guest storage from 0x2000 on (parameter blocks, commands, buffers)
 *
 * Build (until tests/fuzz/suite.cmake with ZSIE_FUZZ lands): see docs/diag.md, "The fuzzer". */
#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "access.h"
#include "cp.h"
#include "diag/diag.h"
#include "exec.h"
#include "interrupt.h"
#include "machine.h"

#define BARE_STORAGE (64u * 1024)   /* 16 pages */
#define CP_STORAGE (1u << 20)       /* the CP's smallest virtual machine: 1 MiB */
#define FILL_FROM 0x2000u
#define EDGE 4096u                  /* host bytes checked on each side of the VM's window */
#define GUARD 16u                   /* storage.c's guard tail */

static struct machine bare;
static struct machine_config bare_cfg;
static struct cp cp;
static struct vm_spec cp_spec;
static FILE *sink;
static unsigned codes[DIAG_CODES];
static unsigned ncodes;
static uint8_t edge_below[EDGE], edge_above[EDGE], guard_tail[GUARD];

static void die(const char *what)
{
    fprintf(stderr, "fuzz_diag: %s\n", what);
    abort();
}

static void setup(void)
{
    sink = fopen("/dev/null", "w");
    if (!sink)
        die("cannot open /dev/null");
    bare_cfg = (struct machine_config){
        .storage_size = BARE_STORAGE, .ncpus = 2, .trace_out = sink, .console_out = sink, .console_in = -1};
    if (machine_init(&bare, &bare_cfg))
        die("machine_init failed");
    cp_spec = (struct vm_spec){.storage = CP_STORAGE, .ncpus = 2, .console_out = sink, .trace_out = sink, .console_in = -1};
    strcpy(cp_spec.id, "FUZZ");
    char err[200];
    if (cp_init(&cp, &cp_spec, 1, err, sizeof err))
        die(err);
    for (unsigned i = 0; i < DIAG_CODES; i++)
        if (bare.diag_table.rows[i])
            codes[ncodes++] = i * 4;
    if (!ncodes)
        codes[ncodes++] = 0x44;
}

static uint64_t be64(const uint8_t *p)
{
    uint64_t v = 0;
    for (int i = 0; i < 8; i++)
        v = v << 8 | p[i];
    return v;
}

/* The host bytes around the guest's storage, to see afterwards that nothing touched them. */
static void snapshot(struct machine *m, bool in_cp)
{
    if (in_cp) {
        const uint8_t *host = cp.host.bytes;
        uint64_t mso = cp.vms[0].mso, end = mso + cp.vms[0].size;
        memcpy(edge_below, host + mso - EDGE, EDGE);
        uint64_t n = cp.host.size - end < EDGE ? cp.host.size - end : EDGE;
        memset(edge_above, 0, EDGE);
        memcpy(edge_above, host + end, n);
    } else {
        memcpy(guard_tail, m->mem.bytes + m->mem.size, GUARD);
    }
}

static void check_edges(struct machine *m, bool in_cp)
{
    if (in_cp) {
        const uint8_t *host = cp.host.bytes;
        uint64_t mso = cp.vms[0].mso, end = mso + cp.vms[0].size;
        uint64_t n = cp.host.size - end < EDGE ? cp.host.size - end : EDGE;
        if (memcmp(edge_below, host + mso - EDGE, EDGE) || memcmp(edge_above, host + end, n))
            die("a DIAGNOSE wrote host storage outside the virtual machine's window");
    } else if (memcmp(guard_tail, m->mem.bytes + m->mem.size, GUARD)) {
        die("a DIAGNOSE wrote past the end of the bare machine's storage");
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!sink)
        setup();
    uint8_t head[151] = {0};
    memcpy(head, data, size < sizeof head ? size : sizeof head);
    const uint8_t *rest = size > sizeof head ? data + sizeof head : NULL;
    size_t nrest = size > sizeof head ? size - sizeof head : 0;

    bool in_cp = head[0] & 1;
    /* every input starts from a fresh DIAGNOSE state (watchdog, IPL parameters, pfault
     * handshakes, a pending reset from the last X'308'), so that a finding reproduces alone:
     * both machines get their DIAGNOSE state made again */
    if (in_cp) {
        cp_diag_setup(&cp.vms[0], &cp_spec);
    } else {
        diag_vm_free(&bare.diag);
        machine_diag_init(&bare);
    }
    struct machine *m = in_cp ? &cp.vms[0].m : &bare;
    m->reset_pending = false;
    m->ended = false;
    struct diag_vm *vm = &m->diag;
    struct cpu *cpu = &m->cpus[(head[2] >> 6) & 1].cpu;
    uint64_t stor = m->mem.size;

    /* guest storage and keys: zero, then the input's bytes from 0x2000 and its keys */
    memset(m->mem.bytes, 0, stor);
    memset(m->mem.keys, 0, stor / PAGE_SIZE);
    for (unsigned p = 0; p < 16 && p < stor / PAGE_SIZE; p++)
        m->mem.keys[p] = head[135 + p] & 0xFE; /* key, fetch protection, R and C; bit 7 unused */
    if (nrest)
        memcpy(m->mem.bytes + FILL_FROM, rest, nrest < stor - FILL_FROM ? nrest : stor - FILL_FROM);
    atomic_fetch_add(&m->mem.tlb_gen, 1); /* the keys changed behind the TLB */

    /* the PSW, the prefix and the registers */
    static const uint64_t amode[4] = {PSW_EA | PSW_BA, PSW_EA | PSW_BA, PSW_BA, 0};
    uint64_t mask = amode[(head[0] >> 3) & 3] | ((uint64_t)(head[1] >> 4) << PSW_KEY_SHIFT) |
                    ((uint64_t)((head[0] >> 5) & 3) << PSW_CC_SHIFT);
    if (head[0] & 2)
        mask |= PSW_PROBLEM;
    cpu_load_psw(cpu, mask, 0x2000);
    static const uint32_t prefixes[4] = {0, 0x2000, 0x4000, 0xE000};
    cpu->prefix = prefixes[(head[2] >> 4) & 3];
    unsigned shape = (unsigned)head[5] << 8 | head[6];
    for (int i = 0; i < 16; i++) {
        uint64_t v = be64(head + 7 + 8 * i);
        /* most interesting values are addresses near or inside storage */
        cpu->gr[i] = (shape >> i) & 1 ? v % (stor + 2 * PAGE_SIZE) : v;
    }

    unsigned code = head[0] & 0x80 ? (unsigned)head[3] << 8 | head[4]
                                   : codes[((unsigned)head[3] << 8 | head[4]) % ncodes];
    struct insn in;
    memset(&in, 0, sizeof in);
    in.len = 4;
    in.r1 = head[1] & 15;
    in.r3 = head[2] & 15;
    /* D2 carries 12 bits; a larger code comes through a base register (R14), as a guest's would */
    if (code <= 0xFFF) {
        in.b2 = 0;
        in.d2 = (int32_t)code;
    } else {
        in.b2 = 14;
        cpu->gr[14] = code;
        in.d2 = 0;
    }
    in.raw = (0x83ULL << 56) | ((uint64_t)in.r1 << 52) | ((uint64_t)in.r3 << 48) |
             ((uint64_t)in.b2 << 44) | ((uint64_t)in.d2 << 32);
    in.raw_mask = 0xFFFFFFFF00000000ULL;

    vm->trace = head[0] & 4;
    vm->trace_out = sink;
    snapshot(m, in_cp);
    int rc = diag_dispatch(vm, cpu, &in, 0x2000);
    check_edges(m, in_cp);
    if (rc == DIAG_NOT_HANDLED)
        die("diag_dispatch returned DIAG_NOT_HANDLED");
    if (rc > 0xFFFF)
        die("diag_dispatch returned an impossible program-interruption code");
    return 0;
}
