/* GHAPI, the guest side: an application in a guest asks the host for a service its own
 * operating system cannot give it (an authorization decision by the host's security manager,
 * a record in the host's SMF log) through a GHAPI parameter list (GHAPIPL) in its storage and
 * one DIAGNOSE.  The contract, byte by byte, is docs/ghapi.md; this header is its one
 * declaration, shared by guests and the host.  Freestanding: it needs only the compiler.
 *
 *   s390x-linux-gnu-gcc -ffreestanding -nostdlib -march=z196 -c ghapi.c
 *
 * Every global symbol is ghapi_*; the guest brings its own memcpy/memset. */
#ifndef GHAPI_H
#define GHAPI_H

#include <stdint.h>

/* ---- the DIAGNOSE ---- */
#define GHAPI_DIAG_CODE 0x0100 /* an installation code (z/VM's X'0100'-X'01FC') */
/* DIAGNOSE Rx,Ry,X'0100': Rx = logical address of the GHAPIPL (doubleword aligned, translated
 * as the CPU translates operand addresses in the current PSW's mode), Ry = 0 on entry.
 * On return: Ry bits 32-63 = the GHAPI return code (GHAPI_RC_*, also in GhReturnCode),
 * condition code 0 when it is GHAPI_RC_OK, 1 otherwise. */

/* ---- the GHAPIPL, version 1: all fields big-endian, text fields EBCDIC (code page 037),
 *      blank padded.  Offsets from the start of the GHAPIPL. ---- */
#define GHAPI_VERSION 1
#define GHAPI_VERSIONS_SERVED 0x00000001u /* bit n-1 set: version n (in GhReasonCode of RC 8) */
#define GHAPI_MAX_LENGTH 32768            /* GhLength at most */

enum ghapi_header {                /* the header: 32 bytes */
    GH_EYECATCHER = 0x00,          /* 8  C'GHAPIPL ' = C7C8C1D7C9D7D340 */
    GH_VERSION = 0x08,             /* 2  GHAPI_VERSION */
    GH_FLAGS = 0x0A,               /* 2  reserved, zero */
    GH_LENGTH = 0x0C,              /* 4  the whole GHAPIPL: 32 + GhDataLen */
    GH_FUNCTION = 0x10,            /* 4  GHAPI_FN_* */
    GH_DATALEN = 0x14,             /* 4  bytes of GhData */
    GH_RETURN_CODE = 0x18,         /* 4  host: GHAPI_RC_* */
    GH_REASON_CODE = 0x1C,         /* 4  host: detail of the return code (docs/ghapi.md) */
    GH_DATA = 0x20,                /* GhData: the function's own block */
    GH_HEADER_LEN = 0x20,
};

enum ghapi_function {
    GHAPI_FN_QUERY = 1,            /* what the host serves (ghapi_available) */
    GHAPI_FN_AUTH = 2,             /* authorization check by the host's SAF */
    GHAPI_FN_LOG = 3,              /* an application event in the host's SMF log */
};

enum ghapi_query {                 /* GhData of GHAPI_FN_QUERY: 16 bytes, set by the host */
    GHQ_VERSIONS = 0x00,           /* 4  GHAPI_VERSIONS_SERVED */
    GHQ_FUNCTIONS = 0x04,          /* 4  bit n set: function n served (and enabled for this VM) */
    GHQ_MAX_LENGTH = 0x08,         /* 4  the largest GhLength accepted */
    GHQ_RESERVED = 0x0C,           /* 4  zero */
    GHQ_LEN = 0x10,
};

enum ghapi_auth_block {            /* GhData of GHAPI_FN_AUTH: 44 bytes + the resource name */
    GHA_EYECATCHER = 0x00,         /* 8  C'GHAUTH  ' = C7C8C1E4E3C84040 */
    GHA_SAF_RC = 0x08,             /* 4  GhAuthResult: host: SAF return code (0, 4, 8) */
    GHA_RACF_RC = 0x0C,            /* 4  GhAuthResult: host: RACF return code */
    GHA_RACF_REASON = 0x10,        /* 4  GhAuthResult: host: RACF reason code */
    GHA_ACCESS = 0x14,             /* 1  GHAPI_READ, GHAPI_UPDATE, GHAPI_CONTROL, GHAPI_ALTER */
    GHA_FLAGS = 0x15,              /* 1  reserved, zero */
    GHA_USERID_LEN = 0x16,         /* 2  0-8; 0: the virtual machine's own user id */
    GHA_USERID = 0x18,             /* 8  GhUserId, EBCDIC, blank padded */
    GHA_CLASS = 0x20,              /* 8  resource class, EBCDIC, blank padded, 1-8 characters */
    GHA_RESOURCE_LEN = 0x28,       /* 2  GhResourceLength: 1-GHAPI_MAX_RESOURCE */
    GHA_RESERVED = 0x2A,           /* 2  zero */
    GHA_RESOURCE = 0x2C,           /* GhResource, EBCDIC, GhResourceLength bytes */
    GHA_FIXED_LEN = 0x2C,
};
#define GHAPI_MAX_RESOURCE 246     /* RACF's longest general-resource profile name */

