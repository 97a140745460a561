/* EBCDIC code page 037 <-> ISO 8859-1 (the code page is a permutation of the 256 bytes). */
#ifndef ZSIE_EBCDIC_H
#define ZSIE_EBCDIC_H

#include <stdint.h>

uint8_t cp037_to_latin1(uint8_t e);
uint8_t latin1_to_cp037(uint8_t a);

#endif
