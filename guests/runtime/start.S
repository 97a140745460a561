/* Guest start-up: the ELF entry at 0x10000, the lowcore interruption PSWs, the enabled wait
 * used by the SCLP driver, and the final disabled wait.  See docs/guests.md. */
#include "lowcore.h"

/* Loaders that start a Linux-style image at 0x10000 (QEMU -kernel, zsie) write a parameter
 * area at 0x10400-0x10FFF (command line at 0x10480), so the first page only branches away. */
	.section .head,"ax",@progbits
	.globl	_start
_start:
	sam64			/* mode-independent: works whatever mode the loader left */
	jg	rt_start
	.org	0x1000		/* keep 0x10006-0x10FFF zero: the loader's parameter area */

	.text
	.align	8
rt_start:
	larl	%r15,rt_stack_top
	aghi	%r15,-160	/* ABI: every frame starts with a 160-byte save area */

	/* Clear .bss (the stack lives there too; nothing is on it yet). */
	larl	%r2,__bss_start
	larl	%r3,__bss_end
	sgr	%r3,%r2
	j	2f
1:	xc	0(256,%r2),0(%r2)
	la	%r2,256(%r2)
	aghi	%r3,-256
2:	cghi	%r3,256
	jhe	1b
	ltgr	%r3,%r3
	jz	3f
	aghi	%r3,-1
	exrl	%r3,.Lxc_bss
3:
	/* CR0: AFP registers on (gcc uses all 16 FPRs), service-signal subclass on (SCLP),
	 * clock-comparator and CPU-timer subclasses off (nothing else may interrupt a wait). */
	stctg	%c0,%c0,0(%r15)
	lg	%r1,0(%r15)
	oilf	%r1,CR0_AFP | CR0_SERVICE_SIG
	nilf	%r1,0xFFFFF3FF
	stg	%r1,0(%r15)
	lctlg	%c0,%c0,0(%r15)

	/* External, SVC, program, machine-check and I/O new PSWs (contiguous in the lowcore). */
	larl	%r1,rt_new_psws
	mvc	LC_EXT_NEW(80),0(%r1)

	brasl	%r14,rt_main	/* C: runs main() and exit(); does not return */
	lghi	%r2,0
	iilf	%r2,WAIT_NESTED
	jg	rt_halt

.Lxc_bss:
	xc	0(1,%r2),0(%r2)

/* Interruption entries: first turn any further interruption into a plain disabled wait
 * (the handler may itself fail), then report in C on a stack of its own. */
	.macro	FAULT_ENTRY name, kind, code, oldpsw
	.globl	\name
\name:
	larl	%r1,rt_nested_psws
	mvc	LC_EXT_NEW(48),0(%r1)
	larl	%r15,rt_fault_stack_top
	aghi	%r15,-160
	lghi	%r2,\kind
	llgh	%r3,\code
	lg	%r4,\oldpsw+8
	llgh	%r5,LC_PGM_ILC
	jg	rt_fault
	.endm

	FAULT_ENTRY rt_pgm_entry, 0, LC_PGM_CODE, LC_PGM_OLD
	FAULT_ENTRY rt_ext_entry, 1, LC_EXT_INT_CODE, LC_EXT_OLD
	FAULT_ENTRY rt_svc_entry, 2, LC_SVC_CODE, LC_SVC_OLD

/* unsigned rt_wait_ext(void): enabled wait for one external interruption; returns its code.
 * The external new PSW is pointed here for the duration and restored afterwards. */
	.globl	rt_wait_ext
rt_wait_ext:
	mvc	128(16,%r15),LC_EXT_NEW		/* our caller's save area is ours to use */
	llihf	%r0,PSW_MASK_64 >> 32
	iilf	%r0,PSW_MASK_64 & 0xFFFFFFFF
	stg	%r0,LC_EXT_NEW
	larl	%r1,.Lwait_resume
	stg	%r1,LC_EXT_NEW+8
	larl	%r1,rt_enabled_wait_psw
	lpswe	0(%r1)
.Lwait_resume:
	mvc	LC_EXT_NEW(16),128(%r15)
	llgh	%r2,LC_EXT_INT_CODE
	br	%r14

/* void rt_halt(unsigned long address): disabled wait with that PSW address. */
	.globl	rt_halt
rt_halt:
	larl	%r1,rt_halt_psw
	stg	%r2,8(%r1)
	lpswe	0(%r1)

	.section .rodata
	.align	8
rt_new_psws:
	.quad	PSW_MASK_64, rt_ext_entry
	.quad	PSW_MASK_64, rt_svc_entry
	.quad	PSW_MASK_64, rt_pgm_entry
	.quad	PSW_MASK_WAIT | PSW_MASK_64, WAIT_MCHECK
	.quad	PSW_MASK_WAIT | PSW_MASK_64, WAIT_IO
rt_nested_psws:
	.quad	PSW_MASK_WAIT | PSW_MASK_64, WAIT_NESTED
	.quad	PSW_MASK_WAIT | PSW_MASK_64, WAIT_NESTED
	.quad	PSW_MASK_WAIT | PSW_MASK_64, WAIT_NESTED
rt_enabled_wait_psw:
	.quad	PSW_MASK_EXT | PSW_MASK_WAIT | PSW_MASK_64, .Lwait_resume

	.data
	.align	8
rt_halt_psw:
	.quad	PSW_MASK_WAIT | PSW_MASK_64, 0

	.bss
	.align	8
	.space	1048576	/* 1 MiB: deep recursion at -O0 */
rt_stack_top:
	.space	8192
rt_fault_stack_top:
	.section .note.GNU-stack,"",@progbits
