#!/usr/bin/env python3
"""DIAGNOSE regression corpus: run tests/diag/corpus/CODE_CASE.s on `zsie machine`, on
`zsie run` (a virtual machine under zsie's control program) and on Debian's Hercules 3.13, and
compare each run with CODE_CASE.expect, the result IBM's documents give (tests/diag/README.md).

  run_corpus.py run --zsie PATH [--mode M]... [--work DIR] [NAME...]
        M: machine, run, hercules (default machine and run).  Exit status 1 on a mismatch,
        on a pending case that passes (so pending.txt shrinks) or a case that gives no result.
  run_corpus.py report --zsie PATH [--out FILE] [--no-hercules] [--work DIR]
        every mode, then the table codes x cases (default docs/diag-report.md)
  run_corpus.py check      parse every .expect (no run)
  run_corpus.py list       the cases and their modes

Building and running Hercules are tests/hercules/difftest.py's (imported).  Python 3 standard
library only.  Messages: E1xx tool or setup problems, F2xx differences, W3xx warnings.
"""
import argparse
import concurrent.futures
import datetime
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "hercules"))
import difftest  # noqa: E402  (building, Hercules, the normalised state)

CORPUS = os.path.join(HERE, "corpus")
PENDING = os.path.join(HERE, "pending.txt")
REPORT = os.path.normpath(os.path.join(HERE, "..", "..", "docs", "diag-report.md"))
MODES = ("machine", "run", "hercules")
RES = difftest.RES_ADDR
RES_GR, RES_CC, RES_STATUS, RES_PGM = 0x3000, 0x3080, 0x3084, 0x3088
STATUS_DIAG, STATUS_PGM = 0xC4, 0xD7      # 'D', 'P' in EBCDIC
FINAL_PSW = "0002000180000000 0000000000000000"
STORAGE = "16M"                           # as Hercules' MAINSIZE 16
MAX_INSNS = "2000000"
ZSIE_TIMEOUT = 30                         # seconds per case (a hang is a failure)
HERC_CNF = difftest.HERC_CNF + "DIAG8CMD ENABLE\n"   # X'008' is served only when enabled
PREFIX = "diagcorpus"


def die(msg):
    print("%s: %s" % (PREFIX, msg), file=sys.stderr)
    sys.exit(2)


# ---- the .expect files -----------------------------------------------------------------------

class Expect:
    """One parsed CODE_CASE.expect."""

    def __init__(self, name):
        self.name = name
        self.code = name.split("_", 1)[0].upper()
        self.title = ""
        self.sources = []
        self.modes = []
        self.follows = ""
        self.notes = []
        self.options = []          # extra zsie options, both zsie modes
        self.run_options = []      # extra options of `zsie run` only
        self.checks = {}           # mode or "" -> {lhs: (op, value)}; "" applies to every mode
        self.errors = []

    def checks_for(self, mode):
        c = dict(self.checks.get("", {}))
        c.update(self.checks.get(mode, {}))
        return c


CHECK_RE = re.compile(r"(interrupt|cc|gr(?:1[0-5]|[0-9])(?:&[0-9A-Fa-f]{1,16})?|mem\s+[0-9A-Fa-f]+)"
                      r"\s*(=|!=)\s*(.+)$")


def parse_check(text):
    """'gr2&FFFFFFFF = 00000028' -> (lhs, op, value), value normalised; or an error string."""
    m = CHECK_RE.match(text.strip())
    if not m:
        return "not an expectation: %r" % text
    lhs, op, val = m.group(1).lower(), m.group(2), m.group(3).strip()
    lhs = re.sub(r"\s+", " ", lhs)
    if lhs == "interrupt":
        v = val.lower()
        if v != "none" and not re.fullmatch(r"(0x)?[0-9a-f]{1,4}", v):
            return "interrupt wants none or a hex code: %r" % val
        return (lhs, op, "none" if v == "none" else "%04X" % int(v, 16))
    if lhs == "cc":
        if val not in ("0", "1", "2", "3"):
            return "cc wants 0-3: %r" % val
        return (lhs, op, int(val))
    if lhs.startswith("gr"):
        v = val.replace("_", "").replace(" ", "")
        if not re.fullmatch(r"[0-9A-Fa-f]{1,16}", v):
            return "register value wants up to 16 hex digits: %r" % val
        reg, _, mask = lhs.partition("&")
        lhs = reg + ("&" + mask.upper().zfill(16) if mask else "")
        return (lhs, op, int(v, 16))
    addr = int(lhs.split()[1], 16)
    v = val.replace(" ", "").replace("_", "").upper()
    if not re.fullmatch(r"(?:[0-9A-F]{2}|\.\.)+", v):
        return "mem wants hex bytes ('..' for any byte): %r" % val
    n = len(v) // 2
    if addr < RES or addr + n > RES + difftest.RES_LEN:
        return "mem %X+%d lies outside the result area 3000-30FF" % (addr, n)
    return ("mem %04X" % addr, op, v)


