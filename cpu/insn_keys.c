/* Storage keys and frame management (PoP chapter 10): ISKE, SSKE, RRBE, PFMF and TEST BLOCK.
 * Keys live in struct storage, one byte per 4 KiB frame laid out as R1 bits 56-63 carry them
 * (ACC F R C and a zero bit).  The TLB caches key checks and records reference and change
 * bits only when it fills, so every key change flushes every CPU's TLB. */
#include <string.h>

#include "access.h"
#include "dat.h"
#include "insn.h"

#define SSKE_NQ 0x8 /* M3: nonquiescing (treated as quiescing) */
#define SSKE_MR 0x4 /* M3: reference-bit update mask */
#define SSKE_MC 0x2 /* M3: change-bit update mask */
#define SSKE_MB 0x1 /* M3: multiple-block (EDAT-1) */

#define SEGMENT_SIZE 0x100000ULL
#define CR0_LAP (1ULL << (63 - 35))

/* Low-address protection of a store into the real 4 KiB block a (blocks 0 and 1). */
static int lap_block(struct cpu *cpu, uint64_t a)
{
    if (!(cpu->cr[0] & CR0_LAP) || a >= 0x2000)
        return 0;
    cpu->teid = a | TEID_FSI_STORE | TEID_LAP;
    cpu->exc_access_id = 0;
    return PGM_PROTECTION;
}

/* The 4 KiB block a register designates as a real address, under the addressing mode. */
static uint64_t block_of(const struct cpu *cpu, unsigned r)
{
    return cpu->gr[r] & amode_mask(cpu) & PAGE_MASK;
}

/* Store an address into a register as the addressing mode says (bits 32-63 only below 64). */
static void set_addr_reg(struct cpu *cpu, unsigned r, uint64_t addr)
{
    if (cpu->psw.mask & PSW_EA)
        cpu->gr[r] = addr;
    else
        cpu->gr[r] = (cpu->gr[r] & 0xFFFFFFFF00000000ULL) | (addr & amode_mask(cpu));
}

static uint8_t *key_at(struct cpu *cpu, uint64_t abs)
{
    return storage_valid(cpu->mem, abs, 1) ? storage_key(cpu->mem, abs) : NULL;
}

/* Set a storage key, conditionally when MR or MC is given (conditional-SSKE facility): when
 * ACC, F and the unmasked R and C already equal the new ones nothing changes.  Returns true
 * if the key was set (SSKE's CC 1); *old is the key before, read in the same atomic update
 * (another CPU may set R or C at any time). */
static bool set_key(uint8_t *k, uint8_t key, unsigned m, uint8_t *old)
{
    key &= 0xFE;
    uint8_t keep = (uint8_t)(((m & SSKE_MR) ? SKEY_R : 0) | ((m & SSKE_MC) ? SKEY_C : 0));
    uint8_t cur = skey_load(k);
    for (;;) {
        if (m & (SSKE_MR | SSKE_MC)) {
            uint8_t diff = cur ^ key;
            if (!(diff & (SKEY_ACC | SKEY_F)) && ((m & SSKE_MR) || !(diff & SKEY_R)) &&
                ((m & SSKE_MC) || !(diff & SKEY_C))) {
                *old = cur;
                return false;
            }
        }
        uint8_t next = (uint8_t)((key & ~keep) | (cur & keep));
        if (__atomic_compare_exchange_n(k, &cur, next, true, __ATOMIC_RELAXED, __ATOMIC_RELAXED)) {
            *old = cur;
            return true;
        }
    }
}

int op_ISKE(struct cpu *cpu, const struct insn *in)
{
    uint8_t *k = key_at(cpu, real_to_abs(cpu, block_of(cpu, in->r2)));
    if (!k)
        return PGM_ADDRESSING;
    cpu->gr[in->r1] = (cpu->gr[in->r1] & ~0xFFULL) | (skey_load(k) & 0xFE);
    return 0;
}

