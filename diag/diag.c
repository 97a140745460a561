/* DIAGNOSE dispatch: one table by function code / 4, the installation range per CP. */
#include "diag.h"

#include <sched.h>

#include "access.h"

/* X'044' time-slice end: the virtual CPU gives up the rest of its slice.  The condition code
 * and registers are unchanged. */
static int diag_044(struct cp_icpt *ic)
{
    (void)ic;
    sched_yield();
    return CP_DONE;
}

/* X'09C' directed yield: the CPU whose address is in R1 should run instead.  Each virtual
 * CPU has a host thread of its own, so yielding the host CPU is all that can be done. */
static int diag_09c(struct cp_icpt *ic)
{
    (void)ic;
    sched_yield();
    return CP_DONE;
}

static cp_handler_fn *const builtin[DIAG_CODE_MAX / 4 + 1] = {
    [DIAG_CP_COMMAND / 4] = diag_008,
    [DIAG_TIME_SLICE_END / 4] = diag_044,
    [DIAG_DIRECTED_YIELD / 4] = diag_09c,
};

unsigned diag_code(const struct cp_icpt *ic)
{
    return (unsigned)(ea_bd(ic->cpu, ic->in.b2, ic->in.d2) & 0xFFFF);
}

int diag_install(struct cp *cp, unsigned code, cp_handler_fn *fn)
{
    if (code < DIAG_INSTALL_FIRST || code > DIAG_INSTALL_LAST || (code & 3))
        return -1;
    cp->diag_installed[(code - DIAG_INSTALL_FIRST) / 4] = fn;
    return 0;
}

int diag_dispatch(struct cp_icpt *ic)
{
    if (problem_state(ic->cpu))
        return PGM_PRIVILEGED;
    unsigned code = diag_code(ic);
    if ((code & 3) || code > DIAG_CODE_MAX)
        return PGM_SPECIFICATION;
    cp_handler_fn *fn = builtin[code / 4];
    if (code >= DIAG_INSTALL_FIRST && code <= DIAG_INSTALL_LAST && ic->v && ic->v->vm && ic->v->vm->cp)
        fn = ic->v->vm->cp->diag_installed[(code - DIAG_INSTALL_FIRST) / 4];
    if (ic->v && ic->v->vm)
        __atomic_fetch_add(&ic->v->vm->counts.diag[code / 4], 1, __ATOMIC_RELAXED);
    if (!fn)
        return PGM_SPECIFICATION;
    int rc = fn(ic);
    return rc == CP_NOT_HANDLED ? PGM_SPECIFICATION : rc;
}
