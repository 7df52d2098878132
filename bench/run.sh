#!/usr/bin/env bash
# Runs the benchmarks whose figures are in docs/BENCHMARKS.md:
#  1. in-process budgets (index, re-index, search, render) via dev.lectern.bench.Bench;
#  2. whole-process start-up of the installed launcher against a JVM hello-world on the same JDK
#     and flags. Needs ./install.sh to have run (pass the prefix as $1, default ~/.local).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
prefix="${1:-$HOME/.local}"
mvn -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt >/dev/null
java -cp "target/classes:target/test-classes:$(cat target/cp.txt)" dev.lectern.bench.Bench content

lectern="$prefix/bin/lectern"
[ -x "$lectern" ] || { echo "no installed launcher at $lectern; run ./install.sh --prefix $prefix"; exit 0; }
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
java_bin="$(sed -n 's/^exec "\([^"]*\)".*/\1/p' "$lectern")"
printf 'public class Hello { public static void main(String[] a) { System.out.println("hello"); } }\n' > "$tmp/Hello.java"
"$java_bin/../javac" -d "$tmp" "$tmp/Hello.java" 2>/dev/null || javac -d "$tmp" "$tmp/Hello.java"
"$lectern" --data-dir "$tmp/d" search softmax >/dev/null   # build the index once
time_ms() { # median of 15 runs, in ms
  local ts=()
  for i in $(seq 15); do
    local s=$(date +%s%N); "$@" >/dev/null 2>&1 || true; local e=$(date +%s%N)
    ts+=($(( (e - s) / 1000000 )))
  done
  printf '%s\n' "${ts[@]}" | sort -n | sed -n 8p
}
hello=$(time_ms "$java_bin" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "$tmp" Hello)
search=$(time_ms "$lectern" --data-dir "$tmp/d" search "gradient descent")
list=$(time_ms "$lectern" --data-dir "$tmp/d" list)
miss=$(time_ms "$lectern" --data-dir "$tmp/d" search atention)
echo "JVM hello-world (same JDK and flags): ${hello} ms median of 15"
echo "installed lectern search: ${search} ms; list: ${list} ms; search with no match (suggestions): ${miss} ms"
echo "ratio search/hello $(awk -v a="$search" -v b="$hello" 'BEGIN{printf "%.1f", a/b}'), list/hello $(awk -v a="$list" -v b="$hello" 'BEGIN{printf "%.1f", a/b}') (budget <= 2.0)"
echo "phases of one search (LECTERN_TRACE=1):"
LECTERN_TRACE=1 "$lectern" --data-dir "$tmp/d" search "gradient descent" 2>&1 >/dev/null | sed 's/^lectern-trace/ /'
