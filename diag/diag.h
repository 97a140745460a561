/* DIAGNOSE under the control program: the dispatch by function code (facts.md 3).
 *
 *   83 R1 R3 B2 D2: the function code is (B2)+D2, low 16 bits; no storage is addressed
 *   through it.  Guest problem state: privileged-operation exception, checked first.  A code
 *   that is not a multiple of 4, or that no handler takes: specification exception.
 *
 * Every handler has the one CP handler signature (cp/cp.h); CP_NOT_HANDLED from a handler is
 * an ordinary outcome that becomes the specification exception.  Codes X'100'-X'1FC' are
 * for installation use (z/VM's MODIFY DIAGNOSE range): diag_install() fills them. */
#ifndef ZSIE_DIAG_H
#define ZSIE_DIAG_H

#include "cp/cp.h"

#define DIAG_CODE_MAX 0xFFC
#define DIAG_INSTALL_FIRST 0x100
#define DIAG_INSTALL_LAST 0x1FC

/* Codes the CP knows. */
#define DIAG_CP_COMMAND 0x008   /* virtual console function: issue a CP command */
#define DIAG_TIME_SLICE_END 0x044
#define DIAG_DIRECTED_YIELD 0x09C

/* Dispatch the intercepted DIAGNOSE in ic: CP_DONE, a program-interruption code, or an
 * EXEC_* outcome (never CP_NOT_HANDLED). */
int diag_dispatch(struct cp_icpt *ic);

/* The function code of the intercepted DIAGNOSE. */
unsigned diag_code(const struct cp_icpt *ic);

/* Install a handler for an installation code (X'100'-X'1FC', a multiple of 4) in cp.
 * Returns 0, or -1 for a code outside that range. */
int diag_install(struct cp *cp, unsigned code, cp_handler_fn *fn);

/* X'008': the CP command the guest gives (EBCDIC) and its response (diag/diag_cpcmd.c).
 * cmd/len: the command in ASCII; writes the response lines (ASCII, each ending in '\n') to
 * out (room bytes) and returns the completion code (0, or the number of the message). */
int diag_cp_command(const struct vm *vm, const char *cmd, size_t len, char *out, size_t room, size_t *out_len);
int diag_008(struct cp_icpt *ic);

#endif
