#!/usr/bin/env python3
"""Differential test: run the bare-metal corpus (tests/hercules/corpus/*.s) on Debian's Hercules
3.13 and on zsie, and compare the final PSW, GPRs, FPRs, FPC and the result area 0x3000-0x30FF.

  difftest.py run --zsie PATH [--group G | NAME...] [--work DIR] [--write-known]
                                        live comparison (--write-known: rewrite the
                                        selected programs' lines of known_failures.txt)
  difftest.py expected [--group G | NAME...]   rewrite expected/NAME.txt from Hercules
  difftest.py list                             programs and groups

A program may exclude fields from the comparison with a comment line '# ignore: ...' (see
ignores()).  Programs listed in known_failures.txt may fail; if one passes, that is an error
(F202) so the list shrinks.  See docs/testing-hercules.md.

A group is the part of a program's name before the first '_' (fx_add.s is in group "fx").
One Hercules process runs a whole group: a hao rule fires dump.rc on every disabled wait
(HHCCP011I); dump.rc prints the state, a shell step moves the next program's script into place
and runs it, so Hercules starts only once per group.  Needs python3 only (no modules beyond
the standard library), s390x-linux-gnu-as/ld/objcopy and hercules.

Messages: E1xx tool or setup problems, F2xx differences, W3xx warnings.
"""
import argparse
import ctypes
import functools
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
EXPECTED = os.path.join(HERE, "expected")
KNOWN = os.path.join(HERE, "known_failures.txt")
RES_ADDR, RES_LEN = 0x3000, 0x100
MAX_SHOWN = 12              # differences listed per program
STALL_SECONDS = 30          # Hercules silent this long on one program: give up on it (a loaded 2-core machine needs slack)
CROSS = "s390x-linux-gnu-"
ASFLAGS = ["-march=zEC12", "-mzarch"]

HERC_CNF = """ARCHMODE z/Arch
MAINSIZE 16
NUMCPU 1
MAXCPU 1
CPUSERIAL 000001
CPUMODEL 2064
PANRATE SLOW
OSTAILOR QUIET
SHCMDOPT ENABLE
0009 1052-C /
"""

DUMP_RC = """msgnoh - @@DUMP
psw
gpr
fpr
fpc
r 3000.100
msgnoh - @@END
sh ./next.sh
script step.rc
"""

# Moves the first queued step script to step.rc (one program per step, the last one quits).
NEXT_SH = """#!/bin/sh
cd "$(dirname "$0")"
sleep 0.02   # let the CPU thread finish entering the wait (sysclear needs it stopped)
for f in q/*; do [ -e "$f" ] || break; mv "$f" step.rc; exit 0; done
printf 'pause 1\\nquit\\n' > step.rc
"""


def die(msg):
    print(msg, file=sys.stderr)
    sys.exit(2)


def programs():
    """Corpus programs: corpus/GROUP_NAME.s (common.s and *.inc are shared includes)."""
    return sorted(f[:-2] for f in os.listdir(CORPUS) if f.endswith(".s") and "_" in f)


def group_of(name):
    return name.split("_", 1)[0]


def select(args):
    names = programs()
    if getattr(args, "names", None):
        bad = [n for n in args.names if n not in names]
        if bad:
            die("difftest: E101 unknown program(s): " + " ".join(bad))
        return args.names
    if getattr(args, "group", None):
        sel = [n for n in names if group_of(n) == args.group]
        if not sel:
            die("difftest: E102 no programs in group %s" % args.group)
        return sel
    return names


# ---- building ----------------------------------------------------------------------------

