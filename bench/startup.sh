#!/usr/bin/env bash
# Start-up budgets of docs/BENCHMARKS.md ("Start-up"): each command of the installed launcher
# against a JVM hello-world on the same JDK with the same flags, in ONE `hyperfine -N` run so
# that both see the same machine; then the ratios, and the reader's home painted on a pty.
#   bash bench/startup.sh [PREFIX]     PREFIX: where install.sh put lectern (default: on PATH)
#   RUNS=30 bash bench/startup.sh      more runs (default 20)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
if [ $# -ge 1 ]; then launcher="$1/bin/lectern"; else launcher="$(command -v lectern)"; fi
[ -x "$launcher" ] || { echo "startup.sh: no lectern launcher at ${launcher:-PATH}; run ./install.sh first" >&2; exit 1; }
command -v hyperfine >/dev/null || { echo "startup.sh: needs hyperfine (apt-get install hyperfine)" >&2; exit 1; }
runs="${RUNS:-20}"

# The launcher's own java and flags (the JVM options before its -cp/-jar, without the class-data
# archive lectern's jar needs): the hello-world starts exactly as lectern would.
read -r java_bin flags < <(python3 - "$launcher" <<'PY'
import shlex, sys
line = next(l for l in open(sys.argv[1]) if l.startswith("exec "))
t = shlex.split(line)[1:]
end = next(i for i, x in enumerate(t) if x in ("-cp", "-jar"))
flags = [x for x in t[1:end] if (x.startswith("-X") or x.startswith("--enable-native-access")) and "AOTCache" not in x and "SharedArchive" not in x and not x.startswith("-Xlog:cds")]
print(t[0], " ".join(flags))
PY
)
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
mkdir -p "$work/hello"
cat > "$work/hello/Hello.java" <<'JAVA'
public class Hello { public static void main(String[] a) { System.out.println("hello"); } }
JAVA
"$(dirname "$java_bin")/javac" -d "$work/hello" "$work/hello/Hello.java"
data="$work/data"
lec="$launcher --data-dir $data"
# Warm the index and give `next` a place, so each command answers as it would on day two.
$lec search softmax >/dev/null
$lec read kv-cache --plain >/dev/null
load="$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime)"
echo "java: $("$java_bin" -version 2>&1 | head -1)  ($java_bin)"
echo "flags: $flags; archive: $(grep -o 'AOTCache=[^ ]*\|SharedArchiveFile=[^ ]*' "$launcher" || echo none)"
echo "machine: $(nproc) cores, load average $load"
hyperfine -N -w 3 -r "$runs" --export-json "$work/h.json" --style basic \
  -n hello "$java_bin $flags -Xshare:auto -cp $work/hello Hello" \
  -n search "$lec search \"kv cache\"" \
  -n list "$lec list" \
  -n define "$lec define softmax" \
  -n read "$lec read kv-cache --plain" \
  -n next "$lec next" >/dev/null
python3 - "$work/h.json" <<'PY'
import json, sys
r = {x["command"]: x for x in json.load(open(sys.argv[1]))["results"]}
hello = r["hello"]["median"]
budget = {"search": 2, "list": 2, "define": 2, "read": 3}
print("| command | median | min | vs hello-world | budget |")
print("| --- | --- | --- | --- | --- |")
for name, x in r.items():
    ratio = x["median"] / hello
    b = budget.get(name)
    verdict = "" if name == "hello" else (f"≤ {b}× — {'met' if ratio <= b else 'missed'}" if b else "report")
    print(f"| {name} | {x['median']*1000:.0f} ms | {x['min']*1000:.0f} ms | {ratio:.2f}× | {verdict} |")
PY
echo
echo "reader home painted after launch (pty 100x30, 10 launches):"
python3 "$here/first-frame.py" --runs 10 -- $lec
