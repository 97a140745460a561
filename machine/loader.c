/* Image loading: ELF by program headers, or a flat image with its IPL PSW.  Every field of
 * the file is checked before any byte reaches storage, so a bad image leaves storage as it
 * was and yields one message. */
#include "loader.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cpu.h"

/* ELF64 file header fields (offsets). */
#define EH_CLASS 4      /* 1 ELFCLASS32, 2 ELFCLASS64 */
#define EH_DATA 5       /* 1 little-endian, 2 big-endian */
#define EH_VERSION 6
#define EH_TYPE 16      /* 2 */
#define EH_MACHINE 18   /* 2 */
#define EH_ENTRY 24     /* 8 */
#define EH_PHOFF 32     /* 8 */
#define EH_PHENTSIZE 54 /* 2 */
#define EH_PHNUM 56     /* 2 */
#define EH_SIZE 64
/* ELF64 program header fields. */
#define PH_TYPE 0    /* 4 */
#define PH_OFFSET 8  /* 8 */
#define PH_PADDR 24  /* 8 */
#define PH_FILESZ 32 /* 8 */
#define PH_MEMSZ 40  /* 8 */
#define PH_SIZE 56

#define ELFCLASS64 2
#define ELFDATA2MSB 2
#define ET_EXEC 2
#define ET_DYN 3
#define EM_S390 22
#define PT_LOAD 1

/* QEMU starts Linux kernels whose entry is the old SALIPL loader (0x800) at 0x10000. */
#define LINUX_OLD_ENTRY 0x800
#define LINUX_START 0x10000

static int fail(char *err, size_t errlen, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err, errlen, fmt, ap);
    va_end(ap);
    return -1;
}

void psw_from_esa390(uint64_t esa, uint64_t *mask, uint64_t *ia)
{
    uint64_t m = (esa & 0xFFFFFFFF00000000ULL) ^ PSW_ESA_FORMAT;
    if (esa & 0x80000000ULL)
        m |= PSW_BA;
    *mask = m;
    *ia = esa & 0x7FFFFFFFULL;
}

static int load_flat(struct storage *mem, const uint8_t *data, size_t size, struct load_result *out, char *err,
                     size_t errlen)
{
    if (size < 8)
        return fail(err, errlen, "E027 flat image of %zu bytes has no 8-byte IPL PSW", size);
    if (size > mem->size)
        return fail(err, errlen, "E022 image of %zu bytes is larger than storage (%llu bytes)", size,
                    (unsigned long long)mem->size);
    memcpy(mem->bytes, data, size);
    out->elf = false;
    out->bytes = size;
    psw_from_esa390(ld_be64(data), &out->psw_mask, &out->psw_ia);
    return 0;
}

