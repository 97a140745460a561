/* An example plug-in of a type declared in configuration (examples/policy/typetest.decl):
 * one function per argument type, so the tests can see each one pass through libffi.
 *   typetest plugin:libzsie_typetest.so */
#include <stdint.h>
#include <string.h>

static int started;

uint32_t typetest_api_version(void)
{
    return 3;
}
int32_t typetest_start(const char *arg)
{
    (void)arg;
    started++;
    return 0;
}
int32_t typetest_add_i32(int32_t a, int32_t b)
{
    return a + b;
}
uint32_t typetest_add_u32(uint32_t a, uint32_t b)
{
    return a + b;
}
int64_t typetest_add_i64(int64_t a, int64_t b)
{
    return a + b;
}
uint64_t typetest_add_u64(uint64_t a, uint64_t b)
{
    return a + b;
}
double typetest_scale(double a, double b)
{
    return a * b;
}
uint64_t typetest_length(const char *s)
{
    return strlen(s);
}
/* the pointer is to an int64 the caller owns: add one to it, return the old value */
int64_t typetest_bump(int64_t *p)
{
    return (*p)++;
}
/* all kinds at once: checks argument order and widths in one call */
double typetest_mixed(int32_t a, uint32_t b, int64_t c, uint64_t d, double e, const char *s)
{
    return (double)a + (double)b + (double)c + (double)d + e + (double)strlen(s);
}
const char *typetest_greeting(void)
{
    return started ? "started" : "not started";
}
void typetest_nothing(void)
{
}
