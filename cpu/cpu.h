/* The z/Architecture processor state (SA22-7832 chapter 4) and the outcome codes that
 * instruction handlers report.  Everything a CPU needs travels in struct cpu: there is no
 * global machine object. */
#ifndef ZSIE_CPU_H
#define ZSIE_CPU_H

#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct storage;
struct insn;
struct cpu;
struct dpage;
struct sie_vcpu;

/* ---- PSW (bits numbered as in the PoP, bit 0 = MSB of the first doubleword) ---- */
#define PSW_BIT(n) (1ULL << (63 - (n)))
#define PSW_PER PSW_BIT(1)
#define PSW_DAT PSW_BIT(5)
#define PSW_IO PSW_BIT(6)
#define PSW_EXT PSW_BIT(7)
#define PSW_KEY_SHIFT 52 /* bits 8-11 */
#define PSW_KEY_MASK (0xFULL << PSW_KEY_SHIFT)
#define PSW_ESA_FORMAT PSW_BIT(12) /* must be zero in a z/Architecture PSW */
#define PSW_MCHK PSW_BIT(13)
#define PSW_WAIT PSW_BIT(14)
#define PSW_PROBLEM PSW_BIT(15)
#define PSW_ASC_SHIFT 46 /* bits 16-17 */
#define PSW_ASC_MASK (3ULL << PSW_ASC_SHIFT)
#define PSW_CC_SHIFT 44 /* bits 18-19 */
#define PSW_CC_MASK (3ULL << PSW_CC_SHIFT)
#define PSW_PM_SHIFT 40 /* bits 20-23: fixed-point overflow, decimal overflow, HFP underflow, significance */
#define PSW_PM_MASK (0xFULL << PSW_PM_SHIFT)
#define PSW_PM_FIXOVF PSW_BIT(20)
#define PSW_PM_DECOVF PSW_BIT(21)
#define PSW_PM_EXPUND PSW_BIT(22)
#define PSW_PM_SIGNIF PSW_BIT(23)
#define PSW_EA PSW_BIT(31)
#define PSW_BA PSW_BIT(32)
/* Bits that must be zero in a valid z/Architecture PSW mask (0, 2-4, 12 handled apart, 24-30, 33-63). */
#define PSW_MUST_BE_ZERO (PSW_BIT(0) | PSW_BIT(2) | PSW_BIT(3) | PSW_BIT(4) | (0x7FULL << 33) | 0x7FFFFFFFULL)

/* The PSW as the CPU keeps it: the condition code lives apart from the mask so that the
 * hot path can set it with one byte store; psw_mask() folds it back in. */
struct psw {
    uint64_t mask; /* first doubleword, CC bits always zero here */
    uint64_t ia;   /* instruction address */
};

/* ---- program-interruption codes (PoP figure 6-?) ---- */
enum pgm_code {
    PGM_OPERATION = 0x01,
    PGM_PRIVILEGED = 0x02,
    PGM_EXECUTE = 0x03,
    PGM_PROTECTION = 0x04,
    PGM_ADDRESSING = 0x05,
    PGM_SPECIFICATION = 0x06,
    PGM_DATA = 0x07,
    PGM_FIXED_OVERFLOW = 0x08,
    PGM_FIXED_DIVIDE = 0x09,
    PGM_DECIMAL_OVERFLOW = 0x0A,
    PGM_DECIMAL_DIVIDE = 0x0B,
    PGM_HFP_EXP_OVERFLOW = 0x0C,
    PGM_HFP_EXP_UNDERFLOW = 0x0D,
    PGM_HFP_SIGNIFICANCE = 0x0E,
    PGM_HFP_DIVIDE = 0x0F,
    PGM_SEGMENT_TRANSLATION = 0x10,
    PGM_PAGE_TRANSLATION = 0x11,
    PGM_TRANSLATION_SPEC = 0x12,
    PGM_SPECIAL_OPERATION = 0x13,
    PGM_OPERAND = 0x15,
    PGM_TRACE_TABLE = 0x16,
    PGM_SPACE_SWITCH = 0x1C,
    PGM_HFP_SQRT = 0x1D,
    PGM_PC_TRANSLATION_SPEC = 0x1F,
    PGM_AFX_TRANSLATION = 0x20,
    PGM_ASX_TRANSLATION = 0x21,
    PGM_LX_TRANSLATION = 0x22,
    PGM_EX_TRANSLATION = 0x23,
    PGM_PRIMARY_AUTHORITY = 0x24,
    PGM_SECONDARY_AUTHORITY = 0x25,
    PGM_ALET_SPEC = 0x28,
    PGM_ALEN_TRANSLATION = 0x29,
    PGM_ALE_SEQUENCE = 0x2A,
    PGM_ASTE_VALIDITY = 0x2B,
    PGM_ASTE_SEQUENCE = 0x2C,
    PGM_EXTENDED_AUTHORITY = 0x2D,
    PGM_STACK_FULL = 0x30,
    PGM_STACK_EMPTY = 0x31,
    PGM_STACK_SPEC = 0x32,
    PGM_STACK_TYPE = 0x33,
    PGM_STACK_OPERATION = 0x34,
    PGM_ASCE_TYPE = 0x38,
    PGM_REGION_FIRST_TRANS = 0x39,
    PGM_REGION_SECOND_TRANS = 0x3A,
    PGM_REGION_THIRD_TRANS = 0x3B,
    PGM_MONITOR = 0x40,
    PGM_PER = 0x80,
};

