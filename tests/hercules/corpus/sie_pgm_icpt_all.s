# ic byte 0 bit 0x20 (intercept all program interruptions): a fixed-point overflow and then a
# fixed-point-divide exception both end interpretation with code 8 instead of going through the
# guest lowcore.  The interruption parameters land in the state description as guest lowcore
# 0x80-0xB3 would (SD 0xCC: ILC and code); the guest PSW is the old PSW (past the
# instruction, CC 3 for the overflow).  Re-entering continues after the instruction.
# Hercules leaves f, ipa and ipb zero on code 8 (KVM reads the ILC from SD 0xCC for it, not
# from ipa).  Not tested here: with only this control on, Hercules 3.13 reports an operation
# exception as code 0x2C (and stores its code in the guest lowcore); architecturally 0x2C
# belongs to the operation-exception control (ic 0x80), so that case is left out.
        .include "common.s"
        .include "sie.inc"
main:   SIE_SETUP
        SD_GUEST ic=0x20000000, pswhi=0x00000801
        GUEST_LOAD
        sie     0(%r15)
        RECORD
        sie     0(%r15)
        RECORD
        sie     0(%r15)
        RECORD
        GUEST_PGMINFO                   # the guest lowcore stays untouched
        EXIT
        GUEST_AT
        llilf   %r1,0x7fffffff
        ar      %r1,%r1
        lghi    %r2,0
        lghi    %r3,7
        dsgr    %r2,%r2                 # divide by zero: code 9
        GEND
        GWAIT
        SIE_DATA
