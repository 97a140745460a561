# DIAGNOSE X'044' in the problem state: DIAGNOSE is privileged (PoP, "DIAGNOSE"; z/VM CP
# Programming Services, "Invoking DIAGNOSE Codes"): privileged-operation exception, ILC 2.
        .include "common.s"
        PROBLEM
        diag    %r0,%r0,0x44
        RECORD
        EXIT
