/* The z/Architecture SIE state description (format 2): 512 bytes, 512-byte aligned,
 * big-endian, in host absolute storage.  Field names follow IBM's SIEBK documentation; every
 * field is a byte array read with ld_be*() so that the block is used in place. */
#ifndef ZSIE_STATE_DESC_H
#define ZSIE_STATE_DESC_H

#include <stddef.h>
#include <stdint.h>

struct sie_sd {
    uint8_t v;           /* 0x000 intervention requests (SIE_V_*) */
    uint8_t s;           /* 0x001 state controls */
    uint8_t mx;          /* 0x002 machine-mode control: 0x08 z/Architecture guest */
    uint8_t m;           /* 0x003 mode controls: 0x08 V=R (preferred) guest */
    uint8_t prefix[4];   /* 0x004 guest prefix register (bits 1-18) */
    uint8_t resv008[32]; /* 0x008 */
    uint8_t cputm[8];    /* 0x028 guest CPU timer */
    uint8_t ckc[8];      /* 0x030 guest clock comparator */
    uint8_t epoch[8];    /* 0x038 guest TOD = host TOD + epoch */
    uint8_t svcc[4];     /* 0x040 SVC interception controls */
    uint8_t lctl[2];     /* 0x044 LCTL(G) interception mask, CR0 = 0x8000 */
    uint8_t cpuad[2];    /* 0x046 virtual CPU address (what STAP stores) */
    uint8_t ic[4];       /* 0x048 interception controls (SIE_IC*) */
    uint8_t ec[4];       /* 0x04C execution controls */
    uint8_t c;           /* 0x050 interception code (SIE_C_*) */
    uint8_t f;           /* 0x051 interception status (SIE_F_*) */
    uint8_t lhcpu[2];    /* 0x052 last host CPU address */
    uint8_t resv054[2];  /* 0x054 */
    uint8_t ipa[2];      /* 0x056 instruction parameter A (validity: who, when) */
    uint8_t ipb[4];      /* 0x058 instruction parameter B (validity: reason << 16) */
    uint8_t ipc[4];      /* 0x05C instruction parameter C */
    uint8_t fpf;         /* 0x060 */
    uint8_t ecb;         /* 0x061 execution control B */
    uint8_t ecb2;        /* 0x062 */
    uint8_t ecb3;        /* 0x063 */
    uint8_t scao[4];     /* 0x064 system-control-area origin */
    uint8_t resv068[4];  /* 0x068 */
    uint8_t todpr[4];    /* 0x06C TOD programmable register */
    uint8_t resv070[16]; /* 0x070 */
    uint8_t mso[8];      /* 0x080 main-storage origin (1 MiB units) */
    uint8_t mse[8];      /* 0x088 main-storage extent: guest size = (MSE | 0xFFFFF) + 1 - MSO */
    uint8_t psw[16];     /* 0x090 guest PSW */
    uint8_t gr14[8];     /* 0x0A0 guest general register 14 */
    uint8_t gr15[8];     /* 0x0A8 guest general register 15 */
    uint8_t resv0b0[16]; /* 0x0B0 */
    uint8_t ip[52];      /* 0x0C0 interruption parameters: mirror guest lowcore 0x080-0x0B3 */
    uint8_t resv0f4[12]; /* 0x0F4 */
    uint8_t cr[16][8];   /* 0x100 guest control registers 0-15 */
    uint8_t resv180[32]; /* 0x180 */
    uint8_t fld[4];      /* 0x1A0 facility-list designation (what guest STFLE sees) */
    uint8_t resv1a4[92]; /* 0x1A4 */
};
_Static_assert(sizeof(struct sie_sd) == 512, "state description is 512 bytes");
_Static_assert(offsetof(struct sie_sd, c) == 0x50, "icptcode");
_Static_assert(offsetof(struct sie_sd, ipa) == 0x56, "ipa");
_Static_assert(offsetof(struct sie_sd, mso) == 0x80, "mso");
_Static_assert(offsetof(struct sie_sd, psw) == 0x90, "gpsw");
_Static_assert(offsetof(struct sie_sd, ip) == 0xC0, "ip");
_Static_assert(offsetof(struct sie_sd, cr) == 0x100, "gcr");
_Static_assert(offsetof(struct sie_sd, fld) == 0x1A0, "fld");

