/* libFuzzer target: DIAGNOSE X'008' and the CP command interpreter on a control program of
 * two virtual machines (class G and class A-G), through diag_dispatch with the registers,
 * the flags, the lengths, the buffer address and the command bytes from the input.
 * Whatever the input: a documented result (DIAG_DONE, EXEC_STOP after LOGOFF/SHUTDOWN, or
 * the specification, addressing, protection or privileged-operation exception), the lengths
 * as docs/diag-cp.md says (CC 0: Ry+1 <= buffer length; CC 1: buffer length + Ry+1 = the
 * response length), and nothing stored outside the buffer.
 *
 * Input: byte 0 the issuing VM (bit 0) and Rx/Ry (bits 4-7 and the next byte), bytes 2-5 Ry
 * (flags and length), 6-9 the buffer length, 10-11 the buffer offset in the guest, the rest
 * the command (EBCDIC). */
#include <stdatomic.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "cp.h"
#include "diag/diag.h"
#include "insn.h"
#include "interrupt.h"

#define CMD_AT 0x3000

static struct cp cp;
static bool ready;

static void setup(void)
{
    struct vm_spec s[2] = {{.storage = 1ULL << 20, .ncpus = 1, .console_in = -1},
                           {.storage = 1ULL << 20, .ncpus = 2, .console_in = -1}};
    strcpy(s[0].id, "LINUX1");
    strcpy(s[0].classes, "G");
    strcpy(s[1].id, "OPER");
    strcpy(s[1].classes, "ABCDEFG");
    FILE *null = fopen("/dev/null", "w");
    s[0].console_out = s[1].console_out = null;
    char err[200];
    if (cp_init(&cp, s, 2, err, sizeof err))
        abort();
    ready = true;
}

static uint32_t be32(const uint8_t *p) { return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3]; }

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!ready)
        setup();
    if (size < 12)
        return 0;
    struct vm *vm = &cp.vms[data[0] & 1];
    struct cpu *cpu = &vm->m.cpus[0].cpu;
    unsigned rx = data[0] >> 4, ry = data[1] & 15;
    uint32_t ryv = be32(data + 2), buflen = be32(data + 6);
    uint64_t buf = (uint64_t)(data[10] << 8 | data[11]) << 4; /* 0 .. 1 MiB */
    const uint8_t *cmd = data + 12;
    size_t clen = size - 12 < 512 ? size - 12 : 512;

    uint8_t *mem = vm->m.mem.bytes;
    uint64_t msize = vm->m.mem.size;
    /* the watched region: the buffer and 256 bytes either side, filled with a pattern; the
     * command apart from it; the lowcore */
    uint64_t span = buflen < 16384 ? buflen : 16384;
    uint64_t lo = buf > 256 ? buf - 256 : 0, hi = buf + span + 256 < msize ? buf + span + 256 : msize;
    memset(mem, 0, 512);
    memset(mem + lo, 0xA5, hi - lo);
    memset(mem + CMD_AT, 0, 512);
    memcpy(mem + CMD_AT, cmd, clen);
    uint8_t cmd_copy[512];
    memcpy(cmd_copy, mem + CMD_AT, sizeof cmd_copy);
    cpu_load_psw(cpu, 0x0000000180000000ULL, 0x2000);
    for (unsigned r = 0; r < 16; r++)
        cpu->gr[r] = 0;
    cpu->gr[rx] = CMD_AT;
    if (rx != ry) {
        cpu->gr[ry] = ryv;
        if (rx < 15)
            cpu->gr[rx + 1] = buf;
        if (ry < 15 && ry + 1 != rx)
            cpu->gr[ry + 1] = buflen;
    }
    uint64_t ry0 = cpu->gr[ry], buf0 = rx < 15 ? cpu->gr[rx + 1] : 0, len0 = ry < 15 ? cpu->gr[ry + 1] : 0;
    struct insn in = {.r1 = (uint8_t)rx, .r3 = (uint8_t)ry, .b2 = 0, .d2 = 8, .len = 4};
    int rc = diag_dispatch(&vm->m.diag, cpu, &in, 0x2000);
    if (rc != DIAG_DONE && rc != EXEC_STOP && rc != PGM_SPECIFICATION && rc != PGM_ADDRESSING &&
        rc != PGM_PROTECTION)
        abort();
    bool buffered = rx != ry && (ry0 >> 24 & 0x40) && (uint32_t)ry0 != 0 && rx < 15 && ry < 15;
    if ((rc == DIAG_DONE || rc == EXEC_STOP) && buffered && rx + 1 != ry && ry + 1 != rx) {
        uint32_t left = (uint32_t)cpu->gr[ry + 1];
        uint32_t blen = (uint32_t)len0;
        if (cpu->cc == 0 && left > blen)
            abort();
        if (cpu->cc == 1 && (left == 0 || (uint64_t)blen + left > 16384))
            abort();
        if (cpu->cc > 1)
            abort();
        /* nothing outside [buffer, buffer + the bytes stored) changed */
        uint64_t stored = cpu->cc == 0 ? left : blen;
        for (uint64_t a = lo; a < hi; a++)
            if ((a < buf0 || a >= buf0 + stored) && mem[a] != 0xA5 && (a < CMD_AT || a >= CMD_AT + 512))
                abort();
        if ((buf0 >= CMD_AT + 512 || buf0 + stored <= CMD_AT) && memcmp(mem + CMD_AT, cmd_copy, 512))
            abort();
    } else if (rc == PGM_SPECIFICATION || rc == PGM_ADDRESSING || rc == PGM_PROTECTION) {
        /* an exception: nothing stored */
        for (uint64_t a = lo; a < hi; a++)
            if (mem[a] != 0xA5 && (a < CMD_AT || a >= CMD_AT + 512))
                abort();
        if (memcmp(mem + CMD_AT, cmd_copy, 512))
            abort();
    }
    for (unsigned a = 0; a < 512; a++) /* no interruption was presented in the lowcore */
        if (mem[a] && (a < lo || a >= hi))
            abort();
    /* LOGOFF, FORCE, SHUTDOWN: log everyone on again for the next input */
    for (unsigned i = 0; i < cp.nvms; i++) {
        atomic_store(&cp.vms[i].m.diag.logged_off, false);
        cp.vms[i].m.ended = false;
    }
    return 0;
}