def build(name, outdir, corpus=None):
    """Assemble corpus/NAME.s into outdir/NAME.bin (a flat image loaded at absolute 0).
    Another corpus folder (tests/diag/corpus) may be given; its common.s and *.inc are its own."""
    corpus = corpus or CORPUS
    src = os.path.join(corpus, name + ".s")
    try:
        if corpus == CORPUS:
            ignores(name)   # read now: the source may change while the programs run
        else:
            open(src).close()
    except OSError as e:
        print("difftest: E103 cannot read %s: %s" % (src, e))
        return None
    obj, elf, img = (os.path.join(outdir, name + e) for e in (".o", ".elf", ".bin"))
    shared = [os.path.join(corpus, f) for f in os.listdir(corpus)
              if f == "common.s" or f.endswith(".inc")]
    newest = max(os.path.getmtime(f) for f in [src] + shared)
    if os.path.exists(img) and os.path.getmtime(img) >= newest:
        return img
    for cmd in ([CROSS + "as"] + ASFLAGS + ["-I", corpus, "-o", obj, src],
                [CROSS + "ld", "-e", "0", "-Ttext=0", "-o", elf, obj],
                [CROSS + "objcopy", "-O", "binary", elf, img]):
        r = subprocess.run(cmd, capture_output=True, text=True)
        if r.returncode != 0:
            print("difftest: E103 %s failed for %s:\n%s" % (cmd[0], name, r.stderr.rstrip()))
            return None
    return img


def build_all(names, work):
    """name -> image for the programs that build; the others are reported (E103)."""
    images = {n: build(n, work) for n in names}
    return {n: i for n, i in images.items() if i}


# ESOP2: the access-exception fetch/store indication (TEID bits 52-53) and bits 56-60 of the
# TEIDs in the three log entries.  Hercules 3.13 stores them as zero (ESOP-1 level); a machine
# with enhanced-suppression-on-protection 2 sets them.
ESOP2 = "STOR:309E/0C STOR:309F/F8 STOR:30BE/0C STOR:30BF/F8 STOR:30DE/0C STOR:30DF/F8"


@functools.lru_cache(maxsize=None)
def ignores(name):
    """Fields a program declares as not comparable, in a comment line such as
    '# ignore: GR3 FPR2 FPC STOR:3010-3017 STOR:30A2/30 ESOP2'.  STOR:A[-B][/M] ignores the bits
    M (hex, default FF) of each byte from A to B."""
    fields, ranges = set(), []
    with open(os.path.join(CORPUS, name + ".s")) as f:
        for line in f:
            m = re.match(r"\s*#\s*ignore:\s*(.*)", line)
            if not m:
                continue
            for tok in m.group(1).replace("ESOP2", ESOP2).split():
                r = re.match(r"STOR:([0-9A-Fa-f]+)(?:-([0-9A-Fa-f]+))?(?:/([0-9A-Fa-f]{1,2}))?$", tok)
                if r:
                    lo = int(r.group(1), 16)
                    hi = int(r.group(2), 16) if r.group(2) else lo
                    ranges.append((lo, hi, int(r.group(3) or "FF", 16)))
                else:
                    fields.add(tok.upper())
    return fields, ranges


# ---- normalised state ----------------------------------------------------------------------
# A state is a dict: "PSW" -> "hhhhhhhhhhhhhhhh hhhhhhhhhhhhhhhh", "GR0".."GR15", "FPR0".."FPR15"
# -> 16 hex digits, "FPC" -> 8 hex digits, "STOR" -> bytes of the result area.

def fmt_state(st):
    out = ["PSW " + st["PSW"]]
    out += ["GR%d %s" % (i, st["GR%d" % i]) for i in range(16)]
    out += ["FPR%d %s" % (i, st["FPR%d" % i]) for i in range(16)]
    out.append("FPC " + st["FPC"])
    mem = st["STOR"]
    for off in range(0, len(mem), 16):
        out.append("STOR %08X %s" % (RES_ADDR + off, mem[off:off + 16].hex().upper()))
    return "\n".join(out) + "\n"


def parse_norm(text):
    """Parse the normalised form; zsie's --dump output uses the same line forms."""
    st, mem = {}, {}
    for line in text.splitlines():
        p = line.split()
        if not p:
            continue
        if p[0] == "PSW" and len(p) == 3:
            st["PSW"] = (p[1] + " " + p[2]).upper()
        elif re.fullmatch(r"GR\d+|FPR\d+", p[0]) and len(p) == 2:
            st[p[0]] = p[1].upper().zfill(16)
        elif p[0] == "FPC" and len(p) == 2:
            st["FPC"] = p[1].upper().zfill(8)
        elif p[0] == "STOR" and len(p) >= 3:
            addr = int(p[1], 16)
            data = bytes.fromhex("".join(p[2:]))
            for i, b in enumerate(data):
                mem[addr + i] = b
    if mem:
        st["STOR"] = bytes(mem.get(RES_ADDR + i, 0) for i in range(RES_LEN)) \
            if all((RES_ADDR + i) in mem for i in range(RES_LEN)) else None
    return st


