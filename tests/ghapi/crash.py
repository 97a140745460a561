#!/usr/bin/env python3
"""GHAPI crash test: zsie run with 4 virtual CPUs logging through GHAPI as fast as they can
(storm.s), killed with SIGKILL mid-storm; then every request the guest was answered OK for
(a --trace=ghapi line, printed after the answer is stored) must be in the SMF data set exactly
once, each CPU's in order, and the data set must parse.

  crash.py ZSIE STORM_BIN WORKDIR"""
import json, os, re, signal, subprocess, sys, time

zsie, image, work = sys.argv[1:4]
os.makedirs(work, exist_ok=True)
ds = os.path.join(work, "storm.smf")
for f in os.listdir(work):
    os.unlink(os.path.join(work, f))
trace = open(os.path.join(work, "trace"), "wb")
p = subprocess.Popen([zsie, "run", "--cpus", "4", "--smf", ds, "--trace=ghapi", image],
                     stdout=subprocess.DEVNULL, stderr=trace, stdin=subprocess.DEVNULL)
deadline = time.time() + 60
acked = []
while time.time() < deadline:
    time.sleep(0.5)
    text = open(os.path.join(work, "trace"), "rb").read().decode("latin-1")
    acked = re.findall(r"^ghapi \S+ CPU \d+: log .* data ([0-9a-f]{16}) -> logged rc 0 ", text, re.M)
    if len(acked) >= 400 or p.poll() is not None:
        break
p.send_signal(signal.SIGKILL)
p.wait()
trace.close()
if p.returncode != -signal.SIGKILL:
    sys.exit("FAIL: zsie ended by itself (status %s) before it was killed" % p.returncode)
text = open(os.path.join(work, "trace"), "rb").read().decode("latin-1")
acked = re.findall(r"^ghapi \S+ CPU \d+: log .* data ([0-9a-f]{16}) -> logged rc 0 ", text, re.M)
if len(acked) < 20:
    sys.exit("FAIL: only %d acknowledged requests before the kill" % len(acked))
r = subprocess.run([zsie, "smf", "export", "--json", ds], capture_output=True, text=True)
if r.returncode != 0:
    sys.exit("FAIL: the data set does not parse after the kill: %s" % r.stderr.strip())
records = [json.loads(l) for l in r.stdout.splitlines() if l.strip()]
logged = [x["data_hex"] for x in records if x["type"] == 200]
count = {}
for d in logged:
    count[d] = count.get(d, 0) + 1
missing = [a for a in acked if a not in count]
twice = [d for d, n in count.items() if n > 1]
if missing:
    sys.exit("FAIL: %d acknowledged records missing, e.g. %s" % (len(missing), missing[:3]))
if twice:
    sys.exit("FAIL: records written twice: %s" % twice[:3])
# each CPU's records in the data set in its own sequence order, without gaps
last = {}
for d in logged:
    cpu, seq = int(d[:8], 16), int(d[8:], 16)
    if seq != last.get(cpu, -1) + 1:
        sys.exit("FAIL: CPU index %d: sequence %d follows %d" % (cpu, seq, last.get(cpu, -1)))
    last[cpu] = seq
if len(last) < 2:
    sys.exit("FAIL: only %d virtual CPUs logged" % len(last))
print("ok: %d acknowledged, %d in the data set, %d CPUs" % (len(acked), len(logged), len(last)))
