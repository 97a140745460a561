# A branch to an odd address: specification exception on the instruction fetch; the old PSW
# holds the odd address.  The ILC, and with it the old PSW address (odd address + 2 * ILC), are
# not compared: the ILC is unpredictable for this case (Hercules says 3, zsie 0).
# ignore: STOR:3091-3091 STOR:30A8-30AF
        .include "common.s"
        larl    %r1,1f
        oill    %r1,1
        br      %r1
1:      EXIT
