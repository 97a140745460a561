/* Performance data for Linux's hypfs: DIAGNOSE X'204' logical-CPU utilisation and X'224'
 * CPU type names (the PR/SM interface, as Linux's arch/s390/hypfs/hypfs_diag.c reads it and
 * Hercules' diagmssf.c serves it), and X'2FC' guest performance data (the z/VM interface of
 * hypfs_vm.c).  zsie presents the virtual machine as one partition of its own.
 *
 *   X'204'  Rx real address of the buffer (4 KiB boundary), Ry (even) the subcode, Ry+1 the
 *           buffer size in pages.  Subcode 4: the simple format, one page.  X'00010005': Ry+1
 *           = the pages the extended format needs.  X'00010006' and X'00010007': the extended
 *           format.  On return Ry = 0 done, 4 subcode not supported, 8 buffer too small (Ry+1
 *           = the pages needed; zsie's code: PR/SM's is not public).  The whole buffer is
 *           stored (zeros after the block).  CC unchanged.
 *   X'224'  Ry real address of a 4 KiB buffer (4 KiB boundary); Rx is not used.  The table
 *           of EBCDIC CPU type names is stored.  CC unchanged.
 *   X'2FC'  Rx real address of the 32-byte parameter list (doubleword boundary).  On return
 *           Ry = 0 (data stored) or -2 (buffer too small), 4 (no such user), 8 (format not 2);
 *           Rx = buffer size - data size (negative: the buffer was short by that much). */
#include <inttypes.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "access.h"
#include "diag.h"
#include "ebcdic.h"
#include "timer.h"

#define TOD_PER_US 4096ULL
#define SHARE_DEFAULT 100 /* z/VM's default SHARE RELATIVE 100 */

static void ebcdic_field(uint8_t *dst, const char *s, unsigned width)
{
    for (unsigned i = 0; i < width; i++)
        dst[i] = latin1_to_cp037((uint8_t)(*s ? *s++ : ' '));
}

/* ---- X'204' ---- */

enum { /* simple format */
    IB_NPAR = 0, IB_FLAGS = 1, IB_TSLICE = 2, IB_PHYS_CPUS = 4, IB_THIS_PART = 6, IB_CURTOD = 8, IB_LEN = 16,
    PH_PN = 0, PH_CPUS = 1, PH_NAME = 8, PH_LEN = 16,
    CI_ADDR = 0, CI_CTIDX = 4, CI_CFLAG = 5, CI_WEIGHT = 6, CI_ACC = 8, CI_LP = 16, CI_LEN = 24,
};
enum { /* extended format */
    XIB_NPAR = 0, XIB_FLAGS = 1, XIB_PHYS_CPUS = 4, XIB_THIS_PART = 6, XIB_CURTOD1 = 8, XIB_CURTOD2 = 16,
    XIB_LEN = 64,
    XPH_PN = 0, XPH_CPUS = 1, XPH_RCPUS = 2, XPH_NAME = 8, XPH_LPC_NAME = 16, XPH_OS_NAME = 24,
    XPH_ONLINE_CS = 32, XPH_ONLINE_ES = 40, XPH_LEN = 96,
    XCI_ADDR = 0, XCI_CTIDX = 4, XCI_WEIGHT = 6, XCI_ACC = 8, XCI_LP = 16, XCI_MIN_W = 24, XCI_CUR_W = 26,
    XCI_MAX_W = 28, XCI_ONLINE = 32, XCI_WAIT = 40, XCI_PMA_W = 48, XCI_POLAR_W = 52, XCI_LEN = 96,
};
_Static_assert(IB_CURTOD + 8 == IB_LEN && CI_LP + 8 == CI_LEN, "X'204' simple format");
_Static_assert(XPH_ONLINE_ES + 8 + 1 + 3 + 4 + 8 + 32 == XPH_LEN, "X'204' extended partition header");
_Static_assert(XCI_POLAR_W + 4 + 40 == XCI_LEN, "X'204' extended CPU block");

#define D204_STIB4 0x00000004
#define D204_RSI 0x00010005
#define D204_STIB6 0x00010006
#define D204_STIB7 0x00010007
#define D204_RC_UNSUPPORTED 4
#define D204_RC_TOO_SMALL 8
#define CPU_TYPE_CP 0 /* index into the X'224' table */

