/* The smallest guest: one line on the SCLP console, then a normal end. */
#include <stdio.h>

int main(void)
{
    printf("Hello from zsie: a z/Architecture guest, %d-bit, on the SCLP console.\n",
           (int)(sizeof(void *) * 8));
    return 0;
}
