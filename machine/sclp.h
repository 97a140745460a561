/* The service-call logical processor as SERVICE CALL (SERVC) reaches it: read SCP / CPU
 * information and the event facility (line-mode and ASCII console).  Requests complete at
 * once; each accepted one ends with a service-signal external interruption on the issuing CPU.
 *
 * SCCB layouts (all big-endian, offsets from the SCCB start):
 *   header   +0 length(2) +2 function code(1) +3 control mask(3) +6 response code(2)
 *   read SCP info (command 0x00020001 / 0x00120001), 128 bytes + 16 per CPU:
 *            +8 rnmax(2) +10 rnsize(1, MiB) +16 ncpurl(2) +18 cpuoff(2) +24 loadparm(8)
 *            +48 facilities(8) +100 rnsize2(4) +104 rnmax2(8) +120 hcpua(2) +128 CPU entries
 *   CPU entry (16): +0 CPU address +2 flags (0x08 SIE facility) +14 CPU type
 *   read CPU info (0x00010001): +8 configured(2) +10 offset(2) +12 standby(2) +14 offset(2)
 *            +24 CPU entries
 *   write event mask (0x00780005): +10 mask length L(2) +12 receive mask, send mask (guest's),
 *            then the SCLP's receive and send masks, L bytes each
 *   event buffer: +0 length(2) +2 type(1) +3 flags(1, 0x80 = accepted) +6 data */
#ifndef ZSIE_SCLP_H
#define ZSIE_SCLP_H

#include <stdbool.h>
#include <stdint.h>

/* Command words. */
#define SCLP_CMD_READ_CPU_INFO 0x00010001u
#define SCLP_CMD_READ_SCP_INFO 0x00020001u
#define SCLP_CMD_READ_SCP_INFO_FORCED 0x00120001u
#define SCLP_CMD_READ_EVENT_DATA 0x00770005u
#define SCLP_CMD_WRITE_EVENT_DATA 0x00760005u
#define SCLP_CMD_WRITE_EVENT_MASK 0x00780005u
#define SCLP_CMD_MASK 0xFFFF00FFu /* bits 16-23 of the command word are not part of the code */

/* Response codes (SCCB +6). */
#define SCLP_RC_NORMAL_READ 0x0010
#define SCLP_RC_NORMAL 0x0020
#define SCLP_RC_BOUNDARY 0x0100         /* SCCB crosses a 4 KiB boundary */
#define SCLP_RC_INVALID_COMMAND 0x01F0
#define SCLP_RC_INSUFFICIENT_LENGTH 0x0300
#define SCLP_RC_INVALID_FUNCTION 0x40F0
#define SCLP_RC_NO_EVENTS 0x60F0
#define SCLP_RC_INVALID_SELECTION 0x70F0
#define SCLP_RC_INCONSISTENT_LENGTHS 0x72F0
#define SCLP_RC_EVBUF_SYNTAX 0x73F0
#define SCLP_RC_INVALID_MASK_LENGTH 0x74F0

/* Event types and their mask bits (type t is bit t-1 of a 32-bit mask, bit 0 = MSB). */
#define EVT_OPCMD 0x01  /* operator command (input, EBCDIC, in GDS vectors) */
#define EVT_MSG 0x02    /* line-mode message (output, EBCDIC, MDB) */
#define EVT_ASCII 0x1A  /* ASCII console data (both ways) */
#define EVT_MASK(t) (0x80000000u >> ((t) - 1))

/* Header fields. */
#define SCCB_FC_NORMAL_WRITE 0x00
#define SCCB_FC_UNCONDITIONAL_READ 0x00
#define SCCB_FC_SELECTIVE_READ 0x01
#define SCCB_CM2_VARIABLE_LENGTH 0x80 /* control mask byte 2: the SCLP may shorten length */
#define EVBUF_ACCEPTED 0x80