def load_expect(name):
    e = Expect(name)
    path = os.path.join(CORPUS, name + ".expect")
    try:
        lines = open(path).read().splitlines()
    except OSError as err:
        e.errors.append("cannot read %s: %s" % (path, err))
        return e
    for no, line in enumerate(lines, 1):
        s = line.strip()
        if not s or s.startswith("#"):
            continue
        key, sep, rest = s.partition(":")
        key = key.strip().lower()
        rest = rest.strip()
        if sep and key == "title":
            e.title = rest
        elif sep and key == "source":
            e.sources.append(rest)
        elif sep and key == "modes":
            e.modes = rest.split()
            bad = [m for m in e.modes if m not in MODES]
            if bad:
                e.errors.append("line %d: unknown mode(s) %s" % (no, " ".join(bad)))
        elif sep and key == "follows":
            e.follows = rest
        elif sep and key == "note":
            e.notes.append(rest)
        elif sep and key == "options":
            e.options += rest.split()
        elif sep and key == "run-options":
            e.run_options += rest.split()
        else:
            mode = ""
            if sep and key in MODES:
                mode, s = key, rest
            c = parse_check(s)
            if isinstance(c, str):
                e.errors.append("line %d: %s" % (no, c))
                continue
            e.checks.setdefault(mode, {})[c[0]] = (c[1], c[2])
    if not e.sources:
        e.errors.append("no source: line (which IBM document gives the expected result)")
    if not e.modes:
        e.errors.append("no modes: line")
    if "interrupt" not in e.checks.get("", {}):
        e.errors.append("no 'interrupt = none|CODE' line")
    if any(m for m in e.checks if m) and not e.follows:
        e.errors.append("mode-specific expectations without a follows: line (which one zsie follows)")
    if not os.path.exists(os.path.join(CORPUS, name + ".s")):
        e.errors.append("no %s.s next to it" % name)
    return e


def cases():
    names = set()
    for f in os.listdir(CORPUS):
        m = re.fullmatch(r"([0-9a-f]{3,4}_[a-z0-9_]+)\.(s|expect)", f)
        if m:
            names.add(m.group(1))
    return sorted(names, key=lambda n: (int(n.split("_", 1)[0], 16), n))


def load_pending():
    """name -> {mode: reason}: cases expected to fail today (a code not yet landed)."""
    out = {}
    if not os.path.exists(PENDING):
        return out
    with open(PENDING) as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            p = line.split(None, 1)
            name, _, modes = p[0].partition(":")
            reason = p[1] if len(p) > 1 else ""
            for m in (modes.split(",") if modes else ("machine", "run")):
                out.setdefault(name, {})[m] = reason
    return out


# ---- running ---------------------------------------------------------------------------------

