/* Reports an unexpected interruption on the console, then stops in a disabled wait whose
 * address names it (lowcore.h).  start.S has already made any further interruption a wait. */
#include <stdio.h>

#include "lowcore.h"
#include "zrt.h"

__attribute__((noreturn)) void rt_fault(int kind, unsigned code, unsigned long address,
                                        unsigned ilc_field);

void rt_fault(int kind, unsigned code, unsigned long address, unsigned ilc_field)
{
    static const char *const names[] = {"program", "external", "supervisor-call"};
    static const unsigned long waits[] = {WAIT_PGM, WAIT_EXT, WAIT_SVC};
    rt_console_flush();
    if (kind == 0)
        printf("zrt: %s interruption code 0x%04x, ILC %u, old PSW address 0x%lx\n", names[kind],
               code, (ilc_field >> 1) & 3, address);
    else
        printf("zrt: %s interruption code 0x%04x, old PSW address 0x%lx\n", names[kind], code,
               address);
    rt_console_flush();
    rt_halt(waits[kind] | (code & 0xFFFF));
}
