# Shared frame of every corpus program (tests/hercules): low core, prologue, interruption
# handlers, the final disabled wait.  A program is:
#
#         .include "common.s"
#   main: ...test code...
#         EXIT
#
# Memory map (absolute; prefix stays 0 unless a program moves it):
#   0x0000  IPL PSW, ESA/390 8-byte format, 31-bit mode, entry 0x2000 (what zsie loads)
#   0x01A0  restart-new PSW, z/Architecture, 64-bit mode, entry 0x2000 (Hercules `restart`)
#   0x01B0  external-, SVC-, program-, machine-check-, I/O-new PSWs
#   0x0E00  handler register save area (16 doublewords)
#   0x0E80  RESUME: where the next program interruption continues (0 = end the run)
#   0x0E88  scratch doubleword for the macros
#   0x0E90  PSW built by the handler to resume
#   0x0EA0  final disabled-wait PSW, address 0 (success or end after an interruption)
#   0x0EB0  disabled-wait PSW, address 0xBAD (runaway: more than 16 interruptions)
#   0x2000  prologue, handlers, then the program
#   0x3000  result area, dumped by the harness (0x3000-0x30FF):
#           0x3000-0x307F and 0x30F0-0x30FF free for the program
#           0x3080 word: number of interruptions taken (program and SVC)
#           0x3090, 0x30B0, 0x30D0: log of the first three, 32 bytes each:
#           (the handler switches low-address protection off, as it writes low core)
#             +0  kind 'P' (0xD7) program / 'S' (0xE2) SVC in byte 0, then bytes 1-3 of the
#                 interruption identification (ILC and code: low core 0x8C, resp. 0x88)
#             +4  data-exception code word (low core 0x90)
#             +8  translation-exception identification (low core 0xA8)
#             +16 old PSW (low core 0x150, resp. 0x140)
#
# Registers at `main`: all zero except R13 = 0x3000 (result area base).  CR0 has AFP (bit 45)
# set so that all 16 FPRs and the BFP instructions are usable.  Storage is zero outside the image.
# The frame itself uses only: SAM64 LGHI STCTG OI LCTLG J STMG LLGF AHI STY CHI BRC SLL LAY MVC
# MVI STC XC LG LTGR STG LMG LPSWE LARL NI (STCC also MVIY).

        .set    RES, 0x3000
        .set    RESUME, 0x0e80
        .set    SCRATCH, 0x0e88

        # Record where the next program interruption continues (one shot).  Clobbers nothing.
        .macro  ONPGM label
        stg     %r0,SCRATCH
        larl    %r0,\label
        stg     %r0,RESUME
        lg      %r0,SCRATCH
        .endm

        # Store the condition code (0-3) in the result byte RES+off.  Branches rather than IPM,
        # so that only the instruction under test decides (IPM has its own program).
        .macro  STCC off
        brc     8,91f
        brc     4,92f
        brc     2,93f
        mviy    RES+\off,3
        j       94f
91:     mviy    RES+\off,0
        j       94f
92:     mviy    RES+\off,1
        j       94f
93:     mviy    RES+\off,2
94:
        .endm

        # End the run: disabled wait, PSW address 0.
        .macro  EXIT
        jg      done
        .endm

        .text
        .org    0
        .long   0x00080000, 0x80000000 + _start
        .org    0x1a0
        .quad   0x0000000180000000, _start              # restart new
        .quad   0x0002000180000000, 0xe1                # external new: wait 0xE1
        .quad   0x0000000180000000, svc_handler          # SVC new
        .quad   0x0000000180000000, pgm_handler          # program new
        .quad   0x0002000180000000, 0x3c                # machine-check new: wait 0x3C
        .quad   0x0002000180000000, 0x10                # I/O new: wait 0x10
        .org    0xea0
        .quad   0x0002000180000000, 0
        .quad   0x0002000180000000, 0xbad

        .org    0x2000
_start:
        sam64
        lghi    %r0,0
        lghi    %r1,0
        lghi    %r2,0
        lghi    %r3,0
        lghi    %r4,0
        lghi    %r5,0
        lghi    %r6,0
        lghi    %r7,0
        lghi    %r8,0
        lghi    %r9,0
        lghi    %r10,0
        lghi    %r11,0
        lghi    %r12,0
        lghi    %r13,0
        lghi    %r14,0
        lghi    %r15,0
        stctg   %c0,%c0,SCRATCH
        oi      SCRATCH+5,0x04                          # CR0 bit 45: AFP register control
        lctlg   %c0,%c0,SCRATCH
        lghi    %r13,0
        stg     %r13,SCRATCH
        lay     %r13,RES
        jg      main

pgm_handler:
        stmg    %r0,%r15,0xe00
        lghi    %r4,0x8c
        lghi    %r5,0x150
        lghi    %r6,0xd7
        j       record
svc_handler:
        stmg    %r0,%r15,0xe00
        lghi    %r4,0x88
        lghi    %r5,0x140
        lghi    %r6,0xe2
record:
        stctg   %c0,%c0,SCRATCH         # low-address protection off: the handler writes
        ni      SCRATCH+4,0xef          # low core (CR0 bit 35)
        lctlg   %c0,%c0,SCRATCH
        llgf    %r1,RES+0x80
        ahi     %r1,1
        sty     %r1,RES+0x80
        chi     %r1,16
        jh      runaway
        chi     %r1,3
        jh      1f
        sll     %r1,5
        lay     %r2,RES+0x70(%r1)
        mvc     0(4,%r2),0(%r4)
        stc     %r6,0(%r2)
        mvc     4(4,%r2),0x90
        mvc     8(8,%r2),0xa8
        mvc     16(16,%r2),0(%r5)
1:      xc      0x90(4),0x90                            # so the next entry shows only its own
        xc      0xa8(8),0xa8
        chi     %r6,0xe2
        jne     2f
        lmg     %r0,%r15,0xe00                          # SVC: continue after the SVC
        lpswe   0x140
2:      lg      %r3,RESUME
        ltgr    %r3,%r3
        jz      3f
        xc      RESUME(8),RESUME
        mvc     0xe90(8),0x150                          # old PSW mask (CC, mode), new address
        stg     %r3,0xe98
        lmg     %r0,%r15,0xe00
        lpswe   0xe90
3:      lmg     %r0,%r15,0xe00
done:
        lpswe   0xea0
runaway:
        lpswe   0xeb0
main:
