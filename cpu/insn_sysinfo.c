/* Identity and configuration (PoP chapter 10): STIDP, STAP, STFL, STFLE and STORE SYSTEM
 * INFORMATION.  zsie presents itself as one logical partition (configuration level 2) of a
 * machine of type 2817 (the z196 generation gcc targets by default). */
#include <string.h>

#include "access.h"
#include "facilities.h"
#include "insn.h"
#include "interrupt.h"

#define MACHINE_TYPE 0x2817
#define CPU_ID_NUMBER 0x05E1E   /* 24-bit CPU identification number; the CPU address goes on top */
#define CONFIG_LEVEL 2          /* STSI function code 0: 1 basic machine, 2 LPAR, 3 VM */

int op_STIDP(struct cpu *cpu, const struct insn *in)
{
    uint64_t ea = ea_bd(cpu, in->b2, in->d2);
    if (ea & 7)
        return PGM_SPECIFICATION;
    /* bits 0-7 version code, 8-31 CPU identification number, 32-47 machine type, 48 format 0 */
    uint64_t id = (uint64_t)(((cpu->cpu_addr & 0xFu) << 20) | CPU_ID_NUMBER) << 32 | (uint64_t)MACHINE_TYPE << 16;
    return vwrite64(cpu, ea, id);
}

int op_STAP(struct cpu *cpu, const struct insn *in)
{
    uint64_t ea = ea_bd(cpu, in->b2, in->d2);
    if (ea & 1)
        return PGM_SPECIFICATION;
    return vwrite16(cpu, ea, cpu->cpu_addr);
}

/* STFL stores the first 32 facility bits at real location 200 (the lowcore). */
int op_STFL(struct cpu *cpu, const struct insn *in)
{
    (void)in;
    uint64_t list[FACILITY_DWORDS];
    facility_list(list);
    st_be32(lowcore(cpu) + LC_STFL, (uint32_t)(list[0] >> 32));
    return 0;
}

/* STFLE: GR0 bits 56-63 hold the number of doublewords the program provides, minus one; it
 * gets back the number the list needs, minus one.  CC 3 when the list did not fit. */
int op_STFLE(struct cpu *cpu, const struct insn *in)
{
    uint64_t ea = ea_bd(cpu, in->b2, in->d2);
    if (ea & 7)
        return PGM_SPECIFICATION;
    uint64_t list[FACILITY_DWORDS];
    facility_list(list);
    unsigned n = (unsigned)(cpu->gr[0] & 0xFF) + 1;
    unsigned store = n < FACILITY_DWORDS ? n : FACILITY_DWORDS;
    uint8_t b[8 * FACILITY_DWORDS];
    for (unsigned i = 0; i < store; i++)
        st_be64(b + 8 * i, list[i]);
    int rc = vwrite(cpu, ea, b, 8 * store);
    if (rc)
        return rc;
    cpu->gr[0] = (cpu->gr[0] & ~0xFFULL) | (FACILITY_DWORDS - 1);
    cpu->cc = n < FACILITY_DWORDS ? 3 : 0;
    return 0;
}

/* ---- STORE SYSTEM INFORMATION ---- */

/* EBCDIC for the characters the SYSIBs use (A-Z, 0-9, blank), padded with blanks. */
static void ebcdic(uint8_t *dst, const char *s, unsigned width)
{
    for (unsigned i = 0; i < width; i++) {
        char c = *s ? *s++ : ' ';
        uint8_t e = 0x40;
        if (c >= '0' && c <= '9')
            e = (uint8_t)(0xF0 + (c - '0'));
        else if (c >= 'A' && c <= 'I')
            e = (uint8_t)(0xC1 + (c - 'A'));
        else if (c >= 'J' && c <= 'R')
            e = (uint8_t)(0xD1 + (c - 'J'));
        else if (c >= 'S' && c <= 'Z')
            e = (uint8_t)(0xE2 + (c - 'S'));
        dst[i] = e;
    }
}

/* SYSIB offsets (PoP "STORE SYSTEM INFORMATION"). */
enum {
    S111_MANUFACTURER = 32, /* 16 EBCDIC */
    S111_TYPE = 48,         /* 4 */
    S111_MODEL_CAP = 64,    /* 16 model-capacity identifier */
    S111_SEQUENCE = 80,     /* 16 sequence code */
    S111_PLANT = 96,        /* 4 plant of manufacture */
    S111_MODEL = 100,       /* 16 */
    S121_SEQUENCE = 80, S121_PLANT = 96, S121_CPU_ADDR = 102,
    S122_CAPABILITY = 32,   /* 4 */
    S122_TOTAL = 36, S122_CONFIGURED = 38, S122_STANDBY = 40, S122_RESERVED = 42, /* 2 each */
    S122_ADJUST = 44,       /* 2 per additional CPU */
    S221_SEQUENCE = 80, S221_PLANT = 96, S221_CPU_ID = 100, S221_CPU_ADDR = 102,
    S222_LPAR_NUMBER = 32,  /* 2 */
    S222_CHARACTERISTICS = 35, /* 0x80 dedicated CPUs */
    S222_TOTAL = 36, S222_CONFIGURED = 38, S222_STANDBY = 40, S222_RESERVED = 42,
    S222_NAME = 44,         /* 8 EBCDIC */
    S222_CAF = 52,          /* 4 capability-adjustment factor */
};

