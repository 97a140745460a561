/* Dynamic address translation (PoP chapter 3, "Dynamic Address Translation"): region, segment
 * and page tables designated by an ASCE, 4 KiB pages and EDAT-1 1 MiB frames. */
#ifndef ZSIE_DAT_H
#define ZSIE_DAT_H

#include "cpu.h"

/* Address-space-control element (CR1 primary, CR7 secondary, CR13 home), PoP bits. */
#define ASCE_ORIGIN (~0xFFFULL) /* bits 0-51: region- or segment-table origin */
#define ASCE_P 0x100ULL         /* bit 55: private-space control */
#define ASCE_R 0x20ULL          /* bit 58: real-space control */
#define ASCE_DT(a) (((a) >> 2) & 3) /* bits 60-61: designation type (3 = region first) */
#define ASCE_TL(a) ((a) & 3)    /* bits 62-63: table length */

/* ASCE identifier of the TEID, bits 62-63. */
enum asce_id { ASID_PRIMARY = 0, ASID_AR = 1, ASID_SECONDARY = 2, ASID_HOME = 3 };

/* TEID bits besides the address (PoP "Translation-Exception Identification"). */
#define TEID_FSI_FETCH 0x800ULL /* bits 52-53 = 10: the access was a fetch (facility 75) */
#define TEID_FSI_STORE 0x400ULL /* bits 52-53 = 01: the access was a store */
#define TEID_LAP 0x80ULL        /* bit 56 alone: low-address protection */
#define TEID_KEY 0x08ULL        /* bit 60 alone: key-controlled protection */
#define TEID_DAT 0x04ULL        /* bit 61 alone: DAT protection */

/* The outcome of a table walk. */
struct dat_walk {
    uint64_t addr;   /* the translated address: real, or absolute if `absolute` */
    uint64_t entry;  /* real address of the last table entry fetched (LRA reports it) */
    bool absolute;   /* an EDAT-1 segment frame: the address is absolute, no prefixing */
    bool prot;       /* a DAT-protection bit (region, segment or page) applies */
    bool invalid;    /* the exception came from an entry's invalid bit, not a length check */
};

/* The ASCE that translates an access of type acc under the current PSW, and its TEID id.
 * Access-register mode uses the primary ASCE (ALETs are not translated: a known gap). */
uint64_t dat_asce(const struct cpu *cpu, enum access acc, enum asce_id *id);
/* The same for an address-space control asc given apart from the PSW (PSW bits 16-17
 * encoding: 0 primary, 1 AR, 2 secondary, 3 home). */
uint64_t dat_asce_for(const struct cpu *cpu, unsigned asc, enum access acc, enum asce_id *id);

/* Walk the tables of asce for va.  Returns 0 or the program-interruption code (ASCE-type,
 * region/segment/page translation, translation specification, addressing); cpu->teid is not
 * touched, so LRA and TPROT can use it. */
int dat_walk(struct cpu *cpu, uint64_t asce, uint64_t va, struct dat_walk *w);

/* Translate logical address va under the current PSW (DAT on).  Returns 0 or a program-
 * interruption code with cpu->teid set as the architecture says for translation exceptions. */
int dat_translate(struct cpu *cpu, uint64_t va, enum access acc, struct dat_walk *w);

/* The TEID for an exception at va: page address, fetch/store indication, ASCE id. */
static inline uint64_t teid_for(uint64_t va, enum access acc, enum asce_id id)
{
    return (va & ~0xFFFULL) | (acc == ACC_STORE ? TEID_FSI_STORE : TEID_FSI_FETCH) | (uint64_t)id;
}

#endif
