# STAP gives CPU address 0; STIDP works (its value differs by machine and is not compared).
# ignore: STOR:3008-300F
        .include "common.s"
        lghi    %r1,-1
        sty     %r1,0(%r13)
        stap    0(%r13)
        stidp   8(%r13)
        EXIT
