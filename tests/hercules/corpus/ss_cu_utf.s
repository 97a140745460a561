# CU12/CU14/CU24/CU41/CU42: UTF-8 with a 4-byte form to UTF-16 and UTF-32, UTF-16 to UTF-32,
# UTF-32 back to UTF-8 and UTF-16; cc 1 when the first operand is too short, cc 2 on an
# invalid UTF-8 byte and on an invalid UTF-32 character, cc 0 on a truncated character.
# Hercules 3.13 gets CU24 of a surrogate pair and CU41 of a 2-byte form wrong (D83D DE00
# gives 0001F43D; U+00E9 gives 41), so those go only through CU12/CU14/CU42 here.
        .include "common.s"
        larl    %r4,u8
        lghi    %r5,10
        lay     %r2,0x10(%r13)
        lghi    %r3,12
        cu12    %r2,%r4                 # A, e-acute, euro, U+1F600: 2+2+2+4 bytes
        STCC    0
        stg     %r3,0x60(%r13)
        stg     %r5,0x68(%r13)
        larl    %r4,u8
        lghi    %r5,10
        lay     %r2,0x20(%r13)
        lghi    %r3,12                  # room for 3 of the 4 characters
        cu14    %r2,%r4
        STCC    1
        stg     %r3,0x70(%r13)
        stg     %r5,0x78(%r13)
        lay     %r4,0x10(%r13)
        lghi    %r5,6                   # the BMP characters only
        lay     %r2,0x40(%r13)
        lghi    %r3,16
        cu24    %r2,%r4
        STCC    2
        larl    %r4,u32
        lghi    %r5,12
        lay     %r2,0xf0(%r13)
        lghi    %r3,16
        cu41    %r2,%r4                 # A, euro, U+1F600
        STCC    3
        larl    %r4,u32
        lghi    %r5,12
        lay     %r2,0x50(%r13)
        lghi    %r3,16
        cu42    %r2,%r4
        STCC    4
        larl    %r4,bad8
        lghi    %r5,3
        lay     %r2,0x58(%r13)
        lghi    %r3,8
        cu12    %r2,%r4                 # 'a', then 0x80: invalid
        STCC    5
        lgr     %r6,%r5
        larl    %r4,bad32
        lghi    %r5,8
        lay     %r2,0x5c(%r13)
        lghi    %r3,8
        cu41    %r2,%r4                 # 'b', then 0x110000: invalid
        STCC    6
        lgr     %r7,%r5
        larl    %r4,u8
        lghi    %r5,8                   # the 4-byte form is cut short
        lay     %r2,0x30(%r13)
        lghi    %r3,16
        cu12    %r2,%r4
        STCC    7
        lgr     %r8,%r5
        lgr     %r9,%r3
        EXIT
        .align  2
u8:     .byte   0x41, 0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80
        .align  2
bad8:   .byte   0x61, 0x80, 0x62
        .align  4
bad32:  .long   0x62, 0x110000
u32:    .long   0x41, 0x20ac, 0x1f600