def parse_herc_block(lines):
    st, mem = {}, bytearray(RES_LEN)
    seen = 0
    for line in lines:
        m = re.match(r"PSW=([0-9A-F]{8}) ([0-9A-F]{8}) ([0-9A-F]{16})\b", line)
        if m:
            st["PSW"] = m.group(1) + m.group(2) + " " + m.group(3)
        for m in re.finditer(r"\bR([0-9A-F])=([0-9A-F]{16})", line):
            st["GR%d" % int(m.group(1), 16)] = m.group(2)
        for m in re.finditer(r"\bFP(?:R)?(\d+)=([0-9A-F]{8}) ([0-9A-F]{8})", line):
            st["FPR%d" % int(m.group(1))] = m.group(2) + m.group(3)
        m = re.match(r"FPC=([0-9A-F]{8})", line)
        if m:
            st["FPC"] = m.group(1)
        m = re.match(r"R:([0-9A-F]{16}):K:[0-9A-F]{2}=((?:[0-9A-F]{8} ?){4})", line)
        if m:
            off = int(m.group(1), 16) - RES_ADDR
            if 0 <= off < RES_LEN:
                mem[off:off + 16] = bytes.fromhex(m.group(2).replace(" ", ""))
                seen += 16
    if seen == RES_LEN:
        st["STOR"] = bytes(mem)
    return st


def complete(st):
    keys = ["PSW", "FPC", "STOR"] + ["GR%d" % i for i in range(16)] + ["FPR%d" % i for i in range(16)]
    return [k for k in keys if st.get(k) is None]


# ---- Hercules ---------------------------------------------------------------------------

def _die_with_parent():
    """Child side of Popen: get SIGKILL when the harness dies (a CTest timeout kills only us)."""
    try:
        ctypes.CDLL(None, use_errno=True).prctl(1, 9)     # PR_SET_PDEATHSIG, SIGKILL
    except (OSError, AttributeError):
        pass


def run_hercules(names, images, work, cnf=None):
    """Run the programs in one Hercules process (restarted after a stall).  name -> state or
    an error string.  cnf: the Hercules configuration (default HERC_CNF)."""
    herc = shutil.which("hercules")
    if not herc:
        die("difftest: E104 hercules not found: run scripts/deps.sh (apt-get install hercules)")
    results = {}
    todo = list(names)
    retries = 0
    while todo:
        d = tempfile.mkdtemp(prefix="herc-", dir=work)
        with open(os.path.join(d, "herc.cnf"), "w") as f:
            f.write(cnf or HERC_CNF)
        with open(os.path.join(d, "dump.rc"), "w") as f:
            f.write(DUMP_RC)
        with open(os.path.join(d, "next.sh"), "w") as f:
            f.write(NEXT_SH)
        os.chmod(os.path.join(d, "next.sh"), 0o755)
        os.mkdir(os.path.join(d, "q"))
        for i, n in enumerate(todo):
            with open(os.path.join(d, "q", "%05d.rc" % i), "w") as f:
                f.write("msgnoh - @@PROG %s\nsysclear\nloadcore %s 0\nrestart\n" % (n, images[n]))
        with open(os.path.join(d, "run.rc"), "w") as f:
            # The first program is started from the hao thread too: a script fired by hao while
            # this start-up script is still open is refused (HHCPN997E), so a delayed echo of
            # the target message kicks off dump.rc (its dump precedes any @@PROG: ignored).
            f.write("hao tgt ^HHCCP011I\nhao cmd script dump.rc\n"
                    "sh (sleep 0.3; echo HHCCP011I kick) &\n")
        logpath = os.path.join(d, "log")
        env = dict(os.environ, HERCULES_RC="run.rc")
        with open(logpath, "wb") as log:
            p = subprocess.Popen([herc, "-d", "-f", "herc.cnf"], cwd=d, env=env,
                                 stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
                                 preexec_fn=_die_with_parent)
        last_size, last_change = -1, time.monotonic()
        # A sound run logs roughly 6 KB per program; far more means Hercules is looping.
        limit = 64 * 1024 * (len(todo) + 4)
        refused, seen = False, b""
        with open(logpath, "rb") as watch:
            while p.poll() is None:
                time.sleep(0.05)
                size = os.path.getsize(logpath)
                if size != last_size:
                    last_size, last_change = size, time.monotonic()
                    seen = seen[-16:] + watch.read()
                    refused = refused or b"HHCPN997E" in seen
                if refused or time.monotonic() - last_change > STALL_SECONDS or size > limit:
                    p.kill()
                    p.wait()
                    break
        with open(logpath, errors="replace") as f:
            lines = f.read().splitlines()
        cur, block, rejected = None, None, False
        for line in lines:
            s = line.strip()
            if s.startswith("@@PROG "):
                cur, block, rejected = s.split()[1], None, False
            elif re.match(r"HHCPN(053|111)E", s):
                rejected = True     # CPU not yet stopped: this dump shows the previous image
            elif s == "@@DUMP":
                block = []
            elif s == "@@END" and cur is not None and block is not None and rejected:
                cur, block = None, None
            elif s == "@@END" and cur is not None and block is not None:
                st = parse_herc_block(block)
                miss = complete(st)
                results[cur] = st if not miss else "incomplete Hercules dump (%s)" % " ".join(miss)
                cur, block = None, None
            elif block is not None:
                block.append(s)
        rest = [n for n in todo if n not in results]
        if rest and (p.returncode == 0 or refused) and retries < 3:
            retries += 1        # only refused loads or scripts are missing: run them again
            shutil.rmtree(d, ignore_errors=True)
        elif rest:
            # The first unfinished program stalled (loop, enabled wait, check stop): give up on
            # it and run the others in a fresh Hercules.
            stuck = cur if cur in rest else rest[0]
            results[stuck] = "Hercules did not reach a disabled wait (silent for %ds or looping; " \
                "log kept in %s)" % (STALL_SECONDS, d)
            rest.remove(stuck)
        else:
            shutil.rmtree(d, ignore_errors=True)
        todo = rest
    return results


