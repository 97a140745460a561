/* The master instruction table: the single source of truth for decode, dispatch, disassembly,
 * tracing and the coverage listing (`zsie insns`).  Included by insn_table.c only.
 *
 *   INSN(mnemonic, opcode as the PoP writes it, format, level introduced, flags, handler)
 *
 * A handler that is not yet written is a weak reference that resolves to NULL, so the
 * instruction decodes as an operation exception and `zsie insns` lists it as missing.
 * Rows are grouped by the file that implements them; keep each group in opcode order. */

/* ---- fixed point: loads, stores, arithmetic, logical, compare, multiply/divide, insert,
 *      load/store on condition (insn_load.c, insn_arith.c, insn_logical.c, insn_compare.c,
 *      insn_muldiv.c) ---- */
INSN(LR, "18", RR, Z900, 0, op_LR)
INSN(AR, "1A", RR, Z900, F_CC, op_AR)
INSN(LHI, "A78", RI, Z900, 0, op_LHI)
INSN(LGHI, "A79", RI, Z900, 0, op_LGHI)
INSN(LGR, "B904", RRE, Z900, 0, op_LGR)

/* ---- branches, shifts and rotates, compare-and-branch, address loading
 *      (insn_branch.c, insn_shift.c, insn_rotate.c) ---- */
INSN(BCR, "07", RR, Z900, F_BRANCH, op_BCR)
INSN(BRC, "A74", RI_REL, Z900, F_BRANCH, op_BRC)
INSN(BRCT, "A76", RI_REL, Z900, F_BRANCH, op_BRCT)

/* ---- storage-to-storage, strings, EXECUTE, compare-and-swap, decimal
 *      (insn_ss.c, insn_string.c, insn_execute.c, insn_atomic.c, insn_decimal.c) ---- */

/* ---- floating point: FPR loads/stores, FPC, BFP short/long/extended
 *      (insn_fpr.c, insn_bfp.c, ...) ---- */

/* ---- control: PSW, control registers, prefix, clocks, storage keys, DAT, SVC, MC,
 *      facility and identity, SIGP/SERVC/DIAGNOSE hooks (insn_control.c, insn_keys.c,
 *      insn_dat.c, insn_clock.c) ---- */
INSN(LPSWE, "B2B2", S, Z900, F_PRIV | F_BRANCH | F_SYS, op_LPSWE)
