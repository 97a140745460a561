/* The SMF record types zsie writes:
 *   80  RACF processing record, event 2 (resource access), in IBM's layout;
 *   200 GHAPI application events (installation type): subtype 1 event, 2 start, 3 stop;
 *   201 virtual-machine accounting at logoff (installation type), subtype 1.
 * Each builder takes plain values and fills a struct smf_builder; smf_build_end() is called
 * by the builder, which returns the record length or a negative enum smf_err.  The caller
 * then hands b->buf / length to smf_write().  docs/smf.md lists every field. */
#ifndef ZSIE_SMF_TYPES_H
#define ZSIE_SMF_TYPES_H

#include <stdint.h>

#include "smf_record.h"

#define SMF_TYPE_RACF 80
#define SMF_TYPE_GHAPI 200
#define SMF_TYPE_VMACCT 201
#define SMF_ZSIE_SSI "ZSIE"   /* SMFxSSI of types 200 and 201 */

/* ================= type 80: RACF processing record ================= */

/* The fixed part (offsets include the RDW).  SMF80REL and SMF80RL2 count from SMF80FLG,
 * i.e. they are 4 less than the offset from the start of the RDW. */
struct smf80_fixed {
    uint8_t smf80len[2]; /* +0x00  record length */
    uint8_t smf80seg[2]; /* +0x02  segment descriptor */
    uint8_t smf80flg;    /* +0x04  system indicator */
    uint8_t smf80rty;    /* +0x05  record type 80 (X'50') */
    uint8_t smf80tme[4]; /* +0x06  time, hundredths of a second since midnight */
    uint8_t smf80dte[4]; /* +0x0A  date 0cyydddF */
    uint8_t smf80sid[4]; /* +0x0E  system identification */
    uint8_t smf80des[2]; /* +0x12  descriptor flags (SMF80DES_*) */
    uint8_t smf80evt;    /* +0x14  event code */
    uint8_t smf80evq;    /* +0x15  event code qualifier */
    uint8_t smf80usr[8]; /* +0x16  user identifier */
    uint8_t smf80grp[8]; /* +0x1E  group the user was connected to */
    uint8_t smf80rel[2]; /* +0x26  offset of the first relocate section, from SMF80FLG */
    uint8_t smf80cnt[2]; /* +0x28  number of relocate sections */
    uint8_t smf80ath;    /* +0x2A  authorities used (SMF80ATH_*) */
    uint8_t smf80rea;    /* +0x2B  reason for logging */
    uint8_t smf80tlv;    /* +0x2C  terminal level number */
    uint8_t smf80err;    /* +0x2D  command processing error flag */
    uint8_t smf80trm[8]; /* +0x2E  terminal id */
    uint8_t smf80jbn[8]; /* +0x36  job name */
    uint8_t smf80rst[4]; /* +0x3E  time the reader recognized the job */
    uint8_t smf80rsd[4]; /* +0x42  date the reader recognized the job */
    uint8_t smf80uid[8]; /* +0x46  user id from the SMF common exit parameter area */
    uint8_t smf80ver;    /* +0x4E  version indicator */
    uint8_t smf80re2;    /* +0x4F  additional reasons for logging */
    uint8_t smf80vrm[4]; /* +0x50  RACF version/release/modification (FMID) */
    uint8_t smf80sec[8]; /* +0x54  security label of the user */
    uint8_t smf80rl2[2]; /* +0x5C  offset of the extended-length relocate sections, from SMF80FLG */
    uint8_t smf80ct2[2]; /* +0x5E  number of extended-length relocate sections */
    uint8_t smf80au2;    /* +0x60  authorities used, continued */
    uint8_t smf80rsv;    /* +0x61  reserved */
};
_Static_assert(sizeof(struct smf80_fixed) == 98, "type 80 fixed part");

/* A relocate section: SMF80DTP data type (1 byte), SMF80DLN length of the data (1 byte),
 * SMF80DTA the data. */
#define SMF80_RELOC_HDR 2u

#define SMF80DES_VIOLATION 0x8000 /* bit 0: the event is a violation */
#define SMF80DES_NOT_DEFINED 0x4000 /* bit 1: the user is not defined to RACF */
#define SMF80DES_WARNING 0x1000   /* bit 3: the event is a warning (profile in WARNING mode) */
#define SMF80ATH_NORMAL 0x80      /* bit 0: normal authority check */

#define SMF80_EVT_ACCESS 2        /* event code 2: resource access */
enum smf80_evq {                  /* event 2 qualifiers */
    SMF80_EVQ_SUCCESS = 0,
    SMF80_EVQ_INSUFFICIENT = 1,   /* insufficient authority */
    SMF80_EVQ_NOT_FOUND = 2,      /* profile not found */
    SMF80_EVQ_WARNING = 3,        /* access allowed because of WARNING */
};

/* relocate data types of event 2 */
#define SMF80_DTP_RESOURCE 1      /* resource name */
#define SMF80_DTP_REQUESTED 3     /* access authority requested (1 byte) */
#define SMF80_DTP_ALLOWED 4       /* access authority allowed (1 byte) */
#define SMF80_DTP_CLASS 17        /* class name (8 bytes) */
#define SMF80_DTP_PROFILE 33      /* profile used: a flag byte (X'80' generic), then the name */
#define SMF80_PROFILE_GENERIC 0x80