# ---- zsie -----------------------------------------------------------------------------------

def run_zsie(zsie, image):
    cmd = [zsie, "machine", "--storage", "16M", "--dump", "--dump-storage", "3000:256",
           "--max-insns", "1000000", image]
    try:
        r = subprocess.run(cmd, capture_output=True, text=True, timeout=60)
    except subprocess.TimeoutExpired:
        return "zsie timed out (60 s)"
    for line in r.stderr.splitlines():
        if "Sanitizer" in line or "runtime error:" in line:
            return "zsie: sanitizer report: %s" % line.strip()
    st = parse_norm(r.stdout)
    miss = complete(st)
    if miss:
        err = (r.stderr.strip().splitlines() or [""])[-1]
        return "zsie gave no complete dump (exit %d, missing %s) %s" % (
            r.returncode, " ".join(miss[:4]) + (" ..." if len(miss) > 4 else ""), err)
    return st


# ---- comparing -------------------------------------------------------------------------------

def diff(name, herc, zs):
    """List of (field, hercules value, zsie value)."""
    fields, ranges = ignores(name)
    out = []
    for k in ["PSW"] + ["GR%d" % i for i in range(16)] + ["FPR%d" % i for i in range(16)] + ["FPC"]:
        if k in fields:
            continue
        if herc[k] != zs[k]:
            out.append((k, herc[k], zs[k]))
    if "STOR" not in fields:
        a, b = bytearray(herc["STOR"]), bytearray(zs["STOR"])
        for lo, hi, mask in ranges:
            for addr in range(lo, hi + 1):
                if 0 <= addr - RES_ADDR < RES_LEN:
                    a[addr - RES_ADDR] &= ~mask & 0xFF
                    b[addr - RES_ADDR] &= ~mask & 0xFF
        for off in range(0, RES_LEN, 8):
            if a[off:off + 8] != b[off:off + 8]:
                out.append(("STOR %04X" % (RES_ADDR + off), a[off:off + 8].hex().upper(),
                            b[off:off + 8].hex().upper()))
    return out