static unsigned vm_cpus(struct diag_call *dc, struct diag_cpu_info *c)
{
    struct diag_vm *vm = dc->vm;
    return vm->ops && vm->ops->cpus ? vm->ops->cpus(vm->host, vm, c, DIAG_MAX_CPUS) : 0;
}

static uint64_t ext_pages(unsigned ncpus)
{
    uint64_t bytes = XIB_LEN + XPH_LEN + (uint64_t)ncpus * XCI_LEN;
    return (bytes + PAGE_SIZE - 1) / PAGE_SIZE;
}

/* Build the info block of either format into b (room bytes, zeroed); its length. */
static size_t build_204(struct diag_call *dc, bool ext, uint8_t *b)
{
    struct diag_cpu_info c[DIAG_MAX_CPUS];
    unsigned n = vm_cpus(dc, c);
    uint64_t tod = tod_cpu(dc->cpu);
    uint8_t *p = b;
    if (!ext) {
        p[IB_NPAR] = 1;
        st_be16(p + IB_PHYS_CPUS, (uint16_t)n);
        st_be16(p + IB_THIS_PART, IB_LEN);
        st_be64(p + IB_CURTOD, tod);
        p += IB_LEN;
        p[PH_PN] = 1;
        p[PH_CPUS] = (uint8_t)n;
        ebcdic_field(p + PH_NAME, dc->vm->userid, 8);
        p += PH_LEN;
        for (unsigned i = 0; i < n; i++, p += CI_LEN) {
            st_be16(p + CI_ADDR, c[i].cpu_addr);
            p[CI_CTIDX] = CPU_TYPE_CP;
            st_be16(p + CI_WEIGHT, SHARE_DEFAULT);
            st_be64(p + CI_ACC, c[i].cpu_time_us * TOD_PER_US);
            st_be64(p + CI_LP, c[i].cpu_time_us * TOD_PER_US);
        }
        return (size_t)(p - b);
    }
    p[XIB_NPAR] = 1;
    st_be16(p + XIB_PHYS_CPUS, (uint16_t)n);
    st_be16(p + XIB_THIS_PART, XIB_LEN);
    st_be64(p + XIB_CURTOD1, tod);
    st_be64(p + XIB_CURTOD2, tod >> 8); /* STCKE layout: the TOD clock from byte 1 */
    p += XIB_LEN;
    p[XPH_PN] = 1;
    p[XPH_CPUS] = (uint8_t)n;
    p[XPH_RCPUS] = (uint8_t)n;
    ebcdic_field(p + XPH_NAME, dc->vm->userid, 8);
    ebcdic_field(p + XPH_LPC_NAME, DIAG_SYSTEM_NAME, 8);
    ebcdic_field(p + XPH_OS_NAME, "", 8);
    st_be64(p + XPH_ONLINE_CS, dc->cpu->mem->size >> 20); /* MiB */
    p += XPH_LEN;
    for (unsigned i = 0; i < n; i++, p += XCI_LEN) {
        uint64_t acc = c[i].cpu_time_us * TOD_PER_US, online = c[i].wall_us * TOD_PER_US;
        st_be16(p + XCI_ADDR, c[i].cpu_addr);
        p[XCI_CTIDX] = CPU_TYPE_CP;
        st_be16(p + XCI_WEIGHT, SHARE_DEFAULT);
        st_be64(p + XCI_ACC, acc);
        st_be64(p + XCI_LP, acc);
        st_be16(p + XCI_MIN_W, SHARE_DEFAULT);
        st_be16(p + XCI_CUR_W, SHARE_DEFAULT);
        st_be16(p + XCI_MAX_W, SHARE_DEFAULT);
        st_be64(p + XCI_ONLINE, online);
        st_be64(p + XCI_WAIT, online > acc ? online - acc : 0);
        st_be32(p + XCI_PMA_W, SHARE_DEFAULT);
        st_be32(p + XCI_POLAR_W, SHARE_DEFAULT);
    }
    return (size_t)(p - b);
}

