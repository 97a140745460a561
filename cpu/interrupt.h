/* Interruptions (PoP chapter 6): old/new PSW swap through the lowcore. */
#ifndef ZSIE_INTERRUPT_H
#define ZSIE_INTERRUPT_H

#include "cpu.h"

/* z/Architecture lowcore (real addresses). */
#define LC_EXT_PARAM 0x080     /* 4 external-interruption parameter */
#define LC_CPU_ADDR 0x084      /* 2 CPU address (external) */
#define LC_EXT_CODE 0x086      /* 2 external-interruption code */
#define LC_SVC_ILC 0x088       /* 2 SVC ILC (bits 13-14) */
#define LC_SVC_CODE 0x08A      /* 2 SVC interruption code */
#define LC_PGM_ILC 0x08C       /* 2 program ILC (bits 13-14) */
#define LC_PGM_CODE 0x08E      /* 2 program interruption code */
#define LC_DXC 0x090           /* 4 data-exception code (DXC in byte 0x093) */
#define LC_MON_CLASS 0x094     /* 2 monitor-class number (MONITOR CALL) */
#define LC_EXC_ACCESS_ID 0x0A0 /* 1 exception access id */
#define LC_TEID 0x0A8          /* 8 translation-exception identification */
#define LC_MON_CODE 0x0B0      /* 8 monitor code (MONITOR CALL) */
#define LC_STFL 0x0C8          /* 4 facility list stored by STFL */
#define LC_RESTART_OLD 0x120
#define LC_EXT_OLD 0x130
#define LC_SVC_OLD 0x140
#define LC_PGM_OLD 0x150
#define LC_MCHK_OLD 0x160
#define LC_IO_OLD 0x170
#define LC_RESTART_NEW 0x1A0
#define LC_EXT_NEW 0x1B0
#define LC_SVC_NEW 0x1C0
#define LC_PGM_NEW 0x1D0
#define LC_MCHK_NEW 0x1E0
#define LC_IO_NEW 0x1F0

/* Load a PSW (mask with CC, address): flushes what depends on the PSW, notes invalidity. */
void cpu_load_psw(struct cpu *cpu, uint64_t mask, uint64_t ia);
/* Store the current PSW (16 bytes) at host address p. */
void cpu_store_psw(const struct cpu *cpu, uint8_t *p);
/* True if the 16-byte PSW mask/ia pair is a valid z/Architecture PSW. */
bool psw_is_valid(uint64_t mask, uint64_t ia);

/* Present a program interruption for code, raised by the instruction at addr of ilc bytes
 * (0 when no instruction is associated).  Applies nullification for the codes that nullify. */
void cpu_program_interrupt(struct cpu *cpu, int code, unsigned ilc, uint64_t addr);
/* Store the program-interruption parameters (ILC, code, and by code the DXC or the TEID and
 * exception access id) into an image of the lowcore from real address 0x80: the lowcore
 * itself, or the copy a SIE state description keeps at 0x0C0. */
void pgm_store_params(const struct cpu *cpu, int code, unsigned ilc, uint8_t *at_0x80);
/* True for the program-interruption codes that nullify the instruction. */
bool pgm_nullifies(int code);
/* Present an SVC interruption. */
void cpu_svc_interrupt(struct cpu *cpu, uint16_t code, unsigned ilc);
/* Swap through the given old/new PSW pair (offsets above). */
void cpu_psw_swap(struct cpu *cpu, unsigned old_off, unsigned new_off);

/* Present the highest-priority pending interruption that the PSW and CRs allow.  Returns
 * true if one was presented (or a stop/restart was performed). */
bool cpu_take_pending(struct cpu *cpu);
/* True if an interruption is pending and enabled (an enabled wait ends). */
bool cpu_interrupt_enabled(struct cpu *cpu);

#endif