/* Offset of a guest-lowcore interruption field within sd->ip (lowcore offset - 0x80). */
#define SIE_IP(lowcore_off) ((lowcore_off) - 0x80)

/* Intervention requests (v). */
#define SIE_V_WAIT 0x10
#define SIE_V_EXTCALL 0x08
#define SIE_V_STOP 0x04
#define SIE_V_IO 0x02
#define SIE_V_EXT 0x01

#define SIE_ECB_SPEC_INTERP 0x08 /* ecb: interpret specification exceptions */

#define SIE_MX_ZARCH 0x08
#define SIE_M_VR 0x08

/* Interception codes (c). */
enum sie_icpt {
    SIE_C_NONE = 0x00,
    SIE_C_INST = 0x04,
    SIE_C_PGM = 0x08,
    SIE_C_INST_PGM = 0x0C,
    SIE_C_EXTREQ = 0x10,
    SIE_C_EXTINT = 0x14,
    SIE_C_IOREQ = 0x18,
    SIE_C_WAIT = 0x1C,
    SIE_C_VALIDITY = 0x20,
    SIE_C_STOP = 0x28,
    SIE_C_OPEREXC = 0x2C,
    SIE_C_PARTIAL = 0x38,
    SIE_C_IOINST = 0x40,
};

/* Interception status (f). */
#define SIE_F_IN 0x80 /* ipa/ipb hold instruction text */
#define SIE_F_EX 0x01 /* the intercepted instruction was the target of EXECUTE */
/* With SIE_F_EX, bits 1-2 hold the EXECUTE's instruction-length code: EX 2, EXRL 3 (so that
 * the length in bytes is (f >> 4) & 6, as KVM reads it; 0 there means EX). */
#define SIE_F_EX_ILC_MASK 0x60
#define SIE_F_EX_LEN(f) (((f) >> 4) & 6 ? ((f) >> 4) & 6 : 4u)

/* Interception controls: byte and bit within ic[4]. */
#define SIE_IC0_OPEREX 0x80
#define SIE_IC0_PRIVOP 0x40
#define SIE_IC0_PGMALL 0x20
#define SIE_IC0_IPTE 0x01
#define SIE_IC1_LPSW 0x40
#define SIE_IC1_PTLB 0x20
#define SIE_IC1_SSM 0x10
#define SIE_IC1_STCTL 0x04
#define SIE_IC1_STNSM 0x02
#define SIE_IC1_STOSM 0x01
#define SIE_IC2_STCK 0x80
#define SIE_IC2_ISKE 0x40
#define SIE_IC2_SSKE 0x20
#define SIE_IC2_RRBE 0x10
#define SIE_IC2_TPROT 0x02
#define SIE_IC3_SPT 0x40
#define SIE_IC3_SCKC 0x20

/* Validity interception: ipa = who (0x01 CPU) << 8 | when (0x10 SIE entry), reason in ipb >> 16. */
#define SIE_VI_WHO_CPU 0x01
#define SIE_VI_WHEN_ENTRY 0x10
enum sie_validity {
    SIE_VI_MODE = 0x0001,        /* invalid guest mode or combination */
    SIE_VI_PREFIX = 0x0010,      /* guest prefix outside guest storage */
    SIE_VI_PREFIX_ACCESS = 0x0037, /* the guest prefix area is not accessible (not mapped) */
    SIE_VI_MSL = 0x003D,         /* guest storage extends beyond host storage */
    SIE_VI_MSE_BELOW = 0x0041,   /* extent below origin (as Hercules 3.13 reports) */
    SIE_VI_VR_ORIGIN = 0x0051,   /* V=R guest with a non-zero origin (as Hercules 3.13) */
};

#endif