def run_zsie(zsie, mode, image, exp):
    """Run image on `zsie machine` or `zsie run`: the normalised state, or an error string."""
    cmd = [zsie, mode, "--storage", STORAGE, "--dump", "--dump-storage", "3000:256",
           "--max-insns", MAX_INSNS] + exp.options
    if mode == "run":
        cmd += [o.replace("{corpus}", CORPUS) for o in exp.run_options]
    cmd.append(image)
    try:
        r = subprocess.run(cmd, capture_output=True, text=True, timeout=ZSIE_TIMEOUT)
    except subprocess.TimeoutExpired:
        return "zsie %s timed out (%d s)" % (mode, ZSIE_TIMEOUT)
    for line in r.stderr.splitlines():
        if "Sanitizer" in line or "runtime error:" in line:
            return "sanitizer report: %s" % line.strip()
    st = difftest.parse_norm(r.stdout)
    if "PSW" not in st or st.get("STOR") is None:
        err = (r.stderr.strip().splitlines() or [""])[-1]
        return "zsie %s gave no dump (exit %d) %s" % (mode, r.returncode, err)
    return st


def evaluate(exp, mode, st):
    """List of differences (what, expected, got); empty: the case passes."""
    if isinstance(st, str):
        return [("run", "-", st)]
    out = []
    mem = st["STOR"]

    def at(addr, n):
        return mem[addr - RES:addr - RES + n]
    if st["PSW"] != FINAL_PSW:
        out.append(("end", FINAL_PSW, st["PSW"]))
    status = at(RES_STATUS, 1)[0]
    if status == STATUS_DIAG:
        got_int = "none"
    elif status == STATUS_PGM:
        got_int = at(RES_PGM + 2, 2).hex().upper()
    else:
        got_int = "no result (status byte %02X)" % status
    for lhs, (op, want) in sorted(exp.checks_for(mode).items()):
        if lhs == "interrupt":
            got = got_int
        elif lhs == "cc":
            if got_int != "none":
                continue        # no condition code after an interruption: interrupt says it
            got = (at(RES_CC, 1)[0] >> 4) & 3
        elif lhs.startswith("gr"):
            reg, _, mask = lhs[2:].partition("&")
            m = int(mask, 16) if mask else (1 << 64) - 1
            got = int.from_bytes(at(RES_GR + 8 * int(reg), 8), "big") & m
            want = want & m
        else:
            addr = int(lhs.split()[1], 16)
            raw = at(addr, len(want) // 2).hex().upper()
            got = "".join(".." if want[i:i + 2] == ".." else raw[i:i + 2] for i in range(0, len(want), 2))
        ok = (got == want) if op == "=" else (got != want)
        if not ok:
            show = lambda v: "%016X" % v if isinstance(v, int) and lhs.startswith("gr") else str(v)
            out.append((lhs, ("" if op == "=" else "not ") + show(want),
                        show(got) if not lhs.startswith("mem") else raw))
    return out


def run_mode(mode, names, exps, zsie, work):
    """name -> state or error string, for the cases of one mode."""
    wdir = os.path.join(work, mode)
    os.makedirs(wdir, exist_ok=True)
    images = {}
    for n in names:
        img = difftest.build(n, wdir, corpus=CORPUS)
        images[n] = img
    ok = [n for n in names if images[n]]
    res = {n: "does not build (see above)" for n in names if not images[n]}
    if mode == "hercules":
        if not shutil.which("hercules"):
            die("E104 hercules not found: run scripts/deps.sh (apt-get install hercules)")
        res.update(difftest.run_hercules(ok, images, wdir, cnf=HERC_CNF))
    else:
        with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
            futs = {n: pool.submit(run_zsie, zsie, mode, images[n], exps[n]) for n in ok}
            for n, f in futs.items():
                res[n] = f.result()
    return res


def run_all(modes, names, zsie, work):
    """-> exps, {mode: {name: (verdict, differences)}}; verdict pass FAIL pending XPASS."""
    exps = {n: load_expect(n) for n in names}
    bad = [n for n in names if exps[n].errors]
    for n in bad:
        for err in exps[n].errors:
            print("%s: E110 %s.expect: %s" % (PREFIX, n, err))
    pending = load_pending()
    for p in pending:
        if p not in exps and p in cases():
            continue
        if p not in cases():
            print("%s: W303 pending.txt names %s, which is not a case" % (PREFIX, p))
    results = {}
    for mode in modes:
        sel = [n for n in names if n not in bad and mode in exps[n].modes]
        t0 = time.monotonic()
        states = run_mode(mode, sel, exps, zsie, work) if sel else {}
        verdicts = {}
        for n in sel:
            d = evaluate(exps[n], mode, states[n])
            pend = pending.get(n, {}).get(mode)
            if not d:
                verdicts[n] = ("XPASS", []) if pend is not None else ("pass", [])
            else:
                verdicts[n] = ("pending", d) if pend is not None else ("FAIL", d)
        for n in bad:
            if mode in exps[n].modes or not exps[n].modes:
                verdicts[n] = ("FAIL", [("expect", "-", "the .expect file does not parse")])
        results[mode] = verdicts
        counts = {v: sum(1 for x in verdicts.values() if x[0] == v) for v in ("pass", "FAIL", "pending", "XPASS")}
        print("%s: %s: %d passed, %d failed, %d pending (expected failures), %d pending but passing (%.1fs)" % (
            PREFIX, mode, counts["pass"], counts["FAIL"], counts["pending"], counts["XPASS"],
            time.monotonic() - t0))
    return exps, results


def print_results(results, verbose_pending=False):
    pending = load_pending()
    for mode, verdicts in results.items():
        for n, (v, diffs) in sorted(verdicts.items()):
            if v == "pass":
                continue
            if v == "XPASS":
                print("%s: F202 %s [%s]: passes but is listed in pending.txt: remove it" % (PREFIX, n, mode))
                continue
            if v == "pending":
                print("%s: %s [%s]: pending (%s)" % (PREFIX, n, mode, pending[n][mode]))
                if not verbose_pending:
                    continue
            else:
                print("%s: F201 %s [%s]: %d difference(s)" % (PREFIX, n, mode, len(diffs)))
            for what, want, got in diffs:
                if what in ("run", "expect"):
                    print("      %s" % got)
                else:
                    print("      %-14s expected %s  got %s" % (what, want, got))


# ---- the report ------------------------------------------------------------------------------

CELL = {"pass": "pass", "FAIL": "**FAIL**", "pending": "pending", "XPASS": "pass (pending)"}


def write_report(exps, results, modes_run, path):
    names = [n for n in cases() if n in exps]
    codes = []
    for n in names:
        if exps[n].code not in codes:
            codes.append(exps[n].code)
    out = ["# DIAGNOSE conformance report", "",
           "Generated by `tests/diag/run_corpus.py report` (CMake target `diag-report`) on %s." %
           datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
           "Each case is a bare-metal program (tests/diag/corpus/CODE_CASE.s) that issues one",
           "DIAGNOSE; its .expect file gives the result IBM's documents give (the source column).",
           "Modes: **machine** `zsie machine` (the bare machine as a one-VM system), **run**",
           "`zsie run` (a virtual machine under zsie's CP, through the SIE DIAGNOSE interception),",
           "**hercules** Debian's Hercules 3.13 (`DIAG8CMD ENABLE`).  `pending`: an expected",
           "failure listed in tests/diag/pending.txt (a code not implemented yet); `-`: the case",
           "does not apply to that mode (Hercules does not serve the code); `not run`: the mode was",
           "not run for this report.  See docs/diag.md.", ""]
    total = {m: {"pass": 0, "FAIL": 0, "pending": 0, "XPASS": 0} for m in MODES}
    for m in MODES:
        for v, _ in results.get(m, {}).values():
            total[m][v] += 1
    out += ["## Summary", "", "| mode | pass | fail | pending |", "|---|---|---|---|"]
    for m in MODES:
        if m in modes_run:
            t = total[m]
            out.append("| %s | %d | %d | %d |" % (m, t["pass"] + t["XPASS"], t["FAIL"], t["pending"]))
        else:
            out.append("| %s | not run | | |" % m)
    out += ["", "## By code", "", "| code | cases | machine | run | hercules |", "|---|---|---|---|---|"]
    for c in codes:
        ns = [n for n in names if exps[n].code == c]
        row = ["X'%s'" % c, str(len(ns))]
        for m in MODES:
            vs = [results.get(m, {}).get(n, (None,))[0] for n in ns]
            vs = [v for v in vs if v]
            if m not in modes_run:
                row.append("not run")
            elif not vs:
                row.append("-")
            else:
                p = sum(v in ("pass", "XPASS") for v in vs)
                row.append("%d/%d%s" % (p, len(vs), " (%d pending)" % vs.count("pending") if "pending" in vs else ""))
        out.append("| " + " | ".join(row) + " |")
    out += ["", "## Cases", "", "| code | case | checks | machine | run | hercules | source |",
            "|---|---|---|---|---|---|---|"]
    for n in names:
        e = exps[n]
        row = ["X'%s'" % e.code, "`%s`" % n.split("_", 1)[1], (e.title or "").replace("|", "\\|")]
        for m in MODES:
            if m not in e.modes:
                row.append("-")
            elif m not in modes_run:
                row.append("not run")
            else:
                row.append(CELL[results[m][n][0]])
        row.append("; ".join(e.sources).replace("|", "\\|"))
        out.append("| " + " | ".join(row) + " |")
    diffs = [(n, e) for n, e in ((n, exps[n]) for n in names) if any(m for m in e.checks if m)]
    if diffs:
        out += ["", "## Where Hercules (or a run mode) differs from z/VM's documented result", ""]
        for n, e in diffs:
            out.append("- `%s`: %s" % (n, e.follows))
    out.append("")
    with open(path, "w") as f:
        f.write("\n".join(out))
    print("%s: wrote %s" % (PREFIX, path))


# ---- commands --------------------------------------------------------------------------------

def check_tools(need_zsie, zsie):
    for tool in ("as", "ld", "objcopy"):
        if not shutil.which(difftest.CROSS + tool):
            die("E107 %s%s not found: run scripts/deps.sh" % (difftest.CROSS, tool))
    if need_zsie and not (zsie and os.access(zsie, os.X_OK)):
        die("E105 zsie not executable: %s" % zsie)


def select(names_arg):
    all_cases = cases()
    if not names_arg:
        return all_cases
    bad = [n for n in names_arg if n not in all_cases]
    if bad:
        die("E101 unknown case(s): " + " ".join(bad))
    return names_arg


def cmd_run(args):
    zsie = os.path.abspath(args.zsie)
    check_tools(True, zsie)
    modes = args.mode or ["machine", "run"]
    work = os.path.abspath(args.work or tempfile.mkdtemp(prefix="zsie-diag-"))
    exps, results = run_all(modes, select(args.names), zsie, work)
    print_results(results, args.verbose)
    failed = any(v in ("FAIL", "XPASS") for r in results.values() for v, _ in r.values())
    return 1 if failed else 0


def cmd_report(args):
    zsie = os.path.abspath(args.zsie)
    check_tools(True, zsie)
    modes = ["machine", "run"] + ([] if args.no_hercules or not shutil.which("hercules") else ["hercules"])
    work = os.path.abspath(args.work or tempfile.mkdtemp(prefix="zsie-diag-"))
    exps, results = run_all(modes, cases(), zsie, work)
    print_results(results)
    write_report(exps, results, modes, args.out or REPORT)
    return 0


def cmd_check(args):
    bad = 0
    for n in cases():
        for err in load_expect(n).errors:
            print("%s: E110 %s.expect: %s" % (PREFIX, n, err))
            bad += 1
    return 1 if bad else 0


def cmd_list(args):
    for n in cases():
        e = load_expect(n)
        print("%-36s %-24s %s" % (n, " ".join(e.modes), e.title))
    return 0


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    r = sub.add_parser("run")
    r.add_argument("--zsie", required=True)
    r.add_argument("--mode", action="append", choices=MODES)
    r.add_argument("--work")
    r.add_argument("-v", "--verbose", action="store_true", help="show the differences of pending cases too")
    r.add_argument("names", nargs="*")
    p = sub.add_parser("report")
    p.add_argument("--zsie", required=True)
    p.add_argument("--out")
    p.add_argument("--work")
    p.add_argument("--no-hercules", action="store_true")
    sub.add_parser("check")
    sub.add_parser("list")
    args = ap.parse_args()
    return {"run": cmd_run, "report": cmd_report, "check": cmd_check, "list": cmd_list}[args.cmd](args)


if __name__ == "__main__":
    sys.exit(main())