int diag_204(struct diag_call *dc)
{
    struct cpu *cpu = dc->cpu;
    unsigned ry = dc->ry;
    uint32_t sub = (uint32_t)cpu->gr[ry];
    uint64_t addr = cpu->gr[dc->rx] & amode_mask(cpu);
    struct diag_cpu_info c[DIAG_MAX_CPUS];
    uint64_t need = ext_pages(vm_cpus(dc, c));
    bool ext;
    switch (sub) {
    case D204_STIB4:
        ext = false;
        break;
    case D204_RSI:
        cpu->gr[ry + 1] = need;
        cpu->gr[ry] = 0;
        snprintf(dc->note, sizeof dc->note, "extended format needs %" PRIu64 " pages", need);
        return DIAG_DONE;
    case D204_STIB6:
    case D204_STIB7:
        ext = true;
        if (cpu->gr[ry + 1] < need) {
            cpu->gr[ry + 1] = need;
            cpu->gr[ry] = D204_RC_TOO_SMALL;
            snprintf(dc->note, sizeof dc->note, "buffer too small: %" PRIu64 " pages needed", need);
            return DIAG_DONE;
        }
        break;
    default:
        cpu->gr[ry] = D204_RC_UNSUPPORTED;
        snprintf(dc->note, sizeof dc->note, "subcode %08X not supported", sub);
        return DIAG_DONE;
    }
    uint64_t len = ext ? need * PAGE_SIZE : PAGE_SIZE;
    int rc = diag_block(dc, addr, len, PAGE_SIZE, true);
    if (rc)
        return rc;
    static _Thread_local uint8_t b[(XIB_LEN + XPH_LEN + DIAG_MAX_CPUS * XCI_LEN + PAGE_SIZE - 1) / PAGE_SIZE *
                                   PAGE_SIZE];
    memset(b, 0, sizeof b);
    size_t n = build_204(dc, ext, b);
    rc = diag_write(dc, addr, b, len); /* the whole buffer: zeros after the block */
    if (rc)
        return rc;
    cpu->gr[ry] = 0;
    snprintf(dc->note, sizeof dc->note, "%s format, %zu bytes", ext ? "extended" : "simple", n);
    return DIAG_DONE;
}

/* ---- X'224' ---- */

/* The CPU type names, indexed by the CPU-type code of X'204' (the table Hercules serves). */
static const char *const cpu_types[] = {"CP", "ICF", "ZAAP", "IFL", "*UNKNOWN*", "ZIIP"};
#define TYPE_NAME_LEN 16
#define NTYPES (sizeof cpu_types / sizeof cpu_types[0])

int diag_224(struct diag_call *dc)
{
    struct cpu *cpu = dc->cpu;
    uint64_t addr = cpu->gr[dc->ry] & amode_mask(cpu);
    int rc = diag_block(dc, addr, PAGE_SIZE, PAGE_SIZE, true);
    if (rc)
        return rc;
    /* byte 0: the number of entries - 1; bytes 1-15 zero; then 16 bytes a name, blank padded */
    uint8_t t[TYPE_NAME_LEN * (NTYPES + 1)] = {0};
    t[0] = NTYPES - 1;
    for (size_t i = 0; i < NTYPES; i++)
        ebcdic_field(t + TYPE_NAME_LEN * (i + 1), cpu_types[i], TYPE_NAME_LEN);
    rc = diag_write(dc, addr, t, sizeof t);
    if (rc)
        return rc;
    snprintf(dc->note, sizeof dc->note, "%zu CPU type names", NTYPES);
    return DIAG_DONE;
}

/* ---- X'2FC' ---- */

enum { /* the parameter list */
    PL_USERID = 0, PL_ACI_GRP = 8, PL_ADDR = 16, PL_SIZE = 24, PL_FMT = 28, PL_LEN = 32,
};
enum { /* one guest's data, format 2 */
    GD_VERSION = 0, GD_FLAGS = 4, GD_USED_CPU = 8, GD_EL_TIME = 16, GD_MEM_MIN = 24, GD_MEM_MAX = 32,
    GD_MEM_SHARE = 40, GD_MEM_USED = 48, GD_PCPUS = 56, GD_LCPUS = 60, GD_VCPUS = 64, GD_CPU_MIN = 68,
    GD_CPU_MAX = 72, GD_CPU_SHARES = 76, GD_SAMPLES = 80, /* six 4-byte sample counts */
    GD_NAME = 104, GD_LEN = 112,
};
_Static_assert(PL_FMT + 4 == PL_LEN, "X'2FC' parameter list");
_Static_assert(GD_SAMPLES + 6 * 4 == GD_NAME && GD_NAME + 8 == GD_LEN, "X'2FC' guest data");

#define D2FC_FMT 2
#define DIAG_MAX_VMS_2FC 64
#define D2FC_RC_SHORT (-2)
#define D2FC_RC_NO_USER 4
#define D2FC_RC_FORMAT 8

