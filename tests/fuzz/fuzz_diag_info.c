/* libFuzzer target: the information and storage DIAGNOSE codes (X'000', X'00C', X'010',
 * X'204', X'224', X'258', X'260', X'2FC', X'318', X'500') through diag_dispatch, on the bare
 * machine's DIAGNOSE state, with random registers, PSW bits and parameter blocks.  Whatever
 * the input, the result is DIAG_DONE or a program-interruption code, and nothing outside the
 * guest's storage is touched (ASan), nor undefined behaviour (UBSan).
 *
 * Input: byte 0 the code (an index into CODES), byte 1 Rx/Ry (4 bits each), byte 2 PSW bits
 * (bit 0 problem state, bits 1-2 addressing mode, bits 4-7 the key), then 16 registers of 8
 * bytes (short input: zeros), then storage bytes copied to X'3000' and to the last page; each
 * register with bit 0 of its first byte on is first reduced below the storage size, so that
 * blocks are often inside storage. */
#include <stdint.h>
#include <string.h>

#include "cpu.h"
#include "diag/diag.h"
#include "insn.h"
#include "interrupt.h"
#include "machine.h"

#define STORE (1u << 20)
#define HEADER (3 + 16 * 8)

static const uint16_t CODES[] = {0x000, 0x00C, 0x010, 0x204, 0x224, 0x258, 0x260, 0x2FC, 0x318, 0x500};
#define NCODES (sizeof CODES / sizeof CODES[0])

static struct machine m;
static bool ready;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!ready) {
        struct machine_config cfg = {.storage_size = STORE, .ncpus = 2, .console_in = -1};
        if (machine_init(&m, &cfg))
            return 0;
        ready = true;
    }
    uint8_t h[HEADER] = {0};
    memcpy(h, data, size < HEADER ? size : HEADER);
    storage_clear(&m.mem);
    if (size > HEADER) {
        size_t n = size - HEADER;
        memcpy(m.mem.bytes + 0x3000, data + HEADER, n < 0x4000 ? n : 0x4000);
        memcpy(m.mem.bytes + STORE - 0x1000, data + HEADER, n < 0x1000 ? n : 0x1000);
    }
    struct cpu *cpu = &m.cpus[0].cpu;
    uint64_t mask = PSW_EA | PSW_BA;
    if (h[2] & 1)
        mask |= PSW_PROBLEM;
    if ((h[2] >> 1 & 3) == 1)
        mask &= ~PSW_EA;
    else if ((h[2] >> 1 & 3) == 2)
        mask &= ~(PSW_EA | PSW_BA);
    mask |= (uint64_t)(h[2] >> 4) << PSW_KEY_SHIFT;
    cpu_load_psw(cpu, mask, 0x2000);
    for (unsigned i = 0; i < 16; i++) {
        uint64_t v = ld_be64(h + 3 + 8 * i);
        cpu->gr[i] = (h[3 + 8 * i] & 0x80) ? v % STORE : v;
    }
    /* some storage keys from the data, so that protection happens */
    for (unsigned i = 0; i < 16; i++)
        m.mem.keys[3 + i] = h[3 + i] & 0xF8;
    cpu->prefix = 0;
    struct insn in = {0};
    in.r1 = h[1] >> 4;
    in.r3 = h[1] & 15;
    in.b2 = 0;
    in.d2 = CODES[h[0] % NCODES];
    in.len = 4;
    int rc = diag_dispatch(&m.diag, cpu, &in, 0x2000);
    if (rc != DIAG_DONE && (rc <= 0 || rc > 0x3F))
        __builtin_trap();
    /* X'258' may leave a handshake on: start each input afresh */
    memset(m.diag.pfault, 0, sizeof m.diag.pfault);
    memset(m.diag.pfault_token, 0, sizeof m.diag.pfault_token);
    return 0;
}
