/* Who and when: DIAGNOSE X'000' store extended identification, X'00C' pseudo timer and
 * X'318' CP name and version (z/VM CP Programming Services; VM/370 System Programmer's
 * Guide for the X'000' and X'00C' layouts, which later levels kept).
 *
 *   X'000'  Rx real address of the area (doubleword boundary), Ry its length in bytes (bits
 *           32-63, 1..; at most 40 are stored).  Ry is decreased by the bytes stored.  CC
 *           unchanged.  Length 0 or negative (bit 32 on), or an unaligned area: specification.
 *   X'00C'  Rx real address of a 32-byte area (doubleword boundary).  CC unchanged.
 *   X'318'  Rx the guest's 8-byte CPNC/CPVC (control-program name code in byte 0, version
 *           code in bytes 1-7: what Linux reports of itself).  Recorded; CC unchanged. */
#include <inttypes.h>
#include <string.h>
#include <time.h>

#include "access.h"
#include "diag.h"
#include "ebcdic.h"
#include "timer.h"

/* X'000': the extended-identification code. */
enum {
    XID_SYSNAME = 0,     /* 8 EBCDIC system name */
    XID_ENV = 8,         /* 2 execution-environment bits */
    XID_PRODVER = 10,    /* 1 product version number */
    XID_VERCODE = 11,    /* 1 version code of STIDP (X'FF' in a virtual machine) */
    XID_MCEL = 12,       /* 2 MCEL length of STIDP (0 in z/Architecture) */
    XID_CPUADDR = 14,    /* 2 CPU address of the issuing CPU */
    XID_USERID = 16,     /* 8 EBCDIC user id */
    XID_PPMAP = 24,      /* 8 program-product bit map */
    XID_TZDIFF = 32,     /* 4 time-zone differential, signed seconds east of UTC */
    XID_LEVEL = 36,      /* 4 version, release, service level, 0 */
    XID_LEN = 40,
};

/* X'00C': four doublewords. */
enum {
    PT_DATE = 0,         /* 8 EBCDIC MM/DD/YY */
    PT_TIME = 8,         /* 8 EBCDIC HH:MM:SS */
    PT_VTIME = 16,       /* 8 virtual CPU time, microseconds */
    PT_TTIME = 24,       /* 8 total CPU time, microseconds */
    PT_LEN = 32,
};

_Static_assert(XID_LEVEL + 4 == XID_LEN, "X'000' layout");
_Static_assert(PT_TTIME + 8 == PT_LEN, "X'00C' layout");

#define TOD_UNIX_EPOCH_S 2208988800ULL /* 1900-01-01 to 1970-01-01 */
#define PP_BITMAP 0x7FFE000000000000ULL /* as Hercules stores it */

static void ebcdic_field(uint8_t *dst, const char *s, unsigned width)
{
    for (unsigned i = 0; i < width; i++)
        dst[i] = latin1_to_cp037((uint8_t)(*s ? *s++ : ' '));
}

/* The guest's TOD clock as host local time (z/VM shows its system's time zone). */
static void guest_time(const struct cpu *cpu, struct tm *out, long *gmtoff)
{
    time_t t = (time_t)(tod_cpu(cpu) / 4096 / 1000000 - TOD_UNIX_EPOCH_S);
    localtime_r(&t, out);
    *gmtoff = out->tm_gmtoff;
}

/* CPU time of the issuing CPU (host thread time), microseconds. */
static uint64_t own_cpu_time(struct diag_call *dc)
{
    struct diag_vm *vm = dc->vm;
    if (!vm->ops || !vm->ops->cpus)
        return 0;
    struct diag_cpu_info c[DIAG_MAX_CPUS];
    unsigned n = vm->ops->cpus(vm->host, vm, c, DIAG_MAX_CPUS);
    for (unsigned i = 0; i < n; i++)
        if (c[i].cpu_addr == dc->cpu->cpu_addr)
            return c[i].cpu_time_us;
    return 0;
}

