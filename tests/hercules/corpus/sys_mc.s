# MONITOR CALL: class 3 enabled in CR8 gives program interruption 0x40 with the class at
# 0x94 and the monitor code at 0xB0; class 2 disabled is a no-op; class > 15 is specification.
        .include "common.s"
        llill   %r1,0x1000              # CR8 bits 48-63 enable classes 0-15: class 3
        stg     %r1,0x60(%r13)
        lctlg   %c8,%c8,0x60(%r13)
        lghi    %r5,0x1234
        mc      0,2                     # class 2 disabled
        ONPGM   1f
        mc      0x56(%r5),3             # code = 0x128a
1:      lh      %r2,0x94
        lg      %r3,0xb0
        stmg    %r2,%r3,0x40(%r13)
        xc      0x60(8,%r13),0x60(%r13)
        lctlg   %c8,%c8,0x60(%r13)
        mc      0,16                    # specification exception, ends the run
        EXIT
