/* <stdio.h> subset of the guest runtime: console output only. */
#ifndef ZRT_STDIO_H
#define ZRT_STDIO_H

#include <stdarg.h>
#include <stddef.h>

#define EOF (-1)

/* Conversions: d i u o x X c s p %; flags - + space # 0; width and precision (also *);
 * length modifiers hh h l ll z j t. */
int printf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
int vprintf(const char *fmt, va_list ap) __attribute__((format(printf, 1, 0)));
int sprintf(char *buf, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
int snprintf(char *buf, size_t size, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
int vsnprintf(char *buf, size_t size, const char *fmt, va_list ap)
    __attribute__((format(printf, 3, 0)));
int putchar(int c);
int puts(const char *s);

#endif