enum ghapi_log_block {             /* GhData of GHAPI_FN_LOG: 48 bytes + the event data */
    GHL_EYECATCHER = 0x00,         /* 8  C'GHLOG   ' = C7C8D3D6C7404040 */
    GHL_APPLICATION = 0x08,        /* 8  GhApplication, EBCDIC, blank padded */
    GHL_APPL_VERSION = 0x10,       /* 8  GhApplVersion, EBCDIC, blank padded */
    GHL_APPL_START = 0x18,         /* 8  GhApplStartTime, TOD clock */
    GHL_APPL_STOP = 0x20,          /* 8  GhApplStopTime, TOD clock */
    GHL_EVENT_LEN = 0x28,          /* 4  bytes of event data: 0-GHAPI_MAX_EVENT */
    GHL_RESERVED = 0x2C,           /* 4  zero */
    GHL_EVENT = 0x30,              /* the event's own data, uninterpreted */
    GHL_FIXED_LEN = 0x30,
};
#define GHAPI_MAX_EVENT 4096 /* what one SMF type 200 record carries */

/* Access wanted: RACROUTE's ATTR= values. */
#define GHAPI_READ 0x02u
#define GHAPI_UPDATE 0x04u
#define GHAPI_CONTROL 0x08u
#define GHAPI_ALTER 0x80u

/* Host return codes (GhReturnCode and Ry); GhReasonCode says more (docs/ghapi.md). */
enum ghapi_rc {
    GHAPI_RC_OK = 0,               /* done: for AUTH the decision is in GhAuthResult */
    GHAPI_RC_NOT_AVAILABLE = 4,    /* function not served here (logging without an SMF data set) */
    GHAPI_RC_VERSION = 8,          /* GhVersion not served; reason: GHAPI_VERSIONS_SERVED */
    GHAPI_RC_MALFORMED = 12,       /* an eye catcher or reserved field is wrong; reason: its offset */
    GHAPI_RC_LENGTH = 16,          /* lengths inconsistent or too large; reason: the field's offset */
    GHAPI_RC_FUNCTION = 20,        /* unknown GhFunction */
    GHAPI_RC_NOT_AUTHORIZED = 24,  /* the VM may not ask for that user id (no SURROGAT permission) */
    GHAPI_RC_HOST_ERROR = 28,      /* the host facility failed (nothing was logged) */
};

/* What the library's calls return: GHAPI_OK, or a negative code. */
#define GHAPI_OK 0
#define GHAPI_EUNAVAIL (-1)        /* the host does not serve GHAPI (or not this function) */
#define GHAPI_EINVAL (-2)          /* a bad argument, caught before asking the host */
#define GHAPI_E2BIG (-3)           /* a name or the data is longer than the contract allows */
/* a host return code rc other than 0 comes back as -rc: */
#define GHAPI_ENOTAVAIL (-GHAPI_RC_NOT_AVAILABLE)
#define GHAPI_EVERSION (-GHAPI_RC_VERSION)
#define GHAPI_EMALFORMED (-GHAPI_RC_MALFORMED)
#define GHAPI_ELENGTH (-GHAPI_RC_LENGTH)
#define GHAPI_EFUNCTION (-GHAPI_RC_FUNCTION)
#define GHAPI_ENOTAUTH (-GHAPI_RC_NOT_AUTHORIZED)
#define GHAPI_EHOST (-GHAPI_RC_HOST_ERROR)

struct ghapi_auth_result {
    uint32_t saf_rc;       /* 0 allowed, 4 no decision, 8 denied */
    uint32_t racf_rc;
    uint32_t racf_reason;
};

/* 1 when the host serves GHAPI to this program, else 0; never traps (docs/ghapi.md, "Is GHAPI
 * there?": in the supervisor state the probe catches the program interruption itself; in the
 * problem state it asks the probe the program registered with ghapi_set_probe, else says 0). */
int ghapi_available(void);

/* In the problem state a program interruption is the operating system's to handle: a program
 * that wants ghapi_available() to try the DIAGNOSE registers a function that issues it safely
 * (e.g. under a SIGILL handler on Linux) by calling ghapi_diag(plist) and returns its result,
 * or -1 if it trapped. */
void ghapi_set_probe(int (*probe)(void *plist));

/* Authorization: may userid (NULL: the virtual machine's own) have `access` to resource in
 * class_name?  GHAPI_OK with the decision in *res, or a negative code. */
int ghapi_auth(const char *userid, const char *class_name, const char *resource, unsigned access,
               struct ghapi_auth_result *res);

/* Logging: an application event, durable in the host's log once this returns GHAPI_OK. */
int ghapi_log(const char *application, const char *version, uint64_t start_tod, uint64_t stop_tod,
              const void *data, unsigned len);

/* The DIAGNOSE itself on a prepared GHAPIPL: the host's return code (GHAPI_RC_*).  For
 * probes and for programs that build their own GHAPIPL. */
int ghapi_diag(void *plist);

#endif