/* What a handler returns: 0 to go on, a program-interruption code (1..0xFF) to have the
 * loop present that interruption, or one of these run-control outcomes. */
enum exec_outcome {
    EXEC_OK = 0,
    EXEC_WAIT = -1,      /* PSW wait bit now on: the loop decides enabled vs disabled */
    EXEC_STOP = -2,      /* CPU entered the stopped state (SIGP stop, ...) */
    EXEC_INTERCEPT = -3, /* SIE: the guest must leave interpretive execution */
    EXEC_RESTART = -4,   /* the handler changed state the loop caches (PSW, DAT): refetch */
    EXEC_LIMIT = -5,     /* --max-insns reached */
};

/* Storage access types, used by the TLB and DAT. */
enum access { ACC_FETCH = 0, ACC_STORE = 1, ACC_IFETCH = 2 };

/* Pending-interruption bits in cpu->pending (set by other threads, so atomic). */
#define PEND_EXT_CKC (1u << 0)
#define PEND_EXT_CPUTIMER (1u << 1)
#define PEND_EXT_SERVICE (1u << 2)
#define PEND_EXT_EMERGENCY (1u << 3)
#define PEND_EXT_CALL (1u << 4)
#define PEND_RESTART (1u << 5)
#define PEND_STOP (1u << 6)
#define PEND_SIGP (1u << 7) /* a SIGP order waits in cpu->sigp_order */

/* The interfaces the machine (or the hypervisor) gives a CPU for the instructions whose
 * effect lies outside it.  servc and sigp return a condition code 0-3 or a negated
 * program-interruption code; diagnose returns a handler outcome.  With a NULL hook SERVC and
 * SIGP set CC 3 (not operational) and DIAGNOSE is a specification exception. */
struct cpu_hooks {
    int (*diagnose)(struct cpu *cpu, const struct insn *in, void *ctx);
    int (*servc)(struct cpu *cpu, uint32_t cmd, uint64_t sccb_real, void *ctx);
    int (*sigp)(struct cpu *cpu, uint8_t order, uint16_t target, uint64_t param, uint32_t *status, void *ctx);
    void *ctx;
};

/* Translation-lookaside buffer: direct mapped, one tag per access type so that a page can be
 * readable through the fast path yet stores still go the slow way (low-address protection). */
#define TLB_SIZE 256
struct tlb_entry {
    uint64_t tag[3];  /* (virtual page address | 1) per enum access; 0 = invalid */
    uint8_t *host;    /* host address of the page's first byte */
    uint64_t abs;     /* absolute page address (for the decode cache) */
};

struct cpu {
    /* architected registers */
    uint64_t gr[16];
    uint64_t fpr[16]; /* BFP/HFP register bits; extended values use pairs (0,2),(1,3),... */
    uint64_t cr[16];
    uint32_t ar[16];
    uint32_t fpc;
    struct psw psw;
    uint64_t amask;   /* address mask of the PSW's addressing mode (psw_amode_changed) */
    uint8_t cc;       /* condition code, 0..3 */
    uint32_t prefix;  /* prefix register: bits 1-18 significant (multiple of 8 KiB) */
    uint16_t cpu_addr;

    /* timing facility (TOD-clock units: bit 51 = 1 microsecond) */
    int64_t tod_epoch;    /* added to the host-derived TOD clock */
    uint64_t clock_comparator;
    int64_t cpu_timer;    /* value at cpu_timer_base */
    uint64_t cpu_timer_base; /* host TOD when cpu_timer was last set */

    /* exception details stored with a program interruption */
    uint64_t teid;        /* translation-exception identification */
    uint8_t dxc;          /* data-exception code */
    uint8_t exc_access_id;

