/* The master instruction table, generated from insn_list.h: first the handler declarations
 * (weak, so that an unwritten handler is NULL), then the descriptor array. */
#include "insn.h"

#define INSN(mn, op, fmt, lvl, flags, fn) extern int fn(struct cpu *, const struct insn *) __attribute__((weak));
#include "insn_list.h"
#undef INSN

const struct insn_desc insn_table[] = {
#define INSN(mn, op, fmt, lvl, flags, fn) {#mn, op, FMT_##fmt, LVL_##lvl, flags, fn},
#include "insn_list.h"
#undef INSN
};

const unsigned insn_table_len = sizeof insn_table / sizeof insn_table[0];
