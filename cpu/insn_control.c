/* Control instructions (PoP chapter 10): the PSW, control registers, prefix, addressing and
 * address-space modes, SVC and MONITOR CALL, and the instructions whose effect lies in the
 * machine (SIGP, SERVC, DIAGNOSE), which go through cpu->hooks. */
#include "access.h"
#include "insn.h"
#include "interrupt.h"

#define CR0_SSM_SUPPRESS (1ULL << (63 - 33)) /* SSM-suppression control */
#define CR0_EXTRACT_AUTH (1ULL << (63 - 36)) /* extraction-authority control */
#define CR0_SECONDARY_SPACE (1ULL << (63 - 37)) /* secondary-space control */
#define SYSMASK (0xFFULL << 56)              /* PSW bits 0-7 */

/* Replace the PSW mask but not the instruction address: unlike a PSW load this is no branch
 * (EXECUTE tells them apart), yet the TLB and the interruption masks are re-evaluated. */
static void set_mask(struct cpu *cpu, uint64_t mask)
{
    bool branched = cpu->branched;
    cpu_load_psw(cpu, mask, cpu->psw.ia);
    cpu->branched = branched;
}

/* After the control registers changed: translation and interruption masks depend on them. */
static void crs_changed(struct cpu *cpu, const uint64_t *old)
{
    if (old[0] != cpu->cr[0] || old[1] != cpu->cr[1] || old[7] != cpu->cr[7] || old[13] != cpu->cr[13])
        tlb_flush(cpu);
    cpu->check_stop = true;
}

int op_LPSWE(struct cpu *cpu, const struct insn *in)
{
    uint64_t ea = ea_bd(cpu, in->b2, in->d2);
    if (ea & 7)
        return PGM_SPECIFICATION;
    uint8_t b[16];
    int rc = vread(cpu, ea, b, sizeof b);
    if (rc)
        return rc;
    cpu_load_psw(cpu, ld_be64(b), ld_be64(b + 8));
    return 0;
}

/* LPSW loads an 8-byte ESA/390-format PSW: bits 0-31 keep their places, bit 12 (which must be
 * one) is inverted to the z/Architecture zero, bit 32 is the basic-addressing mode and bits
 * 33-63 the address.  A zero bit 12 leaves bit 12 set, an invalid PSW: the specification
 * exception is then recognized as an early exception, as for the other invalid bits. */
int op_LPSW(struct cpu *cpu, const struct insn *in)
{
    uint64_t ea = ea_bd(cpu, in->b2, in->d2);
    if (ea & 7)
        return PGM_SPECIFICATION;
    uint64_t v;
    int rc = vread64(cpu, ea, &v);
    if (rc)
        return rc;
    cpu_load_psw(cpu, (v & 0xFFFFFFFF80000000ULL) ^ PSW_ESA_FORMAT, v & 0x7FFFFFFFULL);
    return 0;
}

int op_SSM(struct cpu *cpu, const struct insn *in)
{
    if (cpu->cr[0] & CR0_SSM_SUPPRESS)
        return PGM_SPECIAL_OPERATION;
    uint8_t m;
    int rc = vread8(cpu, ea_bd(cpu, in->b2, in->d2), &m);
    if (rc)
        return rc;
    set_mask(cpu, (psw_mask(cpu) & ~SYSMASK) | (uint64_t)m << 56);
    return 0;
}

static int store_then_mask(struct cpu *cpu, const struct insn *in, bool or)
{
    uint64_t mask = psw_mask(cpu);
    int rc = vwrite8(cpu, ea_bd(cpu, in->b1, in->d1), (uint8_t)(mask >> 56));
    if (rc)
        return rc;
    uint64_t i = (uint64_t)(uint8_t)in->i2 << 56;
    set_mask(cpu, or ? mask | i : mask & (i | ~SYSMASK));
    return 0;
}

int op_STOSM(struct cpu *cpu, const struct insn *in) { return store_then_mask(cpu, in, true); }
int op_STNSM(struct cpu *cpu, const struct insn *in) { return store_then_mask(cpu, in, false); }

int op_SPKA(struct cpu *cpu, const struct insn *in)
{
    unsigned key = (unsigned)(ea_bd(cpu, in->b2, in->d2) >> 4) & 0xF;
    /* in the problem state the PSW-key mask (CR3 bits 32-47) must authorize the key */
    if (problem_state(cpu) && !((cpu->cr[3] >> (31 - key)) & 1))
        return PGM_PRIVILEGED;
    set_mask(cpu, (psw_mask(cpu) & ~PSW_KEY_MASK) | (uint64_t)key << PSW_KEY_SHIFT);
    return 0;
}

