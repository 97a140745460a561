/* <math.h> subset of the guest runtime (hardware BFP instructions, no errno). */
#ifndef ZRT_MATH_H
#define ZRT_MATH_H

double sqrt(double x);
float sqrtf(float x);
double fabs(double x);
float fabsf(float x);

#endif
