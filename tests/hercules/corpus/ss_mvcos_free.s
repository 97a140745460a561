# MVI/MVC/XC between pages: a 300-byte move across a page boundary (two MVCs) and compare.
        .include "common.s"
        lay     %r2,0x4f80
        mvi     0(%r2),0x33
        mvc     1(255,%r2),0(%r2)
        mvc     256(44,%r2),0(%r2)
        clc     0(200,%r2),100(%r2)
        STCC    0
        mvc     8(64,%r13),0x80(%r2)    # bytes from the second page
        EXIT