int op_IPK(struct cpu *cpu, const struct insn *in)
{
    (void)in;
    if (problem_state(cpu) && !(cpu->cr[0] & CR0_EXTRACT_AUTH))
        return PGM_PRIVILEGED;
    cpu->gr[2] = (cpu->gr[2] & ~0xFFULL) | (uint64_t)psw_key(cpu) << 4;
    return 0;
}

int op_EPSW(struct cpu *cpu, const struct insn *in)
{
    uint64_t m = psw_mask(cpu);
    cpu->gr[in->r1] = (cpu->gr[in->r1] & 0xFFFFFFFF00000000ULL) | (m >> 32);
    if (in->r2)
        cpu->gr[in->r2] = (cpu->gr[in->r2] & 0xFFFFFFFF00000000ULL) | (uint32_t)m;
    return 0;
}

int op_IAC(struct cpu *cpu, const struct insn *in)
{
    if (problem_state(cpu) && !(cpu->cr[0] & CR0_EXTRACT_AUTH))
        return PGM_PRIVILEGED;
    unsigned asc = (unsigned)((cpu->psw.mask & PSW_ASC_MASK) >> PSW_ASC_SHIFT);
    cpu->gr[in->r1] = (cpu->gr[in->r1] & ~0xFF00ULL) | (uint64_t)asc << 8; /* bits 48-55 */
    cpu->cc = (uint8_t)asc;
    return 0;
}

/* EXTRACT PRIMARY / SECONDARY ASN: the PASN (CR4 bits 48-63) or SASN (CR3 bits 48-63) to
 * bits 48-63 of R1, bits 32-47 zero, bits 0-31 kept.  Special operation with DAT off,
 * privileged in the problem state without the extraction-authority control (PoP). */
static int extract_asn(struct cpu *cpu, const struct insn *in, uint64_t cr)
{
    if (!(cpu->psw.mask & PSW_DAT))
        return PGM_SPECIAL_OPERATION;
    if (problem_state(cpu) && !(cpu->cr[0] & CR0_EXTRACT_AUTH))
        return PGM_PRIVILEGED;
    cpu->gr[in->r1] = (cpu->gr[in->r1] & 0xFFFFFFFF00000000ULL) | (cr & 0xFFFF);
    return 0;
}

int op_EPAR(struct cpu *cpu, const struct insn *in) { return extract_asn(cpu, in, cpu->cr[4]); }
int op_ESAR(struct cpu *cpu, const struct insn *in) { return extract_asn(cpu, in, cpu->cr[3]); }

/* SAC and SACF: bits 52-55 of the second-operand address name the mode.  Special operation
 * when DAT is off or the secondary-space control (CR0 bit 37) is zero, in either state; then
 * privileged operation for the home mode in the problem state; then specification for an
 * unassigned code (PoP, SET ADDRESS SPACE CONTROL; the order is Hercules 3.13's).  Space-switch
 * events are not modelled. */
static int set_asc(struct cpu *cpu, const struct insn *in)
{
    static const uint8_t asc_of[4] = {0 /* primary */, 2 /* secondary */, 1 /* AR */, 3 /* home */};
    unsigned code = (unsigned)(ea_bd(cpu, in->b2, in->d2) >> 8) & 0xF;
    if (!(cpu->psw.mask & PSW_DAT) || !(cpu->cr[0] & CR0_SECONDARY_SPACE))
        return PGM_SPECIAL_OPERATION;
    if (code == 3 && problem_state(cpu))
        return PGM_PRIVILEGED;
    if (code > 3)
        return PGM_SPECIFICATION;
    set_mask(cpu, (psw_mask(cpu) & ~PSW_ASC_MASK) | (uint64_t)asc_of[code] << PSW_ASC_SHIFT);
    return 0;
}

int op_SAC(struct cpu *cpu, const struct insn *in) { return set_asc(cpu, in); }
int op_SACF(struct cpu *cpu, const struct insn *in) { return set_asc(cpu, in); }

/* The updated instruction address: past the EXECUTE when the instruction is its target. */
static uint64_t updated_ia(const struct cpu *cpu)
{
    return cpu->in_execute ? cpu->ex_next : cpu->psw.ia;
}

