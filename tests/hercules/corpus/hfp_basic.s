# Hexadecimal floating point (z/Architecture base): ADR/SDR/MDR/DDR/AER/LTDR/LCDR/HDR, the cc,
# normalization and the truncation of HFP results (no rounding), CDR compares.
        .include "common.s"
        larl    %r10,c
        ld      %f0,0(%r10)             # 1.0 HFP
        ld      %f1,8(%r10)             # 3.0
        ldr     %f2,%f0
        ddr     %f2,%f1                 # 1/3 truncated
        ldr     %f3,%f2
        mdr     %f3,%f1
        ldr     %f4,%f0
        adr     %f4,%f1
        STCC    0
        ldr     %f5,%f0
        sdr     %f5,%f1
        STCC    1
        le      %f6,0(%r10)
        aer     %f6,%f6
        ltdr    %f7,%f5
        STCC    2
        lcdr    %f8,%f7
        STCC    3
        hdr     %f9,%f1
        cdr     %f0,%f1
        STCC    4
        cdr     %f1,%f1
        STCC    5
        EXIT
        .align  8
c:      .quad   0x4110000000000000, 0x4130000000000000
