/* Loading an image into absolute storage, and the PSW it starts with.
 *   ELF (64-bit, big-endian, EM_S390): each PT_LOAD segment at p_paddr (file bytes, then zeros
 *     to p_memsz); start at e_entry in the 64-bit addressing mode with every interruption
 *     disabled (mask 0x0000000180000000), as QEMU starts a -kernel image.
 *   anything else: a flat image copied to absolute 0 and started from the 8-byte ESA/390 IPL
 *     PSW at absolute 0, turned into its z/Architecture form. */
#ifndef ZSIE_LOADER_H
#define ZSIE_LOADER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "storage.h"

#define LOADER_ELF_START_MASK 0x0000000180000000ULL /* EA + BA */
#define LOADER_CMDLINE_ADDR 0x10480                  /* kernel command line (Linux/s390) */
#define LOADER_CMDLINE_MAX 896                       /* bytes, with the terminating NUL */

struct load_result {
    bool elf;
    uint64_t psw_mask; /* z/Architecture PSW to start CPU 0 with */
    uint64_t psw_ia;
    uint64_t bytes;    /* bytes placed in storage */
};

/* Load the image data[0..size) into mem.  On error returns -1 and puts one line (an
 * "Exxx ..." message without the program name) in err. */
int load_image(struct storage *mem, const uint8_t *data, size_t size, struct load_result *out, char *err,
               size_t errlen);

/* Read the file and load it; a missing or unreadable file is an error too. */
int load_image_file(struct storage *mem, const char *path, struct load_result *out, char *err, size_t errlen);

/* Turn an ESA/390 8-byte PSW into the z/Architecture mask and address that loading it with
 * LOAD PSW would give: bit 12 (one in a valid ESA/390 PSW) inverts, bit 32 becomes the
 * basic-addressing-mode bit, bits 33-63 the address.  A bit-12-zero PSW thus stays invalid. */
void psw_from_esa390(uint64_t esa, uint64_t *mask, uint64_t *ia);

/* Place the command line at LOADER_CMDLINE_ADDR.  Returns -1 with a message if it is too
 * long or storage is too small. */
int load_cmdline(struct storage *mem, const char *text, char *err, size_t errlen);

#endif
