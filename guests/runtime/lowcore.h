/* The parts of the z/Architecture lowcore (prefix area) and PSW the guest runtime touches.
 * Shared by start.S and the C runtime, so only #defines. Offsets are real addresses with
 * prefix 0 (PoP chapter 3, "Assigned Storage Locations"). */
#ifndef ZRT_LOWCORE_H
#define ZRT_LOWCORE_H

/* Interruption codes and parameters. */
#define LC_EXT_PARAMS    0x080 /* 4: external-interruption parameter (SCLP: SCCB address) */
#define LC_EXT_CPU_ADDR  0x084 /* 2: CPU address of the external interruption */
#define LC_EXT_INT_CODE  0x086 /* 2: external-interruption code */
#define LC_SVC_ILC       0x088 /* 2: SVC ILC */
#define LC_SVC_CODE      0x08A /* 2: SVC interruption code */
#define LC_PGM_ILC       0x08C /* 2: program ILC (bits 13-14) */
#define LC_PGM_CODE      0x08E /* 2: program interruption code */
#define LC_TRANS_EXC     0x0A8 /* 8: translation-exception identification */

/* Old PSWs (16 bytes each, z/Architecture format). */
#define LC_RESTART_OLD   0x120
#define LC_EXT_OLD       0x130
#define LC_SVC_OLD       0x140
#define LC_PGM_OLD       0x150
#define LC_MCCK_OLD      0x160
#define LC_IO_OLD        0x170

/* New PSWs. EXT..IO are contiguous: start.S installs them with one MVC of 80 bytes. */
#define LC_RESTART_NEW   0x1A0
#define LC_EXT_NEW       0x1B0
#define LC_SVC_NEW       0x1C0
#define LC_PGM_NEW       0x1D0
#define LC_MCCK_NEW      0x1E0
#define LC_IO_NEW        0x1F0

/* PSW mask bits (bit 0 = most significant of the first doubleword). */
#define PSW_MASK_EXT     0x0100000000000000 /* bit 7: external interruptions */
#define PSW_MASK_MCHECK  0x0004000000000000 /* bit 13 */
#define PSW_MASK_WAIT    0x0002000000000000 /* bit 14 */
#define PSW_MASK_EA      0x0000000100000000 /* bit 31: extended addressing */
#define PSW_MASK_BA      0x0000000080000000 /* bit 32: basic addressing */
#define PSW_MASK_64      (PSW_MASK_EA | PSW_MASK_BA)

/* CR0 bits the runtime sets. */
#define CR0_AFP          0x0000000000040000 /* bit 45: additional FP registers */
#define CR0_SERVICE_SIG  0x0000000000000200 /* bit 54: service-signal subclass mask */

/* External-interruption code of the SCLP's service signal. */
#define EXT_SERVICE_SIGNAL 0x2401

/* Where a Linux-style loader (QEMU -kernel, zsie --append) puts the kernel command line. */
#define KERNEL_CMDLINE   0x10480
#define KERNEL_CMDLINE_MAX 896

/* Disabled-wait addresses: the guest's exit status as seen from outside.
 *   0                       normal end (exit(0))
 *   0xDEAD0000 | status     exit(status), status 1..0xFFFF (0xFFFF when its low 16 bits are 0)
 *   0xBAD00000 | code       program interruption with that interruption code
 *   0xBAD10000 | code       unexpected external interruption with that code
 *   0xBAD20000 | number     SVC instruction
 *   0xBAD30000              machine-check interruption
 *   0xBAD40000              I/O interruption
 *   0xBAD5FFFF              an interruption while handling one of the above */
#define WAIT_EXIT        0xDEAD0000
#define WAIT_PGM         0xBAD00000
#define WAIT_EXT         0xBAD10000
#define WAIT_SVC         0xBAD20000
#define WAIT_MCHECK      0xBAD30000
#define WAIT_IO          0xBAD40000
#define WAIT_NESTED      0xBAD5FFFF

#endif
