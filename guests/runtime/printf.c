/* printf family: the C conversions d i u o x X c s p %, with flags, width, precision and
 * length modifiers, producing what glibc produces for them (the guest tests compare). */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "zrt.h"

struct sink {
    char *buf;    /* NULL: the console */
    size_t size;  /* room in buf, terminator included */
    size_t count; /* characters produced so far (also past size) */
};

static void emit(struct sink *s, char c)
{
    if (!s->buf)
        rt_console_putc(c);
    else if (s->count + 1 < s->size)
        s->buf[s->count] = c;
    s->count++;
}

static void emit_n(struct sink *s, char c, int n)
{
    while (n-- > 0)
        emit(s, c);
}

struct spec {
    int left;      /* '-' */
    int plus;      /* '+' */
    int space;     /* ' ' */
    int alt;       /* '#' */
    int zero;      /* '0' */
    int width;     /* -1: none */
    int precision; /* -1: none */
};

/* One integer conversion. `prefix` is a sign or "0x"; digits come from `v` in `base`. */
static void put_integer(struct sink *s, const struct spec *sp, unsigned long long v, unsigned base,
                        int upper, const char *prefix)
{
    const char *digit_chars = upper ? "0123456789ABCDEF" : "0123456789abcdef";
    char digits[24];
    int nd = 0;
    while (v) {
        digits[nd++] = digit_chars[v % base];
        v /= base;
    }
    int precision = sp->precision < 0 ? 1 : sp->precision;
    int zeros = precision > nd ? precision - nd : 0;
    /* "%#o" makes the first digit a zero. */
    if (base == 8 && sp->alt && zeros == 0 && (nd == 0 || digits[nd - 1] != '0'))
        zeros = 1;
    int plen = 0;
    while (prefix[plen])
        plen++;
    int len = plen + zeros + nd;
    int pad = sp->width > len ? sp->width - len : 0;
    if (sp->zero && !sp->left && sp->precision < 0) {
        zeros += pad;
        pad = 0;
    }
    if (!sp->left)
        emit_n(s, ' ', pad);
    for (int i = 0; i < plen; i++)
        emit(s, prefix[i]);
    emit_n(s, '0', zeros);
    while (nd > 0)
        emit(s, digits[--nd]);
    if (sp->left)
        emit_n(s, ' ', pad);
}

static void put_string(struct sink *s, const struct spec *sp, const char *str)
{
    int len = 0;
    while (str[len] && (sp->precision < 0 || len < sp->precision))
        len++;
    int pad = sp->width > len ? sp->width - len : 0;
    if (!sp->left)
        emit_n(s, ' ', pad);
    for (int i = 0; i < len; i++)
        emit(s, str[i]);
    if (sp->left)
        emit_n(s, ' ', pad);
}

enum length { LEN_INT, LEN_CHAR, LEN_SHORT, LEN_LONG, LEN_LLONG, LEN_SIZE, LEN_MAX, LEN_PTRDIFF };

static long long signed_arg(va_list *ap, enum length len)
{
    switch (len) {
    case LEN_CHAR: return (signed char)va_arg(*ap, int);
    case LEN_SHORT: return (short)va_arg(*ap, int);
    case LEN_LONG: return va_arg(*ap, long);
    case LEN_LLONG: return va_arg(*ap, long long);
    case LEN_SIZE: return va_arg(*ap, long); /* the signed type of size_t */
    case LEN_MAX: return va_arg(*ap, intmax_t);
    case LEN_PTRDIFF: return va_arg(*ap, ptrdiff_t);
    default: return va_arg(*ap, int);
    }
}

static unsigned long long unsigned_arg(va_list *ap, enum length len)
{
    switch (len) {
    case LEN_CHAR: return (unsigned char)va_arg(*ap, unsigned);
    case LEN_SHORT: return (unsigned short)va_arg(*ap, unsigned);
    case LEN_LONG: return va_arg(*ap, unsigned long);
    case LEN_LLONG: return va_arg(*ap, unsigned long long);
    case LEN_SIZE: return va_arg(*ap, size_t);
    case LEN_MAX: return va_arg(*ap, uintmax_t);
    case LEN_PTRDIFF: return (unsigned long long)va_arg(*ap, ptrdiff_t);
    default: return va_arg(*ap, unsigned);
    }
}

static int parse_number(const char **p)
{
    int n = 0;
    while (**p >= '0' && **p <= '9')
        n = n * 10 + (*(*p)++ - '0');
    return n;
}

