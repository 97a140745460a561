# HFP exceptions: exponent overflow (always; characteristic wraps by -128), exponent underflow
# with the mask on (wraps by +128) and off (true zero), significance with the mask on (zero
# fraction kept with its characteristic) and off (true zero), HFP divide (nothing changes).
        .include "common.s"
        larl    %r10,c
        llilf   %r1,0x03000000          # program mask: exponent underflow, significance
        spm     %r1
        ld      %f0,0(%r10)             # 7F80000000000000
        ONPGM   1f
        adr     %f0,%f0                 # overflow: 0x00 characteristic, fraction 0.1
1:      STCC    0
        ld      %f1,8(%r10)             # 0110000000000000
        ONPGM   2f
        mdr     %f1,%f1                 # underflow: characteristic 1+1-64+128
2:      ld      %f2,16(%r10)            # 4520000000000000
        ONPGM   3f
        sdr     %f2,%f2                 # significance
3:      STCC    1
        ld      %f3,24(%r10)
        ld      %f4,32(%r10)            # zero fraction
        ONPGM   4f
        ddr     %f3,%f4                 # divide: f3 unchanged
4:      llilf   %r1,0
        spm     %r1
        ld      %f5,8(%r10)
        mdr     %f5,%f5                 # underflow, mask off: true zero
        ld      %f6,16(%r10)
        sdr     %f6,%f6                 # significance, mask off: true zero
        STCC    2
        le      %f7,40(%r10)            # 7FFFFFFF
        ONPGM   5f
        aer     %f7,%f7
5:      le      %f8,44(%r10)            # 00100000
        her     %f8,%f8                 # underflow, mask off: true zero
        EXIT
        .align  8
c:      .quad   0x7F80000000000000, 0x0110000000000000, 0x4520000000000000
        .quad   0x4130000000000000, 0x4300000000000000
        .long   0x7FFFFFFF, 0x00100000
