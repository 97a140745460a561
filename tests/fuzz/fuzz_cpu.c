/* libFuzzer target: the CPU fed random instruction streams -- with and without DAT, in the
 * supervisor and the problem state, on the bare machine and as a guest under SIE.  Whatever
 * the text, the CPU ends (wait, stop, limit or an interception) within its instruction budget
 * without touching host memory outside the storage it was given (ASan) or undefined behaviour
 * (UBSan).
 *
 * Input: byte 0 selects the mode (bit 0 problem state, bit 1 DAT, bit 2 under SIE, bits 4-5 the
 * address-space control, bits 6-7 the addressing mode), byte 1 the PSW key, bytes 2-9 CR0,
 * bytes 10-17 a mask of invalid pages (DAT); the rest is instruction text at TEXT, also copied
 * to the end of storage.  Every new PSW leads back to TEXT (disabled), so one input runs
 * through many states until the budget is spent. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "access.h"
#include "cpu.h"
#include "exec.h"
#include "interrupt.h"
#include "sie.h"
#include "state_desc.h"
#include "storage.h"

#define STORE_SIZE (2u << 20)  /* host storage */
#define GUEST_MSO (1u << 20)   /* under SIE the guest is the second MiB */
#define GUEST_SIZE (1u << 20)
#define SD 0x10000u            /* host: state description */
#define HOST_CODE 0x3000u
#define TEXT 0x2000u           /* guest (or bare) code */
#define SEG_TABLE 0x8000u      /* DAT: segment table (1 page = 512 entries, TL 0) */
#define PAGE_TABLE 0x9000u     /* page table for segment 0 (256 entries) */
#define BUDGET 2000
#define HEADER 18

static void st64(uint8_t *p, uint64_t v) { st_be64(p, v); }

/* The guest (or bare) lowcore, page tables and text in the space at base. */
static void build_space(uint8_t *base, const uint8_t *data, size_t size, uint64_t bad_pages)
{
    const uint64_t disabled = PSW_EA | PSW_BA;
    static const unsigned news[] = {LC_PGM_NEW, 0x1A0, 0x1B0, 0x1C0, 0x1E0, 0x1F0};
    for (unsigned i = 0; i < sizeof news / sizeof news[0]; i++) {
        st64(base + news[i], disabled);
        st64(base + news[i] + 8, TEXT);
    }
    /* segment entry 0 -> PAGE_TABLE; pages 0-255 identity, some invalid (bit 53) */
    st64(base + SEG_TABLE, PAGE_TABLE);
    for (unsigned i = 1; i < 512; i++)
        st64(base + SEG_TABLE + 8 * i, 0x20); /* invalid */
    for (unsigned i = 0; i < 256; i++) {
        uint64_t pte = (uint64_t)i << PAGE_SHIFT;
        if (i >= 4 && i < 68 && (bad_pages >> (i - 4) & 1))
            pte |= 0x400;
        st64(base + PAGE_TABLE + 8 * i, pte);
    }
    size_t n = size < 0x4000 ? size : 0x4000;
    memcpy(base + TEXT, data, n);
    memcpy(base + GUEST_SIZE - n, data, n);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static struct storage mem;
    if (!mem.bytes && storage_init(&mem, STORE_SIZE))
        abort();
    if (size < HEADER)
        return 0;
    unsigned mode = data[0], key = data[1] & 0xF;
    uint64_t cr0 = ld_be64(data + 2), bad = ld_be64(data + 10);
    data += HEADER;
    size -= HEADER;
    storage_clear(&mem);

    bool under_sie = mode & 4;
    uint8_t *space = mem.bytes + (under_sie ? GUEST_MSO : 0);
    build_space(space, data, size, bad);

    uint64_t mask = PSW_EA | PSW_BA;
    if (mode & 0x80) /* 24- or 31-bit mode */
        mask = (mode & 0x40) ? PSW_BA : 0;
    if (mode & 1)
        mask |= PSW_PROBLEM;
    if (mode & 2)
        mask |= PSW_DAT;
    mask |= (uint64_t)((mode >> 4) & 3) << PSW_ASC_SHIFT;
    mask |= (uint64_t)key << PSW_KEY_SHIFT;

    struct cpu *cpu = calloc(1, sizeof *cpu);
    if (!cpu || cpu_init(cpu, &mem, 0))
        abort();
    cpu->stopped = false;
    if (!under_sie) {
        cpu->cr[0] = cr0;
        cpu->cr[1] = SEG_TABLE; /* primary ASCE: segment table, length 0 */
        cpu->cr[7] = SEG_TABLE;
        cpu->cr[13] = SEG_TABLE;
        cpu_load_psw(cpu, mask, TEXT);
    } else {
        struct sie_sd *sd = (struct sie_sd *)(mem.bytes + SD);
        sd->mx = SIE_MX_ZARCH;
        st64(sd->mso, GUEST_MSO);
        st64(sd->mse, GUEST_MSO + GUEST_SIZE - 1);
        st64(sd->psw, mask);
        st64(sd->psw + 8, TEXT);
        st64(sd->cr[0], cr0);
        st64(sd->cr[1], SEG_TABLE);
        st64(sd->cr[7], SEG_TABLE);
        st64(sd->cr[13], SEG_TABLE);
        cpu->cr[1] = 0x20; /* host primary space: a real-space designation */
        cpu->gr[1] = SD;
        /* host: SIE 0(1), again and again: each interception re-enters */
        st_be32(mem.bytes + HOST_CODE, 0xB2141000);
        st_be32(mem.bytes + HOST_CODE + 4, 0xA7F4FFFE); /* J back to the SIE */
        st64(mem.bytes + LC_PGM_NEW, PSW_EA | PSW_BA | PSW_WAIT);
        st64(mem.bytes + LC_PGM_NEW + 8, 0xBAD);
        cpu_load_psw(cpu, PSW_EA | PSW_BA, HOST_CODE);
        /* the guest context op_SIE would create, with short slices so that the host's
         * budget is looked at often */
        cpu->sie_child = malloc(sizeof *cpu->sie_child);
        if (!cpu->sie_child || sie_vcpu_init(cpu->sie_child, cpu->mem, NULL, NULL, 0))
            abort();
        cpu->sie_child->slice = 256;
    }
    cpu->max_insns = BUDGET;
    for (int i = 0; i < 8 && cpu->insn_count < BUDGET; i++) {
        int rc = cpu_run(cpu);
        if (rc == EXEC_LIMIT || rc == EXEC_WAIT || rc == EXEC_STOP)
            break;
    }
    cpu_destroy(cpu);
    free(cpu);
    return 0;
}
