# MVHI/MVGHI/MVHHI/MVI/MVIY: move immediates (z10 general-instructions extension).
        .include "common.s"
        mvhi    0(%r13),-2
        mvghi   8(%r13),1234
        mvhhi   16(%r13),-32768
        mvi     20(%r13),0x9c
        mviy    21(%r13),0x3d
        mvghi   24(%r13),-1
        mvhi    28(%r13),0
        EXIT