PGM_NAMES = {1: "operation", 2: "privileged operation", 3: "execute", 4: "protection",
             5: "addressing", 6: "specification", 7: "data", 8: "fixed-point overflow",
             9: "fixed-point divide", 0xA: "decimal overflow", 0xB: "decimal divide",
             0x10: "segment translation", 0x11: "page translation", 0x13: "special operation",
             0x38: "ASCE type", 0x40: "monitor event"}


def disassembly(elf):
    """address -> 'mnemonic operands' of the program, from objdump."""
    r = subprocess.run([CROSS + "objdump", "-d", elf], capture_output=True, text=True)
    out = {}
    for line in r.stdout.splitlines():
        m = re.match(r"\s*([0-9a-f]+):\t[0-9a-f ]+\t(.*)", line)
        if m:
            out[int(m.group(1), 16)] = " ".join(m.group(2).split())
    return out


def explain(herc, zs, elf):
    """Why zsie went another way: the first interruption-log entry in which it differs from
    Hercules, decoded, with the instruction it points at.  (text, short reason) or None."""
    for e in range(3):
        off = 0x90 + 32 * e
        h, z = herc["STOR"][off:off + 32], zs["STOR"][off:off + 32]
        if h == z or z[0] != 0xD7:
            continue
        code = int.from_bytes(z[2:4], "big")
        ilc = z[1] >> 1
        detail = ""
        if h[0] == z[0] and h[2:4] == z[2:4]:
            parts = [what for what, lo, hi in (("ILC", 1, 2), ("DXC word", 4, 8), ("TEID", 8, 16),
                                               ("old PSW mask", 16, 24), ("old PSW address", 24, 32))
                     if h[lo:hi] != z[lo:hi]]
            detail = " (as Hercules, but the %s differs)" % ", ".join(parts)
        ia = int.from_bytes(z[24:32], "big")
        dis = disassembly(elf)
        at = ia - 2 * ilc if ilc else ia
        insn = dis.get(at) or dis.get(ia) or "?"
        name = PGM_NAMES.get(code, "?")
        text = "zsie took program interruption %04X (%s), ILC %d, old PSW address %X: `%s` at %X%s" % (
            code, name, ilc, ia, insn, at, detail)
        reason = "%s exception on %s%s" % (name, insn.split()[0] if insn != "?" else "?", detail)
        return text, reason
    return None


def load_known():
    known = {}
    if os.path.exists(KNOWN):
        with open(KNOWN) as f:
            for line in f:
                line = line.split("#", 1)[0].strip()
                if line:
                    p = line.split(None, 1)
                    known[p[0]] = p[1] if len(p) > 1 else ""
    return known


