/* Translation instructions (PoP chapter 10): LOAD REAL ADDRESS, TEST PROTECTION, and the TLB
 * maintenance of PTLB, IPTE and COMPARE AND SWAP AND PURGE. */
#include "access.h"
#include "dat.h"
#include "insn.h"

/* LRA family.  CC 0: translated, the address in R1.  CC 1: the segment-table entry is invalid,
 * CC 2: the page-table entry is invalid; R1 gets the entry's real address.  CC 3: any other
 * translation exception; R1 bits 32-63 get bit 32 set and the exception code in 48-63. */
static int lra(struct cpu *cpu, const struct insn *in, bool wide)
{
    uint64_t ea = ea_bxd(cpu, in->x2, in->b2, in->d2);
    enum asce_id id;
    struct dat_walk w;
    int rc = dat_walk(cpu, dat_asce(cpu, ACC_FETCH, &id), ea, &w);
    uint64_t result;
    switch (rc) {
    case 0:
        cpu->cc = 0;
        result = w.addr;
        break;
    case PGM_SEGMENT_TRANSLATION:
    case PGM_PAGE_TRANSLATION:
        if (w.invalid) {
            cpu->cc = rc == PGM_SEGMENT_TRANSLATION ? 1 : 2;
            result = w.entry;
            break;
        }
        __attribute__((fallthrough)); /* a table-length violation */
    case PGM_ASCE_TYPE:
    case PGM_REGION_FIRST_TRANS:
    case PGM_REGION_SECOND_TRANS:
    case PGM_REGION_THIRD_TRANS:
        cpu->cc = 3;
        cpu->gr[in->r1] = (cpu->gr[in->r1] & 0xFFFFFFFF00000000ULL) | 0x80000000u | (unsigned)rc;
        return 0;
    default:
        return rc; /* translation specification, addressing: program exceptions */
    }
    if (wide) {
        cpu->gr[in->r1] = result;
    } else {
        /* a 32-bit result cannot carry an address above 2 GiB */
        if (result > 0x7FFFFFFFULL)
            return PGM_SPECIAL_OPERATION;
        cpu->gr[in->r1] = (cpu->gr[in->r1] & 0xFFFFFFFF00000000ULL) | result;
    }
    return 0;
}

int op_LRA(struct cpu *cpu, const struct insn *in) { return lra(cpu, in, false); }
int op_LRAY(struct cpu *cpu, const struct insn *in) { return lra(cpu, in, false); }
int op_LRAG(struct cpu *cpu, const struct insn *in) { return lra(cpu, in, true); }

/* TPROT: may the key in bits 56-59 of the second-operand address fetch from and store into the
 * first-operand location?  CC 0 both, 1 fetch only, 2 neither, 3 translation not available.
 * Protection is reported, never raised; low-address protection is not considered. */
int op_TPROT(struct cpu *cpu, const struct insn *in)
{
    uint64_t va = ea_bd(cpu, in->b1, in->d1);
    unsigned key = (unsigned)(ea_bd(cpu, in->b2, in->d2) >> 4) & 0xF;
    struct dat_walk w = {.addr = va};
    bool private_space = false;
    if (cpu->psw.mask & PSW_DAT) {
        enum asce_id id;
        uint64_t asce = dat_asce(cpu, ACC_FETCH, &id);
        private_space = (asce & ASCE_P) != 0;
        int rc = dat_walk(cpu, asce, va, &w);
        if (rc == PGM_TRANSLATION_SPEC || rc == PGM_ADDRESSING)
            return rc;
        if (rc) {
            cpu->cc = 3;
            return 0;
        }
    }
    uint64_t abs = w.absolute ? w.addr : real_to_abs(cpu, w.addr);
    if (!storage_valid(cpu->mem, abs, 1)) /* for a pageable guest: also mapped by the host */
        return PGM_ADDRESSING;
    uint8_t skey = skey_load(storage_key(cpu->mem, abs));
    bool partial = false;
    bool fetch = !storage_key_check(cpu, key, skey, ACC_FETCH, va, 1, private_space, &partial);
    bool store = !w.prot && !storage_key_check(cpu, key, skey, ACC_STORE, va, 1, private_space, &partial);
    cpu->cc = store && fetch ? 0 : fetch ? 1 : 2;
    return 0;
}

int op_PTLB(struct cpu *cpu, const struct insn *in)
{
    (void)in;
    tlb_flush(cpu);
    return 0;
}

/* IPTE: R1 bits 0-52 the page-table origin, R2 bits 44-51 the page index.  Sets the invalid
 * bit of that entry and clears it from every CPU's TLB.  (R3 ranges and the M4 local-clearing
 * control belong to facilities not installed, and are ignored.) */
int op_IPTE(struct cpu *cpu, const struct insn *in)
{
    uint64_t entry = (cpu->gr[in->r1] & ~0x7FFULL) + 8 * ((cpu->gr[in->r2] >> 12) & 0xFF);
    uint64_t abs = real_to_abs(cpu, entry);
    if (!storage_valid(cpu->mem, abs, 8))
        return PGM_ADDRESSING;
    uint8_t *p = storage_ptr(cpu->mem, abs);
    __atomic_fetch_or(p + 6, 0x04, __ATOMIC_SEQ_CST); /* bit 53 lives in byte 6 */
    tlb_flush_all(cpu);
    return 0;
}

/* CSP / CSPG: compare and swap at the real address in R2 (bit 63 of R2: purge the TLBs of
 * all CPUs when the swap happened).  R1 is the even register of a pair: compare value in R1,
 * replacement in R1 + 1. */
static int csp(struct cpu *cpu, const struct insn *in, unsigned size)
{
    if (in->r1 & 1)
        return PGM_SPECIFICATION;
    uint64_t r2 = cpu->gr[in->r2];
    uint64_t abs = real_to_abs(cpu, r2 & amode_mask(cpu) & ~(uint64_t)(size - 1));
    if (!storage_valid(cpu->mem, abs, size))
        return PGM_ADDRESSING;
    uint8_t *p = storage_ptr(cpu->mem, abs);
    bool swapped;
    if (size == 4) {
        uint32_t expect = __builtin_bswap32((uint32_t)cpu->gr[in->r1]);
        uint32_t repl = __builtin_bswap32((uint32_t)cpu->gr[in->r1 + 1]);
        swapped = __atomic_compare_exchange_n((uint32_t *)(void *)p, &expect, repl, false, __ATOMIC_SEQ_CST,
                                              __ATOMIC_SEQ_CST);
        if (!swapped)
            cpu->gr[in->r1] = (cpu->gr[in->r1] & 0xFFFFFFFF00000000ULL) | __builtin_bswap32(expect);
    } else {
        uint64_t expect = __builtin_bswap64(cpu->gr[in->r1]);
        uint64_t repl = __builtin_bswap64(cpu->gr[in->r1 + 1]);
        swapped = __atomic_compare_exchange_n((uint64_t *)(void *)p, &expect, repl, false, __ATOMIC_SEQ_CST,
                                              __ATOMIC_SEQ_CST);
        if (!swapped)
            cpu->gr[in->r1] = __builtin_bswap64(expect);
    }
    cpu->cc = swapped ? 0 : 1;
    if (swapped && (r2 & 1))
        tlb_flush_all(cpu);
    return 0;
}

int op_CSP(struct cpu *cpu, const struct insn *in) { return csp(cpu, in, 4); }
int op_CSPG(struct cpu *cpu, const struct insn *in) { return csp(cpu, in, 8); }
