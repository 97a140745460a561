/* <stdlib.h> subset of the guest runtime. */
#ifndef ZRT_STDLIB_H
#define ZRT_STDLIB_H

#include <stddef.h>

#define EXIT_SUCCESS 0
#define EXIT_FAILURE 1

__attribute__((noreturn)) void exit(int status);
__attribute__((noreturn)) void abort(void);

/* A bump allocator over a fixed arena; free() releases nothing. */
void *malloc(size_t n);
void *calloc(size_t count, size_t n);
void free(void *p);

void qsort(void *base, size_t count, size_t size, int (*cmp)(const void *, const void *));

int abs(int x);
long labs(long x);
long long llabs(long long x);
int atoi(const char *s);
long strtol(const char *s, char **end, int base);
unsigned long strtoul(const char *s, char **end, int base);

#endif