def cmd_run(args):
    zsie = os.path.abspath(args.zsie)
    if not os.access(zsie, os.X_OK):
        die("difftest: E105 zsie not executable: %s" % zsie)
    names = select(args)
    work = os.path.abspath(args.work or tempfile.mkdtemp(prefix="zsie-herc-"))
    os.makedirs(work, exist_ok=True)
    images = build_all(names, work)
    unbuilt = [n for n in names if n not in images]
    names = [n for n in names if n in images]
    t0 = time.monotonic()
    herc = run_hercules(names, images, work)
    t1 = time.monotonic()
    known = load_known()
    passed, failed, xfail, xpass, broken = [], [], [], [], list(unbuilt)
    reasons, now_failing = {}, {}
    for n in names:
        h = herc[n]
        if isinstance(h, str):
            print("difftest: E106 %s: %s" % (n, h))
            broken.append(n)
            continue
        norm = fmt_state(h)
        exp = os.path.join(EXPECTED, n + ".txt")
        if not os.path.exists(exp):
            print("difftest: W301 %s: no stored expected/%s.txt (run difftest.py expected)" % (n, n))
        else:
            with open(exp) as f:
                stored = f.read()
            if stored != norm:
                print("difftest: W302 %s: live Hercules result differs from expected/%s.txt" % (n, n))
                for k, a, b in diff(n, parse_norm(stored), h):
                    print("    %-10s stored %s  live %s" % (k, a, b))
        z = run_zsie(zsie, images[n])
        why = None
        if isinstance(z, str):
            problems = [("run", "-", z)]
        else:
            problems = diff(n, h, z)
            why = explain(h, z, images[n][:-4] + ".elf") if problems else None
            if why:
                problems.insert(0, ("run", "-", why[0]))
                reasons.setdefault(why[1], []).append(n)
        if problems:
            if why:
                now_failing[n] = why[1]
            else:
                now_failing[n] = "differs in " + " ".join(
                    k for k, _, _ in problems[:4]) if problems[0][0] != "run" else problems[0][2]
        if not problems:
            if n in known and args.write_known:
                passed.append(n)
            elif n in known:
                print("difftest: F202 %s: passes but is listed in known_failures.txt: remove it" % n)
                xpass.append(n)
            else:
                passed.append(n)
            continue
        if n in known:
            xfail.append(n)
            print("difftest: %s: known failure (%s)" % (n, known[n]))
            tag = "    "
        else:
            failed.append(n)
            tag = "difftest: F201 "
        print("%s%s: %d difference(s)" % (tag, n, len(problems)))
        if len(problems) > MAX_SHOWN + 2:
            problems = problems[:MAX_SHOWN] + [("run", "-", "... %d more (expected/%s.txt has the "
                                                "Hercules state)" % (len(problems) - MAX_SHOWN, n))]
        for k, a, b in problems:
            if k == "run":
                print("      %s" % b)
            else:
                print("      %-10s hercules %s  zsie %s" % (k, a, b))
    t2 = time.monotonic()
    for why, progs in sorted(reasons.items(), key=lambda kv: -len(kv[1])):
        print("difftest: zsie %s: %s" % (why, " ".join(progs)))
    if args.write_known:
        write_known(known, names, now_failing)
    print("difftest: %d passed, %d failed, %d known failures, %d unexpectedly passing, "
          "%d without Hercules result (Hercules %.1fs, zsie %.1fs)" % (
              len(passed), len(failed), len(xfail), len(xpass), len(broken), t1 - t0, t2 - t1))
    return 1 if failed or xpass or broken else 0


def write_known(known, names, now_failing):
    """Rewrite known_failures.txt: entries of programs outside this run stay, the programs of
    this run are listed exactly when they fail now."""
    keep = {n: r for n, r in known.items() if n not in names}
    keep.update(now_failing)
    with open(KNOWN, "w") as f:
        f.write("# Corpus programs expected to differ on zsie (CI stays green while zsie grows).\n"
                "# One line each: NAME  reason.  A listed program that passes fails the test (F202):\n"
                "# remove it.  Regenerate: difftest.py run --zsie PATH --write-known [--group G]\n")
        for n in sorted(keep):
            f.write("%-28s %s\n" % (n, keep[n]))
    print("difftest: wrote %s (%d entries)" % (KNOWN, len(keep)))


def cmd_expected(args):
    names = select(args)
    work = tempfile.mkdtemp(prefix="zsie-herc-")
    images = build_all(names, work)
    bad = len(names) - len(images)
    names = [n for n in names if n in images]
    herc = run_hercules(names, images, work)
    os.makedirs(EXPECTED, exist_ok=True)
    written = 0
    for n in names:
        if isinstance(herc[n], str):
            print("difftest: E106 %s: %s" % (n, herc[n]))
            bad += 1
            continue
        with open(os.path.join(EXPECTED, n + ".txt"), "w") as f:
            f.write(fmt_state(herc[n]))
        written += 1
    if not bad:
        shutil.rmtree(work, ignore_errors=True)
    print("difftest: wrote %d expected file(s)" % written)
    return 1 if bad else 0


def cmd_list(args):
    for n in programs():
        print(group_of(n), n)
    return 0


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    r = sub.add_parser("run")
    r.add_argument("--zsie", required=True)
    r.add_argument("--group")
    r.add_argument("--work")
    r.add_argument("--write-known", action="store_true",
                   help="rewrite known_failures.txt from this run's failures")
    r.add_argument("names", nargs="*")
    e = sub.add_parser("expected")
    e.add_argument("--group")
    e.add_argument("names", nargs="*")
    sub.add_parser("list")
    args = ap.parse_args()
    for tool in ("as", "ld", "objcopy"):
        if not shutil.which(CROSS + tool):
            die("difftest: E107 %s%s not found: run scripts/deps.sh" % (CROSS, tool))
    return {"run": cmd_run, "expected": cmd_expected, "list": cmd_list}[args.cmd](args)


if __name__ == "__main__":
    sys.exit(main())
