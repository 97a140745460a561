# CR0 SSM-suppression control: with CR0 bit 33 set, SSM is a special-operation exception (0x13).
        .include "common.s"
        stctg   %c0,%c0,0x40(%r13)
        oi      0x44(%r13),0x40         # bit 33
        lctlg   %c0,%c0,0x40(%r13)
        mvi     0(%r13),0
        ONPGM   1f
        ssm     0(%r13)
1:      ni      0x44(%r13),0xbf
        lctlg   %c0,%c0,0x40(%r13)
        ssm     0(%r13)
        STCC    1
        EXIT
