# LDR/LER/LXR/LZDR/LZER/LZXR/LDGR/LGDR/CPSDR/LCDFR/LNDFR/LPDFR: moves without arithmetic.
        .include "common.s"
        lg      %r1,v
        ldgr    %f0,%r1
        lgdr    %r2,%f0
        ldr     %f1,%f0
        ler     %f2,%f0
        lzdr    %f3
        lzer    %f2
        lghi    %r3,-1
        ldgr    %f4,%r3
        ldgr    %f6,%r3
        lxr     %f8,%f4
        lzxr    %f4
        lcdfr   %f9,%f0
        lndfr   %f10,%f1
        lpdfr   %f11,%f9
        cpsdr   %f12,%f9,%f1            # magnitude of f1 with the sign of f9
        stmg    %r1,%r3,0(%r13)
        EXIT
        .align  8
v:      .quad   0x4123456789abcdef