static bool build_sysib(const struct cpu *cpu, unsigned fc, unsigned s1, unsigned s2, uint8_t *b)
{
    unsigned ncpus = cpu->config_cpus ? cpu->config_cpus : 1;
    memset(b, 0, PAGE_SIZE);
    if (fc == 1 && s1 == 1 && s2 == 1) {
        ebcdic(b + S111_MANUFACTURER, "ZSIE", 16);
        ebcdic(b + S111_TYPE, "2817", 4);
        ebcdic(b + S111_MODEL_CAP, "701", 16);
        ebcdic(b + S111_SEQUENCE, "00000000000A5E1E", 16);
        ebcdic(b + S111_PLANT, "ZS", 4);
        ebcdic(b + S111_MODEL, "M15", 16);
    } else if (fc == 1 && s1 == 2 && s2 == 1) {
        ebcdic(b + S121_SEQUENCE, "00000000000A5E1E", 16);
        ebcdic(b + S121_PLANT, "ZS", 4);
        st_be16(b + S121_CPU_ADDR, cpu->cpu_addr);
    } else if (fc == 1 && s1 == 2 && s2 == 2) {
        st_be32(b + S122_CAPABILITY, 1000);
        st_be16(b + S122_TOTAL, (uint16_t)ncpus);
        st_be16(b + S122_CONFIGURED, (uint16_t)ncpus);
        for (unsigned i = 1; i < ncpus && S122_ADJUST + 2 * i <= PAGE_SIZE; i++)
            st_be16(b + S122_ADJUST + 2 * (i - 1), 100);
    } else if (fc == 2 && s1 == 2 && s2 == 1) {
        ebcdic(b + S221_SEQUENCE, "00000000000A5E1E", 16);
        ebcdic(b + S221_PLANT, "ZS", 4);
        st_be16(b + S221_CPU_ID, cpu->cpu_addr);
        st_be16(b + S221_CPU_ADDR, cpu->cpu_addr);
    } else if (fc == 2 && s1 == 2 && s2 == 2) {
        st_be16(b + S222_LPAR_NUMBER, 1);
        b[S222_CHARACTERISTICS] = 0x80;
        st_be16(b + S222_TOTAL, (uint16_t)ncpus);
        st_be16(b + S222_CONFIGURED, (uint16_t)ncpus);
        ebcdic(b + S222_NAME, "ZSIE", 8);
        st_be32(b + S222_CAF, 1000);
    } else {
        return false;
    }
    return true;
}

/* GR0 bits 32-35 function code, 36-55 zero, 56-63 selector 1; GR1 bits 32-47 zero, 48-63
 * selector 2.  Function code 0 reports the configuration level; CC 3 for what is not there. */
int op_STSI(struct cpu *cpu, const struct insn *in)
{
    uint64_t g0 = cpu->gr[0], g1 = cpu->gr[1];
    if ((g0 & 0x0FFFFF00ULL) || (g1 & 0xFFFF0000ULL))
        return PGM_SPECIFICATION;
    unsigned fc = (unsigned)(g0 >> 28) & 0xF;
    if (fc == 0) {
        cpu->gr[0] = (g0 & ~0xF0000000ULL) | (uint64_t)CONFIG_LEVEL << 28;
        cpu->cc = 0;
        return 0;
    }
    if (fc > CONFIG_LEVEL) {
        cpu->cc = 3;
        return 0;
    }
    uint64_t ea = ea_bd(cpu, in->b2, in->d2);
    if (ea & 0xFFF)
        return PGM_SPECIFICATION;
    uint8_t b[PAGE_SIZE];
    if (!build_sysib(cpu, fc, (unsigned)(g0 & 0xFF), (unsigned)(g1 & 0xFFFF), b)) {
        cpu->cc = 3;
        return 0;
    }
    int rc = vwrite(cpu, ea, b, sizeof b);
    if (rc)
        return rc;
    cpu->cc = 0;
    return 0;
}

/* EXTRACT CPU ATTRIBUTE (general-instructions extension): bits 56-59 of the second-operand
 * address ask for an attribute, 60-62 name the cache level, 63 the cache type.  zsie models
 * no caches: the topology summary (attribute 0) is zero, so no level exists, and every other
 * attribute reads as all ones, as for a level that does not exist. */
int op_ECAG(struct cpu *cpu, const struct insn *in)
{
    unsigned attr = (unsigned)(ea_bd(cpu, in->b2, in->d2) >> 4) & 0xF;
    cpu->gr[in->r1] = attr == 0 ? 0 : ~0ULL;
    return 0;
}
