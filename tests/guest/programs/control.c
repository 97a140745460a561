/* Control flow: dense and sparse switches (jump tables and compare chains), recursion and
 * mutual recursion, function pointers, structs passed and returned by value, variadic
 * functions, goto, and short-circuit evaluation. */
#include <stdarg.h>

#include "tcommon.h"

static int dense(int x)
{
    switch (x) {
    case 0: return 11;
    case 1: return 22;
    case 2: return 35;
    case 3: return 47;
    case 4: return 51;
    case 5: return 68;
    case 6: return 73;
    case 7: return 89;
    case 8: return 90;
    case 9: return 104;
    case 10: return 117;
    case 11: return 120;
    default: return -1;
    }
}

static const char *sparse(long x)
{
    switch (x) {
    case -1000000: return "minus a million";
    case -7: return "minus seven";
    case 0: return "zero";
    case 13: return "thirteen";
    case 4096: return "page";
    case 65536: return "64K";
    case 2147483647: return "int max";
    case 1L << 40: return "2^40";
    default: return "other";
    }
}

static unsigned ackermann(unsigned m, unsigned n)
{
    if (m == 0)
        return n + 1;
    if (n == 0)
        return ackermann(m - 1, 1);
    return ackermann(m - 1, ackermann(m, n - 1));
}

static uint64_t fib(unsigned n)
{
    return n < 2 ? n : fib(n - 1) + fib(n - 2);
}

static int is_odd(unsigned n);
static int is_even(unsigned n)
{
    return n == 0 ? 1 : is_odd(n - 1);
}
static int is_odd(unsigned n)
{
    return n == 0 ? 0 : is_even(n - 1);
}

static unsigned hanoi_moves;
static void hanoi(int n, int from, int to, int via)
{
    if (!n)
        return;
    hanoi(n - 1, from, via, to);
    hanoi_moves++;
    hanoi(n - 1, via, to, from);
}

typedef int64_t (*binop)(int64_t, int64_t);
static int64_t op_add(int64_t a, int64_t b) { return a + b; }
static int64_t op_sub(int64_t a, int64_t b) { return a - b; }
static int64_t op_mul(int64_t a, int64_t b) { return a * b; }
static int64_t op_max(int64_t a, int64_t b) { return a > b ? a : b; }

struct vec3 {
    double x, y, z;
};
struct pair {
    int32_t lo;
    int8_t tag;
};

static struct vec3 cross(struct vec3 a, struct vec3 b)
{
    struct vec3 r = {a.y * b.z - a.z * b.y, a.z * b.x - a.x * b.z, a.x * b.y - a.y * b.x};
    return r;
}

static struct pair make_pair(int32_t lo, int8_t tag)
{
    struct pair p = {lo * 2, (int8_t)(tag + 1)};
    return p;
}

static long vsum(int count, ...)
{
    va_list ap;
    va_start(ap, count);
    long s = 0;
    for (int i = 0; i < count; i++) {
        if (i % 3 == 2)
            s += (long)va_arg(ap, double);
        else if (i % 3 == 1)
            s += va_arg(ap, long long);
        else
            s += va_arg(ap, int);
    }
    va_end(ap);
    return s;
}

static int calls;
static int side(int v)
{
    calls++;
    return v;
}

int main(void)
{
    int acc = 0;
    for (int i = -2; i < 14; i++)
        acc = acc * 3 + dense(OPAQUE(i));
    printf("dense switch: %d\n", acc);
    static const long sv[] = {-1000000, -7, 0, 13, 4096, 65536, 2147483647, 1L << 40, 5, -1};
    for (size_t i = 0; i < sizeof sv / sizeof sv[0]; i++)
        printf("sparse %ld: %s\n", sv[i], sparse(OPAQUE(sv[i])));

    printf("ackermann(2,3)=%u ackermann(3,3)=%u\n", ackermann(2, 3), ackermann(3, 3));
    printf("fib(25)=%llu\n", (unsigned long long)fib(OPAQUE(acc) ? 25 : 24));
    printf("is_even(1001)=%d is_odd(777)=%d\n", is_even(1001), is_odd(777));
    hanoi(12, 1, 3, 2);
    printf("hanoi(12) moves=%u\n", hanoi_moves);

    static const binop ops[] = {op_add, op_sub, op_mul, op_max};
    int64_t v = 1;
    for (int i = 0; i < 40; i++)
        v = ops[i % 4](v, (int64_t)(i * 7 - 20)) % 1000003;
    printf("function pointers: %lld\n", (long long)v);

    struct vec3 a = {1.0, 2.0, 3.0}, b = {-4.0, 0.5, 2.0};
    struct vec3 c = cross(a, b);
    print_fixed("cross.x", c.x);
    print_fixed("cross.y", c.y);
    print_fixed("cross.z", c.z);
    struct pair p = make_pair(-21, 126);
    printf("pair %d %d\n", p.lo, p.tag);

    printf("varargs %ld\n", vsum(7, 1, 2LL, 3.9, -4, 5000000000LL, -6.5, 7));

    /* goto-based loop and early exits. */
    int n = 0, k = 0;
again:
    if (n < 10) {
        n++;
        if (n % 3 == 0)
            goto again;
        k += n;
        goto again;
    }
    printf("goto loop: n=%d k=%d\n", n, k);
    int r = (side(0) && side(1)) || (side(2) && side(0)) || side(3);
    printf("short circuit: r=%d calls=%d\n", r, calls);
    int found = -1;
    for (int i = 0; i < 10 && found < 0; i++)
        for (int j = 0; j < 10; j++) {
            if (j > i)
                break;
            if (i * j == 42) {
                found = i * 10 + j;
                break;
            }
        }
    printf("nested search: %d\n", found);
    return 0;
}
