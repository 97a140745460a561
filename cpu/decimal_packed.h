/* Packed-decimal operands (PoP chapter 8, "Decimal-Number Formats"): an operand of n bytes
 * (1..16) holds 2n-1 digits and a sign in the rightmost four bits.  Digit codes 0-9 are valid;
 * sign codes A-F are valid, B and D meaning minus; C and D are the preferred signs that
 * results carry.  Values are handled as sign and a 128-bit magnitude (31 digits < 2^103). */
#ifndef ZSIE_DECIMAL_PACKED_H
#define ZSIE_DECIMAL_PACKED_H

#include <stdbool.h>
#include <stdint.h>

#include "cpu.h"

typedef unsigned __int128 dec_mag;

struct dec {
    dec_mag mag;
    bool neg;
};

#define DEC_BAD_DIGIT 1u
#define DEC_BAD_SIGN 2u
#define DEC_SIGN_PLUS 0xC
#define DEC_SIGN_MINUS 0xD
#define DEC_MAX_BYTES 16

/* 10^k for k = 0..38. */
static inline dec_mag dec_pow10(unsigned k)
{
    dec_mag p = 1;
    while (k--)
        p *= 10;
    return p;
}

/* Parse n bytes of packed decimal; returns DEC_BAD_* flags (0 when valid). */
static inline unsigned dec_parse(const uint8_t *b, unsigned n, struct dec *out)
{
    dec_mag m = 0;
    unsigned bad = 0;
    for (unsigned i = 0; i < n; i++) {
        unsigned hi = b[i] >> 4, lo = b[i] & 0xF;
        if (hi > 9)
            bad |= DEC_BAD_DIGIT;
        m = m * 10 + hi;
        if (i + 1 < n) {
            if (lo > 9)
                bad |= DEC_BAD_DIGIT;
            m = m * 10 + lo;
        }
    }
    unsigned sign = b[n - 1] & 0xF;
    if (sign < 0xA)
        bad |= DEC_BAD_SIGN;
    out->mag = m;
    out->neg = sign == 0xB || sign == 0xD;
    return bad;
}

/* Write the rightmost 2n-1 digits of mag and the preferred sign into n bytes. */
static inline void dec_format(dec_mag mag, bool neg, unsigned n, uint8_t *b)
{
    /* two 64-bit halves of at most 16 digits each keep the 128-bit divisions to one */
    const uint64_t e16 = 10000000000000000ULL;
    uint64_t part[2] = {(uint64_t)(mag % e16), (uint64_t)(mag / e16 % e16)};
    unsigned ndig = 2 * n - 1;
    uint8_t digit[32];
    for (unsigned i = 0; i < ndig; i++) { /* digit[0] is the rightmost */
        uint64_t *p = &part[i < 16 ? 0 : 1];
        digit[i] = (uint8_t)(*p % 10);
        *p /= 10;
    }
    b[n - 1] = (uint8_t)(digit[0] << 4 | (neg ? DEC_SIGN_MINUS : DEC_SIGN_PLUS));
    for (unsigned j = 1; j < n; j++) {
        unsigned i = 2 * j; /* byte n-1-j holds digits 2j (left) and 2j-1 (right) */
        b[n - 1 - j] = (uint8_t)(digit[i] << 4 | digit[i - 1]);
    }
}

/* The data exception of the decimal instructions: DXC 0 (decimal operand data). */
static inline int dec_data_exception(struct cpu *cpu)
{
    cpu->dxc = 0;
    return PGM_DATA;
}

#endif