    /* execution bookkeeping */
    uint64_t insn_count;
    uint64_t max_insns;   /* 0 = unbounded */
    uint8_t ilc;          /* length of the instruction being executed (2/4/6; 0 = none) */
    bool in_execute;      /* handler runs as the target of EXECUTE */
    uint64_t ex_next;     /* while in_execute: the address after the EXECUTE (linkage, PoP) */
    bool branched;        /* set by branch_to(): EXECUTE uses it */
    bool psw_invalid;     /* the current PSW is invalid: specification exception at fetch */
    bool stopped;
    bool check_stop;      /* end the current slice: state the loop caches has changed */
    _Atomic uint32_t pending;
    uint32_t service_param;   /* external-interruption parameter of the service signal */
    /* CPU addresses stored with an emergency signal / external call: written by the sending
     * CPU's thread before it sets the pending bit */
    _Atomic uint16_t emergency_source, ext_call_source;
    uint32_t sigp_order;  /* with PEND_SIGP */
    uint64_t sigp_param;

    struct storage *mem;  /* absolute storage, shared by all CPUs of one configuration */
    uint32_t tlb_gen;     /* mem->tlb_gen when this TLB was last flushed (tlb_sync) */
    uint16_t todpr;       /* TOD programmable register (SCKPF, STCKE) */
    uint16_t config_cpus; /* CPUs in the configuration, for STSI (0 = 1); set by the machine */
    struct tlb_entry tlb[TLB_SIZE];
    /* decoded pages: a direct-mapped cache of dcache_slots (a power of two) pages indexed by
     * absolute frame number, allocated on first use and bounded (exec.c, docs/security.md) */
    struct dpage **dcache;
    unsigned dcache_slots;
    uint64_t dcache_frames;  /* the storage it serves, in frames (sizes the cache) */
    uint64_t dcache_bytes;   /* host memory the decoded pages take (statistics) */
    uint64_t ic_page;      /* instruction-fetch cache: virtual page address; IC_EMPTY = none */
    uint8_t *ic_host;      /* host address of that page */
    struct dpage *ic_dpage;

    struct sie_vcpu *sie; /* set while this CPU is a guest under interpretive execution */
    bool sie_exit;        /* an interception ends the current run */
    struct sie_vcpu *sie_child; /* the guest context this CPU runs with the SIE instruction */

    struct cpu_hooks hooks;
    int trace;            /* TRACE_* flags, see exec.h */
    void *trace_ctx;      /* FILE* for trace output */
};

/* The fetch fast path compares (ia & (PAGE_MASK | 1)) with ic_page: that value has bits 1-11
 * zero, so 2 is never produced (1 would be, by every odd address in page 0). */
#define IC_EMPTY 2

static inline void ic_invalidate(struct cpu *cpu)
{
    cpu->ic_page = IC_EMPTY;
    cpu->ic_host = NULL;
    cpu->ic_dpage = NULL;
}

static inline uint64_t psw_mask(const struct cpu *cpu)
{
    return cpu->psw.mask | ((uint64_t)cpu->cc << PSW_CC_SHIFT);
}


/* Effective-address arithmetic wraps at the current addressing mode: 24 bits, 31 bits (BA),
 * or 64 bits (EA and BA).  It is in every address computation, so the CPU keeps it in
 * cpu->amask: whatever changes the EA/BA bits of psw.mask calls psw_amode_changed(). */
static inline uint64_t amode_mask(const struct cpu *cpu)
{
    return cpu->amask;
}

static inline void psw_amode_changed(struct cpu *cpu)
{
    uint64_t m = cpu->psw.mask;
    cpu->amask = (m & PSW_EA) ? ~0ULL : (m & PSW_BA) ? 0x7FFFFFFFULL : 0xFFFFFFULL;
}

/* Install a full PSW mask: the CC is split off into cpu->cc. */
static inline void psw_set_mask(struct cpu *cpu, uint64_t mask)
{
    cpu->cc = (uint8_t)((mask & PSW_CC_MASK) >> PSW_CC_SHIFT);
    cpu->psw.mask = mask & ~PSW_CC_MASK;
    psw_amode_changed(cpu);
}

static inline unsigned psw_key(const struct cpu *cpu)
{
    return (unsigned)((cpu->psw.mask >> PSW_KEY_SHIFT) & 0xF);
}

static inline bool problem_state(const struct cpu *cpu)
{
    return (cpu->psw.mask & PSW_PROBLEM) != 0;
}

/* Life cycle. */
int cpu_init(struct cpu *cpu, struct storage *mem, uint16_t cpu_addr);
void cpu_destroy(struct cpu *cpu);
void cpu_reset_initial(struct cpu *cpu); /* initial CPU reset (PoP "CPU reset" + initial) */
void cpu_reset_normal(struct cpu *cpu);  /* CPU reset */

#endif