/* Access authority, lowest first, and its byte in relocate types 3 and 4 (the flag byte of
 * a RACF access list entry). */
enum smf_access { SMF_ACC_NONE, SMF_ACC_EXECUTE, SMF_ACC_READ, SMF_ACC_UPDATE, SMF_ACC_CONTROL, SMF_ACC_ALTER };
uint8_t smf_access_byte(enum smf_access a);
/* The access of a relocate byte; -1 if it is none of the six. */
int smf_access_from_byte(uint8_t b);
const char *smf_access_name(int a); /* "READ" ...; "?" for -1 */

#define SMF80_NAME_MAX 255        /* SMF80DLN is one byte */

/* A type 80, event 2 record for an audited SAF decision.  user, group, class_name: up to 8
 * characters; resource, profile: up to 255 (profile NULL or "": no profile, e.g. qualifier
 * 2).  Qualifiers 1 and 2 set the violation flag, 3 the warning flag. */
int smf_build_racf_access(struct smf_builder *b, const struct smf_stamp *when, const char *sid,
                          enum smf80_evq qualifier, const char *user, const char *group,
                          const char *class_name, const char *resource, enum smf_access intent,
                          enum smf_access allowed, const char *profile, bool generic_profile);

/* ================= type 200: GHAPI application events ================= */

enum smf200_subtype {
    SMF200_EVENT = 1,
    SMF200_START = 2,
    SMF200_STOP = 3,
    SMF200_REJECTED = 4, /* a GHAPI request the host refused: event code = the GHAPI return code,
                            data = GhFunction (4) and GhReasonCode (4); application "GHAPI" */
};
#define SMF200_DATA_MAX 4096      /* bytes of event data a record carries */
#define SMF200_NTRIP 2            /* triplet 0: identification, 1: event data */

/* Section 1 (triplet 0), one entry. */
struct smf200_ident {
    uint8_t smf200usr[8];  /* +0x00  user id (EBCDIC) */
    uint8_t smf200vmn[8];  /* +0x08  virtual machine name (EBCDIC) */
    uint8_t smf200apn[16]; /* +0x10  application name (EBCDIC) */
    uint8_t smf200apv[8];  /* +0x20  application version (EBCDIC) */
    uint8_t smf200stt[8];  /* +0x28  start time, TOD clock value as given */
    uint8_t smf200spt[8];  /* +0x30  stop time, TOD clock value as given (0: none) */
    uint8_t smf200ecd[4];  /* +0x38  application event code */
    uint8_t smf200rsv[4];  /* +0x3C  reserved */
};
_Static_assert(sizeof(struct smf200_ident) == 64, "type 200 identification section");

struct smf_app_event {
    const char *userid, *vmname, *appname, *appver;
    uint64_t start_tod, stop_tod;
    uint32_t event_code;
    const void *data;              /* section 2 (triplet 1), as given; NULL/0: absent */
    size_t data_len;               /* at most SMF200_DATA_MAX */
};
int smf_build_app_event(struct smf_builder *b, const struct smf_stamp *when, const char *sid,
                        enum smf200_subtype subtype, const struct smf_app_event *ev);

/* ================= type 201: virtual-machine accounting ================= */

#define SMF201_ACCOUNTING 1       /* the only subtype: written at logoff */
#define SMF201_NTRIP 3            /* 0: accounting, 1: SIE exits, 2: GHAPI calls */

/* Section 1 (triplet 0), one entry.  Times in microseconds. */
struct smf201_acct {
    uint8_t smf201usr[8];  /* +0x00  user id (EBCDIC) */
    uint8_t smf201lon[8];  /* +0x08  logon time, TOD clock value */
    uint8_t smf201lof[8];  /* +0x10  logoff time, TOD clock value */
    uint8_t smf201elp[8];  /* +0x18  elapsed time, microseconds */
    uint8_t smf201cpu[8];  /* +0x20  CPU time, microseconds */
    uint8_t smf201ins[8];  /* +0x28  instructions executed */
    uint8_t smf201sxt[8];  /* +0x30  SIE exits, all codes */
    uint8_t smf201ghc[8];  /* +0x38  GHAPI calls, all functions */
};
_Static_assert(sizeof(struct smf201_acct) == 64, "type 201 accounting section");

/* Sections 2 and 3 (triplets 1, 2): one entry per code with a non-zero count. */
struct smf201_count {
    uint8_t code[2];       /* +0  SMF201ICD interception code / SMF201GFC GHAPI function code */
    uint8_t rsv[2];        /* +2  reserved */
    uint8_t count[8];      /* +4  SMF201ICN / SMF201GCN number of exits / calls */
};
_Static_assert(sizeof(struct smf201_count) == 12, "type 201 count entry");

struct smf_count {
    uint16_t code;
    uint64_t count;
};
struct smf_vm_accounting {
    const char *userid;
    uint64_t logon_tod, logoff_tod;
    uint64_t elapsed_us, cpu_us, instructions;
    const struct smf_count *sie_exits;   /* entries with count 0 are left out */
    size_t n_sie_exits;
    const struct smf_count *ghapi_calls;
    size_t n_ghapi_calls;
};
int smf_build_vm_accounting(struct smf_builder *b, const struct smf_stamp *when, const char *sid,
                            const struct smf_vm_accounting *a);

#endif