/* SET ADDRESSING MODE: the updated instruction address must fit the new mode. */
static int sam(struct cpu *cpu, uint64_t limit, uint64_t bits)
{
    if (updated_ia(cpu) > limit)
        return PGM_SPECIFICATION;
    cpu->psw.mask = (cpu->psw.mask & ~(PSW_EA | PSW_BA)) | bits;
    psw_amode_changed(cpu);
    return 0;
}

/* TEST ADDRESSING MODE: CC 0 24-bit, 1 31-bit, 3 64-bit (PoP). */
int op_TAM(struct cpu *cpu, const struct insn *in)
{
    (void)in;
    cpu->cc = (cpu->psw.mask & PSW_EA) ? 3 : (cpu->psw.mask & PSW_BA) ? 1 : 0;
    return 0;
}

int op_SAM24(struct cpu *cpu, const struct insn *in) { (void)in; return sam(cpu, 0xFFFFFF, 0); }
int op_SAM31(struct cpu *cpu, const struct insn *in) { (void)in; return sam(cpu, 0x7FFFFFFF, PSW_BA); }
int op_SAM64(struct cpu *cpu, const struct insn *in) { (void)in; return sam(cpu, ~0ULL, PSW_EA | PSW_BA); }

/* ---- control registers ---- */

int op_LCTL(struct cpu *cpu, const struct insn *in)
{
    uint64_t ea = ea_bd(cpu, in->b2, in->d2);
    if (ea & 3)
        return PGM_SPECIFICATION;
    unsigned n = ((in->r3 - in->r1) & 15) + 1;
    uint8_t b[64];
    int rc = vread(cpu, ea, b, n * 4);
    if (rc)
        return rc;
    uint64_t old[16];
    __builtin_memcpy(old, cpu->cr, sizeof old);
    for (unsigned i = 0; i < n; i++) {
        unsigned r = (in->r1 + i) & 15;
        cpu->cr[r] = (cpu->cr[r] & 0xFFFFFFFF00000000ULL) | ld_be32(b + 4 * i);
    }
    crs_changed(cpu, old);
    return 0;
}

int op_LCTLG(struct cpu *cpu, const struct insn *in)
{
    uint64_t ea = ea_bd(cpu, in->b2, in->d2);
    if (ea & 7)
        return PGM_SPECIFICATION;
    unsigned n = ((in->r3 - in->r1) & 15) + 1;
    uint8_t b[128];
    int rc = vread(cpu, ea, b, n * 8);
    if (rc)
        return rc;
    uint64_t old[16];
    __builtin_memcpy(old, cpu->cr, sizeof old);
    for (unsigned i = 0; i < n; i++)
        cpu->cr[(in->r1 + i) & 15] = ld_be64(b + 8 * i);
    crs_changed(cpu, old);
    return 0;
}

int op_STCTL(struct cpu *cpu, const struct insn *in)
{
    uint64_t ea = ea_bd(cpu, in->b2, in->d2);
    if (ea & 3)
        return PGM_SPECIFICATION;
    unsigned n = ((in->r3 - in->r1) & 15) + 1;
    uint8_t b[64];
    for (unsigned i = 0; i < n; i++)
        st_be32(b + 4 * i, (uint32_t)cpu->cr[(in->r1 + i) & 15]);
    return vwrite(cpu, ea, b, n * 4);
}

int op_STCTG(struct cpu *cpu, const struct insn *in)
{
    uint64_t ea = ea_bd(cpu, in->b2, in->d2);
    if (ea & 7)
        return PGM_SPECIFICATION;
    unsigned n = ((in->r3 - in->r1) & 15) + 1;
    uint8_t b[128];
    for (unsigned i = 0; i < n; i++)
        st_be64(b + 8 * i, cpu->cr[(in->r1 + i) & 15]);
    return vwrite(cpu, ea, b, n * 8);
}

/* ---- prefix ---- */

int op_SPX(struct cpu *cpu, const struct insn *in)
{
    uint64_t ea = ea_bd(cpu, in->b2, in->d2);
    if (ea & 3)
        return PGM_SPECIFICATION;
    uint32_t v;
    int rc = vread32(cpu, ea, &v);
    if (rc)
        return rc;
    uint32_t p = v & 0x7FFFE000u; /* bits 1-18 */
    if (!storage_valid(cpu->mem, p, 0x2000))
        return PGM_ADDRESSING;
    cpu->prefix = p;
    tlb_flush(cpu); /* real-to-absolute mapping changed */
    return 0;
}

