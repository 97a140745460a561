/* Dynamic address translation (PoP chapter 3, "Dynamic Address Translation"): region, segment
 * and page tables designated by an ASCE, 4 KiB pages and EDAT-1 1 MiB frames. */
#ifndef ZSIE_DAT_H
#define ZSIE_DAT_H

#include "cpu.h"

/* Translate logical address va under the current PSW (DAT on) into a real address.
 * Returns 0, or a program-interruption code with cpu->teid set as the architecture says.
 * *dat_protected is set when a page- or segment-protection bit applies to the entry. */
int dat_translate(struct cpu *cpu, uint64_t va, enum access acc, uint64_t *real, bool *dat_protected);

#endif