static int load_elf(struct storage *mem, const uint8_t *data, size_t size, struct load_result *out, char *err,
                    size_t errlen)
{
    if (size < EH_SIZE)
        return fail(err, errlen, "E023 truncated ELF: %zu bytes, the file header needs %d", size, EH_SIZE);
    if (data[EH_CLASS] != ELFCLASS64 || data[EH_DATA] != ELFDATA2MSB || ld_be16(data + EH_MACHINE) != EM_S390)
        return fail(err, errlen, "E024 not an s390x ELF (need 64-bit, big-endian, EM_S390; class %u, data %u)",
                    data[EH_CLASS], data[EH_DATA]);
    if (data[EH_VERSION] != 1)
        return fail(err, errlen, "E023 malformed ELF: version %u", data[EH_VERSION]);
    unsigned type = ld_be16(data + EH_TYPE);
    if (type != ET_EXEC && type != ET_DYN)
        return fail(err, errlen, "E023 malformed ELF: type %u is not an executable", type);
    uint64_t phoff = ld_be64(data + EH_PHOFF);
    unsigned phentsize = ld_be16(data + EH_PHENTSIZE), phnum = ld_be16(data + EH_PHNUM);
    if (phnum == 0)
        return fail(err, errlen, "E023 malformed ELF: no program headers");
    if (phentsize < PH_SIZE)
        return fail(err, errlen, "E023 malformed ELF: program header size %u", phentsize);
    if (phoff > size || (uint64_t)phentsize * phnum > size - phoff)
        return fail(err, errlen, "E023 truncated ELF: program headers end past the file (%zu bytes)", size);

    /* check every segment first: nothing is stored unless all of them fit */
    unsigned loads = 0;
    for (unsigned pass = 0; pass < 2; pass++) {
        for (unsigned i = 0; i < phnum; i++) {
            const uint8_t *ph = data + phoff + (uint64_t)i * phentsize;
            if (ld_be32(ph + PH_TYPE) != PT_LOAD)
                continue;
            uint64_t off = ld_be64(ph + PH_OFFSET), paddr = ld_be64(ph + PH_PADDR);
            uint64_t filesz = ld_be64(ph + PH_FILESZ), memsz = ld_be64(ph + PH_MEMSZ);
            if (pass == 0) {
                if (filesz > memsz)
                    return fail(err, errlen, "E023 malformed ELF: segment %u has file size %llu > memory size %llu",
                                i, (unsigned long long)filesz, (unsigned long long)memsz);
                if (off > size || filesz > size - off)
                    return fail(err, errlen, "E023 truncated ELF: segment %u ends past the file (%zu bytes)", i,
                                size);
                if (!storage_valid(mem, paddr, memsz))
                    return fail(err, errlen,
                                "E025 ELF segment %u at 0x%llx, %llu bytes, lies outside storage (%llu bytes)", i,
                                (unsigned long long)paddr, (unsigned long long)memsz,
                                (unsigned long long)mem->size);
                loads++;
            } else {
                memcpy(mem->bytes + paddr, data + off, filesz);
                memset(mem->bytes + paddr + filesz, 0, memsz - filesz); /* bss */
                out->bytes += memsz;
            }
        }
        if (pass == 0 && !loads)
            return fail(err, errlen, "E023 malformed ELF: no loadable (PT_LOAD) segment");
    }
    uint64_t entry = ld_be64(data + EH_ENTRY);
    out->elf = true;
    out->psw_mask = LOADER_ELF_START_MASK;
    out->psw_ia = entry == LINUX_OLD_ENTRY ? LINUX_START : entry;
    return 0;
}

int load_image(struct storage *mem, const uint8_t *data, size_t size, struct load_result *out, char *err,
               size_t errlen)
{
    memset(out, 0, sizeof *out);
    if (size >= 4 && data[0] == 0x7F && data[1] == 'E' && data[2] == 'L' && data[3] == 'F')
        return load_elf(mem, data, size, out, err, errlen);
    return load_flat(mem, data, size, out, err, errlen);
}

int load_image_file(struct storage *mem, const char *path, struct load_result *out, char *err, size_t errlen)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return fail(err, errlen, "E020 cannot open image '%s': %s", path, strerror(errno));
    /* read in chunks: the file may be a pipe; stop once it is larger than storage */
    size_t cap = 1 << 16, len = 0;
    uint64_t limit = mem->size + (1 << 20); /* an ELF may carry more than it loads */
    uint8_t *buf = malloc(cap);
    int rc = -1;
    if (!buf) {
        fail(err, errlen, "E021 out of memory reading '%s'", path);
        goto out;
    }
    for (;;) {
        if (len == cap) {
            if (cap > limit) {
                fail(err, errlen, "E022 image '%s' is larger than storage (%llu bytes)", path,
                     (unsigned long long)mem->size);
                goto out;
            }
            uint8_t *n = realloc(buf, cap * 2);
            if (!n) {
                fail(err, errlen, "E021 out of memory reading '%s'", path);
                goto out;
            }
            buf = n;
            cap *= 2;
        }
        size_t got = fread(buf + len, 1, cap - len, f);
        len += got;
        if (got == 0)
            break;
    }
    if (ferror(f)) {
        fail(err, errlen, "E021 cannot read image '%s': %s", path, strerror(errno));
        goto out;
    }
    rc = load_image(mem, buf, len, out, err, errlen);
out:
    free(buf);
    fclose(f);
    return rc;
}

int load_cmdline(struct storage *mem, const char *text, char *err, size_t errlen)
{
    size_t n = strlen(text) + 1;
    if (n > LOADER_CMDLINE_MAX)
        return fail(err, errlen, "E017 --append text of %zu bytes is longer than %d", n - 1,
                    LOADER_CMDLINE_MAX - 1);
    if (!storage_valid(mem, LOADER_CMDLINE_ADDR, n))
        return fail(err, errlen, "E017 storage too small for the command line at 0x%x", LOADER_CMDLINE_ADDR);
    memcpy(mem->bytes + LOADER_CMDLINE_ADDR, text, n);
    return 0;
}
