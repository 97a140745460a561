/* Service-call logical processor (SCLP) structures used by the console driver.
 * Big-endian, as the SCLP reads them; every offset is relative to the start of its structure. */
#ifndef ZRT_SCLP_H
#define ZRT_SCLP_H

#include <stdint.h>

#define SCLP_CMD_WRITE_EVENT_MASK 0x00780005u
#define SCLP_CMD_WRITE_EVENT_DATA 0x00760005u

#define SCLP_RC_NORMAL_COMPLETION 0x0020

/* Event types and their bit in a 32-bit event mask (type 1 is the leftmost bit). */
#define SCLP_EVTYP_MSG      0x02 /* line-mode message (MDB of EBCDIC text) */
#define SCLP_EVTYP_VT220    0x1A /* ASCII console data */
#define SCLP_EVMASK(type)   (0x80000000u >> ((type) - 1))

/* SCCB header. */
struct sccb_header {
    uint16_t length;          /* 0x00: SCCB length in bytes, header included */
    uint8_t function_code;    /* 0x02 */
    uint8_t control_mask[3];  /* 0x03 */
    uint16_t response_code;   /* 0x06: set by the SCLP */
} __attribute__((packed));
_Static_assert(sizeof(struct sccb_header) == 8, "SCCB header is 8 bytes");

/* Write Event Mask request with 4-byte masks. */
struct sccb_event_mask {
    struct sccb_header h;     /* 0x00 */
    uint16_t reserved;        /* 0x08 */
    uint16_t mask_length;     /* 0x0A: 4 */
    uint32_t cp_receive_mask; /* 0x0C: events the program wants to receive */
    uint32_t cp_send_mask;    /* 0x10: events the program will send */
    uint32_t sclp_receive_mask; /* 0x14: set by the SCLP: events it accepts */
    uint32_t sclp_send_mask;  /* 0x18: set by the SCLP: events it can send */
} __attribute__((packed));
_Static_assert(sizeof(struct sccb_event_mask) == 28, "event-mask SCCB is 28 bytes");

/* Event buffer header; the event data follows. */
struct sclp_evbuf {
    uint16_t length;          /* 0x00: event buffer length, header included */
    uint8_t type;             /* 0x02: SCLP_EVTYP_* */
    uint8_t flags;            /* 0x03: 0x80 = buffer accepted (set by the SCLP) */
    uint16_t reserved;        /* 0x04 */
} __attribute__((packed));
_Static_assert(sizeof(struct sclp_evbuf) == 6, "event buffer header is 6 bytes");

/* Message data block header: starts the data of a line-mode message event. */
struct sclp_mdb_header {
    uint16_t length;          /* 0x00: MDB length, header and objects included */
    uint16_t type;            /* 0x02: 1 */
    uint32_t tag;             /* 0x04: "MDB " in EBCDIC, 0xD4C4C240 */
    uint32_t revision;        /* 0x08: 1 */
} __attribute__((packed));
_Static_assert(sizeof(struct sclp_mdb_header) == 12, "MDB header is 12 bytes");

/* General object: one per MDB, before its message-text objects. */
struct sclp_go {
    uint16_t length;          /* 0x00: 56 */
    uint16_t type;            /* 0x02: 1 */
    uint32_t domain_id;       /* 0x04 */
    uint8_t time[8];          /* 0x08: hh:mm:ss */
    uint8_t time_hundredths[3]; /* 0x10 */
    uint8_t reserved1;        /* 0x13 */
    uint8_t date[7];          /* 0x14: dddyyyy */
    uint8_t reserved2;        /* 0x1B */
    uint16_t flags;           /* 0x1C: general message flags */
    uint8_t reserved3[10];    /* 0x1E */
    uint8_t system_name[8];   /* 0x28: originating system */
    uint8_t job_name[8];      /* 0x30: job or guest name */
} __attribute__((packed));
_Static_assert(sizeof(struct sclp_go) == 56, "general object is 56 bytes");

/* Message text object: one line of EBCDIC text follows. */
struct sclp_mto {
    uint16_t length;          /* 0x00: object length, text included */
    uint16_t type;            /* 0x02: 4 */
    uint16_t line_type_flags; /* 0x04: 0x1000 = end text */
    uint8_t alarm_control;    /* 0x06 */
    uint8_t reserved[3];      /* 0x07 */
} __attribute__((packed));
_Static_assert(sizeof(struct sclp_mto) == 10, "message text object header is 10 bytes");

#define SCLP_MDB_TAG        0xD4C4C240u
#define SCLP_MTO_END_TEXT   0x1000

#endif
