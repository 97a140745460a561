/* printf and snprintf: flags, widths, precisions and length modifiers, compared with the
 * host C library; also hand-written decimal conversions. */
#include "tcommon.h"

static char *utoa_rev(unsigned long long v, unsigned base, char *end)
{
    *--end = '\0';
    do {
        *--end = "0123456789abcdefghijklmnopqrstuvwxyz"[v % base];
        v /= base;
    } while (v);
    return end;
}

int main(void)
{
    static const long long vals[] = {0, 1, -1, 42, -42, 255, 65535, 2147483647, -2147483648LL,
        4294967295LL, 9223372036854775807LL, -9223372036854775807LL - 1};
    for (size_t i = 0; i < sizeof vals / sizeof vals[0]; i++) {
        long long v = OPAQUE(vals[i]);
        int iv = (int)v;
        unsigned uv = (unsigned)v;
        printf("[%d] [%5d] [%-5d] [%05d] [%+d] [% d] [%.3d] [%8.3d] [%-8.3d|]\n", iv, iv, iv, iv,
               iv, iv, iv, iv, iv);
        printf("[%u] [%x] [%X] [%#x] [%#X] [%o] [%#o] [%08x] [%#010x] [%.0u]\n", uv, uv, uv, uv,
               uv, uv, uv, uv, uv, uv);
        printf("[%lld] [%llu] [%llx] [%20lld] [%-20lld|] [%+.25lld]\n", v, (unsigned long long)v,
               (unsigned long long)v, v, v, v);
        printf("[%ld] [%lx] [%hd] [%hu] [%hhd] [%hhu] [%hx] [%zu] [%jd]\n", (long)v,
               (unsigned long)v, (short)v, (unsigned short)v, (signed char)v, (unsigned char)v,
               (unsigned short)v, (size_t)v, (intmax_t)v);
    }
    printf("[%s] [%10s] [%-10s|] [%.2s] [%*s] [%-*s|] [%.*s]\n", "abc", "abc", "abc", "abc", 6,
           "xy", 6, "xy", 3, "abcdef");
    printf("[%c] [%3c] [%-3c|] [%%]\n", 'A', 'B', 'C');
    printf("[%*d] [%-*d] [%.*d]\n", -6, 12, 4, 7, 4, 3);

    char buf[16];
    size_t size = sizeof buf;
    int n = snprintf(buf, OPAQUE(size), "%s-%d-%x", "truncate me please", 123456, 0xabcdefu);
    printf("snprintf returned %d, kept \"%s\"\n", n, buf);
    size_t one = 1;
    n = snprintf(buf, OPAQUE(one), "%d", 99);
    printf("snprintf size 1: %d \"%s\"\n", n, buf);
    n = snprintf(NULL, 0, "%lld", vals[10]);
    printf("snprintf NULL: %d\n", n);
    char big[200];
    n = sprintf(big, "%8.3d|%-+6d|%#.5o|%#.3x", 5, 17, 8u, 1u);
    printf("sprintf %d: %s\n", n, big);

    /* Hand-made conversions: every base, through division and remainder. */
    char tmp[80];
    for (unsigned base = 2; base <= 36; base += 5) {
        unsigned long long v = OPAQUE(vals[10]);
        printf("base %2u: %s\n", base, utoa_rev(v, base, tmp + sizeof tmp));
    }
    for (long long v = -1000000; v <= 1000000; v += 333333) {
        char *p = utoa_rev((unsigned long long)(v < 0 ? -v : v), 10, tmp + sizeof tmp);
        printf("decimal %s%s\n", v < 0 ? "-" : "", p);
    }
    return 0;
}
