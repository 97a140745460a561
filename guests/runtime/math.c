/* <math.h> functions on the BFP instructions (no errno: a guest has none). */
#include <math.h>

double sqrt(double x)
{
    double r;
    __asm__("sqdbr %0,%1" : "=f"(r) : "f"(x));
    return r;
}

float sqrtf(float x)
{
    float r;
    __asm__("sqebr %0,%1" : "=f"(r) : "f"(x));
    return r;
}

double fabs(double x)
{
    return __builtin_fabs(x);
}

float fabsf(float x)
{
    return __builtin_fabsf(x);
}