int op_SSKE(struct cpu *cpu, const struct insn *in)
{
    unsigned m = in->r3; /* M3 */
    uint8_t key = (uint8_t)cpu->gr[in->r1];
    if (m & SSKE_MB) {
        /* EDAT-1 multiple-block: R2 holds an absolute address; set keys up to the 1 MiB
         * boundary and leave R2 there */
        uint64_t a = block_of(cpu, in->r2);
        uint64_t end = (a + SEGMENT_SIZE) & ~(SEGMENT_SIZE - 1);
        for (; a != end; a += PAGE_SIZE) {
            uint8_t *k = key_at(cpu, a);
            if (!k) {
                tlb_flush_all(cpu);
                return PGM_ADDRESSING;
            }
            uint8_t old;
            set_key(k, key, m, &old);
        }
        set_addr_reg(cpu, in->r2, end);
        if (m & (SSKE_MR | SSKE_MC))
            cpu->cc = 3; /* unpredictable with multiple blocks */
    } else {
        uint8_t *k = key_at(cpu, real_to_abs(cpu, block_of(cpu, in->r2)));
        if (!k)
            return PGM_ADDRESSING;
        uint8_t old;
        bool changed = set_key(k, key, m, &old);
        if (m & (SSKE_MR | SSKE_MC)) {
            cpu->cc = changed;
            cpu->gr[in->r1] = (cpu->gr[in->r1] & ~0xFF00ULL) | (uint64_t)(old & 0xFE) << 8;
        }
    }
    tlb_flush_all(cpu);
    return 0;
}

/* RRBE: CC = R and C before the reset (0: 00, 1: 01, 2: 10, 3: 11). */
int op_RRBE(struct cpu *cpu, const struct insn *in)
{
    uint8_t *k = key_at(cpu, real_to_abs(cpu, block_of(cpu, in->r2)));
    if (!k)
        return PGM_ADDRESSING;
    uint8_t old = skey_and(k, (uint8_t)~SKEY_R);
    cpu->cc = (uint8_t)(((old & SKEY_R) ? 2 : 0) | ((old & SKEY_C) ? 1 : 0));
    tlb_flush_all(cpu); /* the TLB sets R only when it fills */
    return 0;
}

/* PERFORM FRAME MANAGEMENT FUNCTION (EDAT-1).  R1 bits 32-63: 46 set key, 47 clear frame,
 * 48 usage indication, 49-51 frame size (0 4 KiB real, 1 1 MiB absolute), 52 NQ, 53 MR,
 * 54 MC, 56-62 the key; the others must be zero. */
#define PFMF_RESERVED 0xFFFC0101ULL
#define PFMF_SK 0x20000ULL
#define PFMF_CF 0x10000ULL
#define PFMF_FSC(r) (((r) >> 12) & 7)
#define PFMF_MR 0x400ULL
#define PFMF_MC 0x200ULL

int op_PFMF(struct cpu *cpu, const struct insn *in)
{
    uint64_t r1 = cpu->gr[in->r1];
    if (r1 & PFMF_RESERVED)
        return PGM_SPECIFICATION;
    unsigned fsc = (unsigned)PFMF_FSC(r1);
    uint64_t a = block_of(cpu, in->r2), end;
    if (fsc == 0) {
        /* low-address protection guards a 4 KiB clear of real page 0 or 1 */
        if ((r1 & PFMF_CF) && lap_block(cpu, a))
            return PGM_PROTECTION;
        a = real_to_abs(cpu, a);
        end = a + PAGE_SIZE;
    } else if (fsc == 1) {
        end = (a + SEGMENT_SIZE) & ~(SEGMENT_SIZE - 1);
    } else {
        return PGM_SPECIFICATION;
    }
    unsigned m = ((r1 & PFMF_MR) ? SSKE_MR : 0) | ((r1 & PFMF_MC) ? SSKE_MC : 0);
    int rc = 0;
    uint64_t next = a;
    for (; next != end; next += PAGE_SIZE) {
        uint8_t *k = key_at(cpu, next);
        if (!k) {
            rc = PGM_ADDRESSING;
            break;
        }
        if (r1 & PFMF_CF)
            memset(storage_ptr(cpu->mem, next), 0, PAGE_SIZE);
        if (r1 & PFMF_SK) {
            uint8_t old;
            set_key(k, (uint8_t)r1, m, &old);
        }
    }
    if (fsc == 1 && !rc)
        set_addr_reg(cpu, in->r2, end);
    if (r1 & PFMF_SK)
        tlb_flush_all(cpu);
    return rc;
}

/* TEST BLOCK: clear the 4 KiB block at the real address in R2; CC 0 (usable) and GR0 zero. */
int op_TB(struct cpu *cpu, const struct insn *in)
{
    uint64_t a = block_of(cpu, in->r2);
    if (lap_block(cpu, a))
        return PGM_PROTECTION;
    uint64_t abs = real_to_abs(cpu, a);
    if (!storage_valid(cpu->mem, abs, PAGE_SIZE))
        return PGM_ADDRESSING;
    memset(storage_ptr(cpu->mem, abs), 0, PAGE_SIZE);
    set_addr_reg(cpu, 0, 0);
    cpu->cc = 0;
    return 0;
}
