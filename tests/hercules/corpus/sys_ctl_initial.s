# The control registers as left by the reset that preceded the program (CR0 with AFP set by
# the prologue).  Compares zsie's IPL reset state with Hercules' sysclear.
        .include "common.s"
        stctg   %c0,%c15,0(%r13)
        EXIT
