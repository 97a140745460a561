/* Dynamic address translation: the table walk of PoP chapter 3.  The TLB in access.c caches
 * the results per page, so this runs once per page and access type between flushes.
 *
 * Virtual address: RFX bits 0-10, RSX 11-21, RTX 22-32, SX 33-43, PX 44-51, BX 52-63.
 * Table entries are 8 bytes, fetched by real address (prefixing applies; the PoP leaves real
 * or absolute unpredictable) and are not subject to key protection. */
#include "dat.h"

#include "access.h"

#define CR0_EDAT1 (1ULL << (63 - 40)) /* enhanced-DAT-1 control (facility 8 is installed) */

/* Region-table entries (all three levels). */
#define RTE_ORIGIN (~0xFFFULL)
#define RTE_P 0x200ULL          /* bit 54: DAT protection (EDAT-1) */
#define RTE_TF(e) (((e) >> 6) & 3) /* bits 56-57: offset of the next table */
#define RTE_I 0x20ULL           /* bit 58: region invalid */
#define ENTRY_TT(e) (((e) >> 2) & 3) /* bits 60-61: table type */
#define RTE_TL(e) ((e) & 3)     /* bits 62-63: length of the next table */
/* Segment-table entries. */
#define STE_PTO (~0x7FFULL)     /* bits 0-52: page-table origin (2 KiB tables) */
#define STE_SFAA (~0xFFFFFULL)  /* bits 0-43: segment-frame absolute address (FC = 1) */
#define STE_FC 0x400ULL         /* bit 53: format control (EDAT-1) */
#define STE_P 0x200ULL          /* bit 54: DAT protection */
#define STE_I 0x20ULL           /* bit 58: segment invalid */
#define STE_CS 0x10ULL          /* bit 59: common segment */
/* Page-table entries. */
#define PTE_PFRA (~0xFFFULL)    /* bits 0-51: page-frame real address */
#define PTE_Z 0x800ULL          /* bit 52: must be zero */
#define PTE_I 0x400ULL          /* bit 53: page invalid */
#define PTE_P 0x200ULL          /* bit 54: DAT protection */

/* Table levels, numbered as the designation type and table type encode them. */
enum { LVL_SEG = 0, LVL_R3 = 1, LVL_R2 = 2, LVL_R1 = 3 };

/* The 11-bit index of va for a table of the given level. */
static inline unsigned vx(uint64_t va, unsigned lvl)
{
    static const unsigned shift[4] = {20, 31, 42, 53};
    return (unsigned)(va >> shift[lvl]) & 0x7FF;
}

/* The translation exception of each level: invalid entry, or index outside the table. */
static const int lvl_exc[4] = {PGM_SEGMENT_TRANSLATION, PGM_REGION_THIRD_TRANS, PGM_REGION_SECOND_TRANS,
                               PGM_REGION_FIRST_TRANS};

static int fetch_entry(struct cpu *cpu, uint64_t real, uint64_t *e)
{
    uint64_t abs = real_to_abs(cpu, real);
    if (!storage_valid(cpu->mem, abs, 8))
        return PGM_ADDRESSING;
    *e = ld_be64(storage_ptr(cpu->mem, abs));
    return 0;
}

uint64_t dat_asce(const struct cpu *cpu, enum access acc, enum asce_id *id)
{
    return dat_asce_for(cpu, (unsigned)((cpu->psw.mask & PSW_ASC_MASK) >> PSW_ASC_SHIFT), acc, id);
}

uint64_t dat_asce_for(const struct cpu *cpu, unsigned asc, enum access acc, enum asce_id *id)
{
    if (asc == ASID_HOME) {
        *id = ASID_HOME;
        return cpu->cr[13];
    }
    /* instructions come from the primary space except in the home-space mode */
    if (asc == ASID_SECONDARY && acc != ACC_IFETCH) {
        *id = ASID_SECONDARY;
        return cpu->cr[7];
    }
    *id = ASID_PRIMARY;
    return cpu->cr[1];
}

int dat_walk(struct cpu *cpu, uint64_t asce, uint64_t va, struct dat_walk *w)
{
    w->absolute = false;
    w->prot = false;
    w->invalid = false;
    w->entry = 0;
    if (asce & ASCE_R) {
        w->addr = va; /* real-space designation: no tables */
        return 0;
    }
    bool edat1 = (cpu->cr[0] & CR0_EDAT1) != 0;
    unsigned lvl = (unsigned)ASCE_DT(asce);
    /* the address may not reach beyond what the first table covers */
    if (lvl < LVL_R1 && (va >> (31 + 11 * lvl)) != 0)
        return PGM_ASCE_TYPE;
    if ((vx(va, lvl) >> 9) > ASCE_TL(asce))
        return lvl_exc[lvl];
    uint64_t table = asce & ASCE_ORIGIN;
    uint64_t e;
    int rc;
    for (; lvl > LVL_SEG; lvl--) {
        w->entry = table + 8 * vx(va, lvl);
        if ((rc = fetch_entry(cpu, w->entry, &e)))
            return rc;
        if (e & RTE_I) {
            w->invalid = true;
            return lvl_exc[lvl];
        }
        if (ENTRY_TT(e) != lvl)
            return PGM_TRANSLATION_SPEC;
        unsigned next = vx(va, lvl - 1) >> 9;
        if (next < RTE_TF(e) || next > RTE_TL(e))
            return lvl_exc[lvl - 1];
        if (edat1 && (e & RTE_P))
            w->prot = true;
        table = e & RTE_ORIGIN;
    }
    w->entry = table + 8 * vx(va, LVL_SEG);
    if ((rc = fetch_entry(cpu, w->entry, &e)))
        return rc;
    if (e & STE_I) {
        w->invalid = true;
        return PGM_SEGMENT_TRANSLATION;
    }
    if (ENTRY_TT(e) != LVL_SEG || ((e & STE_CS) && (asce & ASCE_P)))
        return PGM_TRANSLATION_SPEC;
    if (e & STE_P)
        w->prot = true;
    if (edat1 && (e & STE_FC)) {
        w->addr = (e & STE_SFAA) | (va & 0xFFFFF);
        w->absolute = true;
        return 0;
    }
    w->entry = (e & STE_PTO) + 8 * ((va >> 12) & 0xFF);
    if ((rc = fetch_entry(cpu, w->entry, &e)))
        return rc;
    if (e & PTE_I) {
        w->invalid = true;
        return PGM_PAGE_TRANSLATION;
    }
    if (e & PTE_Z)
        return PGM_TRANSLATION_SPEC;
    if (e & PTE_P)
        w->prot = true;
    w->addr = (e & PTE_PFRA) | (va & 0xFFF);
    return 0;
}

int dat_translate(struct cpu *cpu, uint64_t va, enum access acc, struct dat_walk *w)
{
    enum asce_id id;
    uint64_t asce = dat_asce(cpu, acc, &id);
    int rc = dat_walk(cpu, asce, va, w);
    switch (rc) {
    case PGM_ASCE_TYPE:
    case PGM_REGION_FIRST_TRANS:
    case PGM_REGION_SECOND_TRANS:
    case PGM_REGION_THIRD_TRANS:
    case PGM_SEGMENT_TRANSLATION:
    case PGM_PAGE_TRANSLATION:
        cpu->teid = teid_for(va, acc, id);
        cpu->exc_access_id = 0;
        break;
    default:
        break;
    }
    return rc;
}
