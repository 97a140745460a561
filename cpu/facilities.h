/* The facility list (PoP "Facility Indications"): what STFL, STFLE and the SCLP read-info
 * report.  Built in one place from what zsie implements. */
#ifndef ZSIE_FACILITIES_H
#define ZSIE_FACILITIES_H

#include <stdbool.h>
#include <stdint.h>

#define FACILITY_DWORDS 2 /* facility bits 0-127 */

/* The list as STFLE stores it: facility n is bit n, bit 0 = leftmost bit of doubleword 0. */
void facility_list(uint64_t list[FACILITY_DWORDS]);
bool facility_installed(unsigned bit);

#endif
