# Shared frame of the DIAGNOSE corpus programs (tests/diag, see tests/diag/README.md).
# A program is:
#
#         .include "common.s"
#   main: ...set up the operands...
#         diag    %r2,%r4,0x0          # the DIAGNOSE under test
#         RECORD                       # registers, condition code, status 'D'
#         ...optionally copy what the DIAGNOSE stored into RES+0xA0..0xFF...
#         EXIT
#
# A program interruption at any point records the interruption code, the old PSW and the
# registers at the interruption (status 'P') and ends the run.  Both ends are a disabled wait
# with PSW address 0 (exit status 0 on zsie).
#
# Memory map (absolute, prefix 0):
#   0x0000  IPL PSW, ESA/390 8-byte format, 31-bit mode, entry _start (zsie machine, zsie run)
#   0x01A0  restart-new PSW, z/Architecture 64-bit, entry _start (Hercules `restart`)
#   0x01B0  external/SVC/program/machine-check/I-O new PSWs (all but program: wait, address
#           0xE1, 0x5C, 0x3C, 0x10: the run ends with exit status 1)
#   0x0E88  scratch doubleword of the prologue
#   0x0E90  PSW built by PROBLEM
#   0x0EA0  final disabled-wait PSW, address 0
#   0x0EB0  mask of the problem-state PSW (PROBLEM)
#   0x2000  prologue and program-interruption handler, then the program
#   0x3000  result area (0x3000-0x30FF), dumped by the harness:
#           0x3000 GR0-GR15 after the DIAGNOSE (RECORD) or at the program interruption
#           0x3080 word: IPM result after the DIAGNOSE (condition code in bits 2-3)
#           0x3084 byte: status 'D' (0xC4) RECORD reached, 'P' (0xD7) program interruption
#           0x3088 word: program interruption identification (low core 0x8C: ILC, code)
#           0x3090 old program PSW (16 bytes, low core 0x150)
#           0x30A0-0x30FF free for the program (copies of what the DIAGNOSE stored)
#   0x4000- free for parameter blocks and buffers (storage is zero outside the image)
#
# Registers at `main`: all zero, CR0 AFP on, PSW key 0, supervisor state, 64-bit addressing, CC 0.
# The frame uses only instructions Hercules 3.13 and zsie both have.

        .set    RES, 0x3000
        .set    RES_GR, 0x3000
        .set    RES_CC, 0x3080
        .set    RES_STATUS, 0x3084
        .set    RES_PGM, 0x3088
        .set    RES_OLDPSW, 0x3090
        .set    RES_DATA, 0x30a0

        # After the DIAGNOSE: registers and condition code as the DIAGNOSE left them.
        # SPKA 0 first so a program that ran the DIAGNOSE under another PSW key can store.
        .macro  RECORD
        spka    0
        stmg    %r0,%r15,RES_GR
        ipm     %r1
        sty     %r1,RES_CC
        mviy    RES_STATUS,0xc4
        lg      %r1,RES_GR+8
        .endm

        # Go to the problem state (key and addressing mode kept), continuing at the next
        # instruction.  Clobbers R1.
        .macro  PROBLEM
        larl    %r1,97f
        stg     %r1,0xe98
        mvc     0xe90(8),0xeb0          # mask template below, with the P bit
        lpswe   0xe90
97:
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
        .quad   0x0002000180000000, 0x5c                # SVC new: wait 0x5C
        .quad   0x0000000180000000, pgm_handler          # program new
        .quad   0x0002000180000000, 0x3c                # machine-check new: wait 0x3C
        .quad   0x0002000180000000, 0x10                # I/O new: wait 0x10
        .org    0xea0
        .quad   0x0002000180000000, 0                   # the final disabled wait
        .org    0xeb0
        .quad   0x0001000180000000                      # problem state, 64-bit (PROBLEM)

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
        stctg   %c0,%c0,0xe88        # CR0 bit 45, AFP: Hercules then shows all 16 FPRs
        oi      0xe8d,0x04
        lctlg   %c0,%c0,0xe88
        xc      0xe88(8),0xe88
        jg      main

pgm_handler:
        stmg    %r0,%r15,RES_GR
        lghi    %r1,RES
        mvc     RES_PGM-RES(4,%r1),0x8c
        mvc     RES_OLDPSW-RES(16,%r1),0x150
        mviy    RES_STATUS,0xd7
done:
        lpswe   0xea0
main:
