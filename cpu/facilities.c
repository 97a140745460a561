/* The installed facilities.  A bit goes here only when every instruction and behaviour the
 * facility promises is implemented: programs (Linux, glibc, gcc's runtime) choose code paths
 * from these bits.
 *
 * Not (yet) reported although Linux's z196 architecture level set asks for them: 17 (message-
 * security assist: KM, KMC, KIMD, KLMD, KMAC with at least their query functions) and 32/33
 * (COMPARE AND SWAP AND STORE); add them when those instructions land. */
#include "facilities.h"

static const unsigned installed[] = {
    0,  /* instructions marked N3 (ESA/390 additions usable in z/Architecture) */
    1,  /* z/Architecture architectural mode installed */
    2,  /* z/Architecture architectural mode active */
    7,  /* STORE FACILITY LIST EXTENDED */
    8,  /* enhanced-DAT 1: 1 MiB segment frames, PFMF, SSKE multiple-block (dat.c, insn_keys.c) */
    10, /* conditional SSKE (insn_keys.c) */
    18, /* long displacement */
    19, /* long displacement, high performance */
    21, /* extended immediate */
    25, /* STORE CLOCK FAST */
    27, /* MOVE WITH OPTIONAL SPECIFICATIONS (insn_mvcos.c) */
    34, /* general-instructions extension */
    35, /* execute extensions (EXRL) */
    37, /* floating-point extension */
    41, /* floating-point-support enhancement (LDGR/LGDR, CPSDR, ...) used by gcc */
    45, /* distinct operands, fast-BCR-serialization, high word, interlocked access 1,
         * load/store on condition 1, population count (NOTE: reported as the project plan
         * says; the high-word and interlocked-access instructions are still to be written) */
    75, /* access-exception fetch/store indication in the TEID (dat.c) */
};

void facility_list(uint64_t list[FACILITY_DWORDS])
{
    for (unsigned i = 0; i < FACILITY_DWORDS; i++)
        list[i] = 0;
    for (unsigned i = 0; i < sizeof installed / sizeof installed[0]; i++)
        list[installed[i] / 64] |= 1ULL << (63 - installed[i] % 64);
}

bool facility_installed(unsigned bit)
{
    for (unsigned i = 0; i < sizeof installed / sizeof installed[0]; i++)
        if (installed[i] == bit)
            return true;
    return false;
}
