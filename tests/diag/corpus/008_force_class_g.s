# DIAGNOSE X'008' FORCE NOBODY.  FORCE is a class A command: the class G user of `zsie run`
# (no directory) does not have it (HCPCMD001E, code 1); the bare machine's one user has every
# class, and NOBODY is not logged on (HCP045E, code 45).
        .include "common.s"
        larl    %r2,cmd
        lghi    %r3,0x4000
        iilf    %r4,0x4000000c
        lgfi    %r5,256
        diag    %r2,%r4,0x8
        RECORD
        lghi    %r6,RES_DATA
        lghi    %r7,0x4000
        mvc     0(0x60,%r6),0(%r7)
        EXIT
        .align  8
cmd:
        .byte   0xc6,0xd6,0xd9,0xc3,0xc5,0x40,0xd5,0xd6,0xc2,0xd6,0xc4,0xe8
