/* A one-CPU machine for unit tests: storage, a CPU in 64-bit supervisor mode, code placed
 * from hex text, and a run that ends at a disabled wait. */
#ifndef ZSIE_TEST_HARNESS_H
#define ZSIE_TEST_HARNESS_H

#include <check.h>
#include <stdint.h>

#include "access.h"
#include "cpu.h"
#include "exec.h"
#include "insn.h"
#include "interrupt.h"
#include "storage.h"

#define H_CODE 0x2000        /* where h_code() places a program by default */
#define H_END_PSW 0xF00      /* the disabled-wait PSW that h_code()'s epilogue loads */
#define H_PGM_WAIT_IA 0xDEAD0ULL /* address in the program-new PSW: a program interruption ends */

struct harness {
    struct storage mem;
    struct cpu cpu;
};

/* 1 MiB of storage, PSW 64-bit supervisor at H_CODE, CR0 AFP on, program-new PSW = wait. */
void h_init(struct harness *h);
/* The same with storage of size bytes. */
void h_init_size(struct harness *h, uint64_t size);
void h_free(struct harness *h);
/* Place instruction text given as hex ("1A12 A7F40003", spaces ignored) at addr, followed
 * by LPSWE H_END_PSW; returns the address after the epilogue. */
uint64_t h_code(struct harness *h, uint64_t addr, const char *hex);
/* Place raw hex bytes at absolute addr without an epilogue. */
void h_bytes(struct harness *h, uint64_t addr, const char *hex);
/* Run until the CPU waits or stops (at most 1e6 instructions).  Returns the EXEC_* outcome. */
int h_run(struct harness *h);
/* Run exactly n instructions (the epilogue is not reached, so the CC stays observable). */
int h_run_n(struct harness *h, uint64_t n);
/* After h_run: the program-interruption code presented (0 = none), and whether the run
 * ended normally at the epilogue. */
unsigned h_pgm_code(struct harness *h);
int h_ended_normally(struct harness *h);

uint64_t h_ld64(struct harness *h, uint64_t abs);
uint32_t h_ld32(struct harness *h, uint64_t abs);
void h_st64(struct harness *h, uint64_t abs, uint64_t v);
void h_st32(struct harness *h, uint64_t abs, uint32_t v);

/* Run a suite built by make_suite and return the process exit status. */
int h_main(Suite *s);

#endif