static void format(struct sink *s, const char *f, va_list ap_in)
{
    va_list ap;
    va_copy(ap, ap_in);
    while (*f) {
        if (*f != '%') {
            emit(s, *f++);
            continue;
        }
        const char *start = f++;
        struct spec sp = {0, 0, 0, 0, 0, -1, -1};
        for (;; f++) {
            if (*f == '-') sp.left = 1;
            else if (*f == '+') sp.plus = 1;
            else if (*f == ' ') sp.space = 1;
            else if (*f == '#') sp.alt = 1;
            else if (*f == '0') sp.zero = 1;
            else break;
        }
        if (*f == '*') {
            f++;
            sp.width = va_arg(ap, int);
            if (sp.width < 0) {
                sp.left = 1;
                sp.width = -sp.width;
            }
        } else if (*f >= '0' && *f <= '9') {
            sp.width = parse_number(&f);
        }
        if (*f == '.') {
            f++;
            if (*f == '*') {
                f++;
                sp.precision = va_arg(ap, int);
                if (sp.precision < 0)
                    sp.precision = -1;
            } else {
                sp.precision = parse_number(&f);
            }
        }
        enum length len = LEN_INT;
        if (*f == 'h') {
            f++;
            len = LEN_SHORT;
            if (*f == 'h') {
                f++;
                len = LEN_CHAR;
            }
        } else if (*f == 'l') {
            f++;
            len = LEN_LONG;
            if (*f == 'l') {
                f++;
                len = LEN_LLONG;
            }
        } else if (*f == 'z') {
            f++;
            len = LEN_SIZE;
        } else if (*f == 'j') {
            f++;
            len = LEN_MAX;
        } else if (*f == 't') {
            f++;
            len = LEN_PTRDIFF;
        }
        char conv = *f ? *f++ : '\0';
        switch (conv) {
        case 'd':
        case 'i': {
            long long v = signed_arg(&ap, len);
            unsigned long long mag = v < 0 ? 0ULL - (unsigned long long)v : (unsigned long long)v;
            const char *prefix = v < 0 ? "-" : sp.plus ? "+" : sp.space ? " " : "";
            put_integer(s, &sp, mag, 10, 0, prefix);
            break;
        }
        case 'u':
            put_integer(s, &sp, unsigned_arg(&ap, len), 10, 0, "");
            break;
        case 'o':
            put_integer(s, &sp, unsigned_arg(&ap, len), 8, 0, "");
            break;
        case 'x':
        case 'X': {
            unsigned long long v = unsigned_arg(&ap, len);
            const char *prefix = sp.alt && v ? (conv == 'x' ? "0x" : "0X") : "";
            put_integer(s, &sp, v, 16, conv == 'X', prefix);
            break;
        }
        case 'p': {
            void *p = va_arg(ap, void *);
            if (!p) {
                struct spec ns = sp;
                ns.precision = -1;
                put_string(s, &ns, "(nil)");
            } else {
                put_integer(s, &sp, (uintptr_t)p, 16, 0, "0x");
            }
            break;
        }
        case 'c': {
            char c[2] = {(char)va_arg(ap, int), 0};
            struct spec cs = sp;
            cs.precision = -1;
            if (!c[0]) { /* a NUL character still counts */
                if (!cs.left)
                    emit_n(s, ' ', cs.width - 1);
                emit(s, 0);
                if (cs.left)
                    emit_n(s, ' ', cs.width - 1);
            } else {
                put_string(s, &cs, c);
            }
            break;
        }
        case 's': {
            const char *str = va_arg(ap, const char *);
            if (!str)
                str = sp.precision < 0 || sp.precision >= 6 ? "(null)" : "";
            put_string(s, &sp, str);
            break;
        }
        case '%':
            emit(s, '%');
            break;
        default: /* not supported: print the directive as written */
            while (start < f)
                emit(s, *start++);
            break;
        }
    }
    va_end(ap);
}

int vsnprintf(char *buf, size_t size, const char *fmt, va_list ap)
{
    char dummy;
    struct sink s = {size ? buf : &dummy, size, 0};
    format(&s, fmt, ap);
    if (size)
        buf[s.count < size ? s.count : size - 1] = '\0';
    return (int)s.count;
}

int snprintf(char *buf, size_t size, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(buf, size, fmt, ap);
    va_end(ap);
    return n;
}

int sprintf(char *buf, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(buf, SIZE_MAX, fmt, ap);
    va_end(ap);
    return n;
}

int vprintf(const char *fmt, va_list ap)
{
    struct sink s = {NULL, 0, 0};
    format(&s, fmt, ap);
    return (int)s.count;
}

int printf(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vprintf(fmt, ap);
    va_end(ap);
    return n;
}

int putchar(int c)
{
    rt_console_putc((char)c);
    return (unsigned char)c;
}

int puts(const char *str)
{
    while (*str)
        rt_console_putc(*str++);
    rt_console_putc('\n');
    return 1;
}
