/* A guest that fails on purpose: an invalid operation code.  The runtime reports the program
 * interruption on the console and stops in a disabled wait at 0xBAD00001 (code 1). */
#include <stdio.h>

int main(void)
{
    printf("fault: executing an invalid instruction\n");
    __asm__ volatile(".word 0x0000"); /* operation exception, ILC 1 */
    printf("fault: still running after the invalid instruction\n");
    return 0;
}