int diag_000(struct diag_call *dc)
{
    struct cpu *cpu = dc->cpu;
    uint64_t addr = cpu->gr[dc->rx] & amode_mask(cpu);
    int32_t len = (int32_t)(uint32_t)cpu->gr[dc->ry];
    if ((addr & 7) || len <= 0)
        return PGM_SPECIFICATION;
    uint32_t n = len < XID_LEN ? (uint32_t)len : XID_LEN;
    int rc = diag_block(dc, addr, n, 8, true);
    if (rc)
        return rc;

    uint8_t b[XID_LEN] = {0};
    struct tm tm;
    long gmtoff;
    guest_time(cpu, &tm, &gmtoff);
    ebcdic_field(b + XID_SYSNAME, DIAG_SYSTEM_NAME, 8);
    b[XID_PRODVER] = DIAG_CP_VERSION;
    b[XID_VERCODE] = 0xFF;
    st_be16(b + XID_CPUADDR, cpu->cpu_addr);
    ebcdic_field(b + XID_USERID, dc->vm->userid, 8);
    st_be64(b + XID_PPMAP, PP_BITMAP);
    st_be32(b + XID_TZDIFF, (uint32_t)(int32_t)gmtoff);
    b[XID_LEVEL] = DIAG_CP_VERSION;
    b[XID_LEVEL + 1] = DIAG_CP_RELEASE;
    b[XID_LEVEL + 2] = DIAG_CP_SERVICE;
    rc = diag_write(dc, addr, b, n);
    if (rc)
        return rc;
    diag_set_low32(&cpu->gr[dc->ry], (uint32_t)(len - (int32_t)n));
    snprintf(dc->note, sizeof dc->note, "%u bytes: system %s, user %s, level %u.%u.%u", n, DIAG_SYSTEM_NAME,
             dc->vm->userid, DIAG_CP_VERSION, DIAG_CP_RELEASE, DIAG_CP_SERVICE);
    return DIAG_DONE;
}

int diag_00c(struct diag_call *dc)
{
    struct cpu *cpu = dc->cpu;
    uint64_t addr = cpu->gr[dc->rx] & amode_mask(cpu);
    int rc = diag_block(dc, addr, PT_LEN, 8, true);
    if (rc)
        return rc;
    struct tm tm;
    long gmtoff;
    guest_time(cpu, &tm, &gmtoff);
    char date[40], clock[40];
    snprintf(date, sizeof date, "%02u/%02u/%02u", (unsigned)(tm.tm_mon + 1) % 100, (unsigned)tm.tm_mday % 100,
             (unsigned)tm.tm_year % 100);
    snprintf(clock, sizeof clock, "%02u:%02u:%02u", (unsigned)tm.tm_hour % 100, (unsigned)tm.tm_min % 100,
             (unsigned)tm.tm_sec % 100);
    uint8_t b[PT_LEN];
    ebcdic_field(b + PT_DATE, date, 8);
    ebcdic_field(b + PT_TIME, clock, 8);
    uint64_t t = own_cpu_time(dc);
    /* zsie measures one CPU time per virtual CPU (its host thread's): the CP's own share is
     * in it, so virtual and total are the same figure */
    st_be64(b + PT_VTIME, t);
    st_be64(b + PT_TTIME, t);
    rc = diag_write(dc, addr, b, PT_LEN);
    if (rc)
        return rc;
    snprintf(dc->note, sizeof dc->note, "%s %s, CPU time %" PRIu64 " us", date, clock, t);
    return DIAG_DONE;
}

int diag_318(struct diag_call *dc)
{
    uint64_t v = dc->cpu->gr[dc->rx];
    pthread_mutex_lock(&dc->vm->lock);
    dc->vm->cp_name_version = v;
    pthread_mutex_unlock(&dc->vm->lock);
    unsigned cpnc = (unsigned)(v >> 56);
    snprintf(dc->note, sizeof dc->note, "CPNC %02X%s CPVC %014" PRIX64, cpnc, cpnc == 4 ? " (Linux)" : "",
             (uint64_t)(v & 0x00FFFFFFFFFFFFFFULL));
    return DIAG_DONE;
}