static void guest_data(uint8_t *g, const struct diag_vm_info *v, uint64_t now, uint32_t pcpus)
{
    memset(g, 0, GD_LEN);
    st_be64(g + GD_USED_CPU, v->cpu_time_us);
    st_be64(g + GD_EL_TIME, now > v->logon_tod ? (now - v->logon_tod) / TOD_PER_US : 0);
    st_be64(g + GD_MEM_MIN, v->storage / 1024);
    st_be64(g + GD_MEM_MAX, v->storage / 1024);
    st_be64(g + GD_MEM_USED, v->storage / 1024);
    st_be32(g + GD_PCPUS, pcpus);
    st_be32(g + GD_LCPUS, pcpus);
    st_be32(g + GD_VCPUS, v->ncpus);
    st_be32(g + GD_CPU_MAX, SHARE_DEFAULT);
    st_be32(g + GD_CPU_SHARES, SHARE_DEFAULT);
    ebcdic_field(g + GD_NAME, v->userid, 8);
}

int diag_2fc(struct diag_call *dc)
{
    struct cpu *cpu = dc->cpu;
    struct diag_vm *vm = dc->vm;
    uint64_t plist = cpu->gr[dc->rx] & amode_mask(cpu);
    uint8_t pl[PL_LEN];
    int rc = diag_block(dc, plist, PL_LEN, 8, false);
    if (!rc)
        rc = diag_read(dc, plist, pl, PL_LEN);
    if (rc)
        return rc;
    char who[DIAG_USERID_LEN + 1];
    for (unsigned i = 0; i < DIAG_USERID_LEN; i++)
        who[i] = (char)cp037_to_latin1(pl[PL_USERID + i]);
    who[DIAG_USERID_LEN] = 0;
    for (int i = DIAG_USERID_LEN - 1; i >= 0 && (who[i] == ' ' || who[i] == 0); i--)
        who[i] = 0;
    uint64_t buf = ld_be64(pl + PL_ADDR) & amode_mask(cpu);
    uint32_t size = ld_be32(pl + PL_SIZE);
    if (ld_be32(pl + PL_FMT) != D2FC_FMT) {
        cpu->gr[dc->ry] = D2FC_RC_FORMAT;
        return DIAG_DONE;
    }
    /* which guests: blank this one, "*" all, else the one named */
    unsigned n = vm->ops && vm->ops->vm_count ? vm->ops->vm_count(vm->host) : 0;
    struct diag_vm_info sel[DIAG_MAX_VMS_2FC];
    unsigned count = 0;
    for (unsigned i = 0; i < n && count < DIAG_MAX_VMS_2FC; i++) {
        struct diag_vm_info v;
        if (!vm->ops->vm_info(vm->host, i, &v))
            continue;
        bool want = !strcmp(who, "*") || !strcasecmp(v.userid, who[0] ? who : vm->userid);
        if (want)
            sel[count++] = v;
    }
    if (!count) {
        cpu->gr[dc->ry] = D2FC_RC_NO_USER;
        snprintf(dc->note, sizeof dc->note, "user %s not found", who[0] ? who : vm->userid);
        return DIAG_DONE;
    }
    uint64_t need = (uint64_t)count * GD_LEN;
    cpu->gr[dc->rx] = (uint64_t)((int64_t)size - (int64_t)need);
    if (size < need) {
        cpu->gr[dc->ry] = (uint64_t)(int64_t)D2FC_RC_SHORT;
        snprintf(dc->note, sizeof dc->note, "%u guests need %" PRIu64 " bytes, buffer %u", count, need, size);
        return DIAG_DONE;
    }
    rc = diag_block(dc, buf, need, 1, true);
    if (rc)
        return rc;
    long np = sysconf(_SC_NPROCESSORS_ONLN);
    uint64_t now = tod_host();
    for (unsigned i = 0; i < count; i++) {
        uint8_t g[GD_LEN];
        guest_data(g, &sel[i], now, np > 0 ? (uint32_t)np : 1);
        rc = diag_write(dc, buf + (uint64_t)i * GD_LEN, g, GD_LEN);
        if (rc)
            return rc;
    }
    cpu->gr[dc->ry] = 0;
    snprintf(dc->note, sizeof dc->note, "%u guests, %" PRIu64 " bytes", count, need);
    return DIAG_DONE;
}
