# An SVC whose new PSW is itself invalid (bit 12 set in z/Architecture): the program
# interruption that follows carries ILC 0 and the invalid PSW.
        .include "common.s"
        mvc     0x40(16,%r13),0x1c0     # save the SVC new PSW
        larl    %r9,badpsw
        mvc     0x1c0(16),0(%r9)
        svc     1
        EXIT
        .align  8
badpsw: .quad   0x0008000180000000, 0x2100