/* SCCB header */
#define SCCB_LENGTH 0        /* 2 */
#define SCCB_FUNCTION 2      /* 1 function code */
#define SCCB_CONTROL 3       /* 3 control mask; byte 2 (SCCB +5) holds the variable-length bit */
#define SCCB_RESPONSE 6      /* 2 response code */
#define SCCB_HEADER_LEN 8
/* read SCP info */
#define SCP_RNMAX 8          /* 2 storage increments */
#define SCP_RNSIZE 10        /* 1 increment size in MiB */
#define SCP_NCPURL 16        /* 2 CPU entries */
#define SCP_CPUOFF 18        /* 2 offset of the first CPU entry */
#define SCP_LOADPARM 24      /* 8 load parameter (EBCDIC) */
#define SCP_FACILITIES 48    /* 8 SCLP facilities */
#define SCP_RNSIZE2 100      /* 4 increment size in MiB, when rnsize is 0 */
#define SCP_RNMAX2 104       /* 8 increments, when rnmax is 0 */
#define SCP_HCPUA 120        /* 2 highest CPU address */
#define SCP_INFO_LEN 128     /* then the CPU entries */
_Static_assert(SCP_HCPUA + 2 <= SCP_INFO_LEN, "read SCP info fixed part");
/* CPU entry */
#define CPUE_ADDRESS 0       /* 1 CPU address */
#define CPUE_FLAGS 2         /* 1 facility flags (SCLP_CPU_SIEF2) */
#define CPUE_TYPE 14         /* 1 CPU type, 0 = CP */
#define SCP_INFO_CPU_LEN 16
/* read CPU info */
#define CPUI_CONFIGURED 8    /* 2 configured CPUs */
#define CPUI_OFF_CONFIGURED 10 /* 2 their entries' offset */
#define CPUI_STANDBY 12      /* 2 standby CPUs */
#define CPUI_OFF_STANDBY 14  /* 2 their entries' offset */
#define CPU_INFO_LEN 24
/* write event mask */
#define EVM_MASK_LENGTH 10   /* 2 L; four masks of L bytes follow at +12 */
#define EVM_MASKS 12
/* event buffer */
#define EVB_LENGTH 0         /* 2 */
#define EVB_TYPE 2           /* 1 */
#define EVB_FLAGS 3          /* 1 */
#define EVB_HEADER_LEN 6
#define SCLP_FAC_CPU_INFO 0x0800000000000000ULL /* read CPU info is available */
#define SCLP_CPU_SIEF2 0x08                     /* CPU entry byte 2: SIE facility */

/* Which consoles the SCLP offers.  Both by default; a Linux kernel's early console then
 * writes every message twice (once per console), so --console can offer just one. */
enum sclp_console { SCLP_CONSOLE_BOTH, SCLP_CONSOLE_ASCII, SCLP_CONSOLE_LINEMODE };

struct sclp {
    uint32_t receive_mask;    /* event types the SCLP takes from the guest */
    uint32_t send_mask;       /* event types the SCLP sends to the guest */
    uint32_t cp_receive_mask; /* event types the guest takes (read event data) */
    uint32_t cp_send_mask;    /* event types the guest sends */
    bool events_signalled;    /* the guest has been told that input events wait */
};

struct machine;
struct cpu;

void sclp_init(struct sclp *s, enum sclp_console consoles);

/* Carry out one command on the SCCB at host address sccb (its 8-byte header checked to be
 * in storage, length >= 8).  Caller holds the machine lock.  Returns whether event buffers
 * remain for the guest (the service-signal parameter's low bit). */
bool sclp_execute(struct machine *m, uint32_t cmd, uint8_t *sccb, uint64_t sccb_abs);

/* True when console input waits and the guest's receive mask takes it. */
bool sclp_events_pending(struct machine *m);

/* Raise the service signal on cpu, the CPU whose thread calls this (machine lock held):
 * parameter param, merged with one already pending. */
void sclp_raise_service_signal(struct cpu *cpu, uint32_t param);

#endif