int op_STPX(struct cpu *cpu, const struct insn *in)
{
    uint64_t ea = ea_bd(cpu, in->b2, in->d2);
    if (ea & 3)
        return PGM_SPECIFICATION;
    return vwrite32(cpu, ea, cpu->prefix);
}

/* ---- interruption-causing instructions ---- */

/* The ILC of an instruction that may be the target of EXECUTE. */
static unsigned ilc_of(const struct cpu *cpu, const struct insn *in)
{
    if (cpu->in_execute)
        return cpu->ilc ? cpu->ilc : 4;
    return in->len;
}

int op_SVC(struct cpu *cpu, const struct insn *in)
{
    cpu->psw.ia = updated_ia(cpu); /* the old PSW points past SVC, or past the EXECUTE */
    cpu_svc_interrupt(cpu, (uint8_t)in->i2, ilc_of(cpu, in));
    return 0;
}

int op_MC(struct cpu *cpu, const struct insn *in)
{
    unsigned i2 = (uint8_t)in->i2;
    if (i2 & 0xF0)
        return PGM_SPECIFICATION;
    /* monitor masks: CR8 bits 48-63, one per class */
    if (!((cpu->cr[8] >> (15 - i2)) & 1))
        return 0;
    uint8_t *lc = lowcore(cpu);
    st_be16(lc + LC_MON_CLASS, (uint16_t)i2);
    st_be64(lc + LC_MON_CODE, ea_bd(cpu, in->b1, in->d1));
    return PGM_MONITOR; /* completes: the old PSW points past MC */
}

/* ---- the machine's instructions ---- */

int op_SIGP(struct cpu *cpu, const struct insn *in)
{
    uint8_t order = (uint8_t)ea_bd(cpu, in->b2, in->d2); /* bits 56-63 of the address */
    if (!cpu->hooks.sigp) {
        cpu->cc = 3;
        return 0;
    }
    uint32_t status = 0;
    int rc = cpu->hooks.sigp(cpu, order, (uint16_t)cpu->gr[in->r3], cpu->gr[in->r1 | 1], &status, cpu->hooks.ctx);
    if (rc < 0)
        return -rc;
    if (rc == 1)
        cpu->gr[in->r1] = (cpu->gr[in->r1] & 0xFFFFFFFF00000000ULL) | status;
    cpu->cc = (uint8_t)(rc & 3);
    cpu->check_stop = true; /* the order may have left something pending for this CPU */
    return 0;
}

/* SERVICE CALL: command word in R1, SCCB real address in R2.  Program exceptions (as the
 * SCLP interface and Linux's driver expect them): addressing when the SCCB header is outside
 * storage; specification when the SCCB is not below 2 GiB on a doubleword boundary, lies in
 * the lowcore (real 0-8191 or the prefix area), or its length field is below the 8-byte
 * header.  Boundary violations and command codes are answered in the SCCB by the SCLP,
 * behind the hook. */
int op_SERVC(struct cpu *cpu, const struct insn *in)
{
    uint64_t sccb = cpu->gr[in->r2];
    uint64_t abs = real_to_abs(cpu, sccb);
    if (!storage_valid(cpu->mem, abs, 8))
        return PGM_ADDRESSING;
    if ((sccb & ~0x7FFFFFF8ULL) || (sccb & ~0x1FFFULL) == 0 || (sccb & ~0x1FFFULL) == cpu->prefix)
        return PGM_SPECIFICATION;
    if (ld_be16(storage_ptr(cpu->mem, abs)) < 8)
        return PGM_SPECIFICATION;
    if (!cpu->hooks.servc) {
        cpu->cc = 3;
        return 0;
    }
    int rc = cpu->hooks.servc(cpu, (uint32_t)cpu->gr[in->r1], sccb, cpu->hooks.ctx);
    if (rc < 0)
        return -rc;
    cpu->cc = (uint8_t)(rc & 3);
    cpu->check_stop = true; /* a service-signal interruption may be pending already */
    return 0;
}

int op_DIAG(struct cpu *cpu, const struct insn *in)
{
    if (!cpu->hooks.diagnose)
        return PGM_SPECIFICATION;
    return cpu->hooks.diagnose(cpu, in, cpu->hooks.ctx);
}
