#!/usr/bin/env bash
# `lectern serve` under load (docs/BENCHMARKS.md, "serve"): starts the server from the jar with the
# installed launcher's JVM flags, on the bundled library, open to any key, then runs
# dev.lectern.bench.ServeBench with N concurrent readers (default: 50, then 100) on 127.0.0.1, each
# pressing a key every 100 ms (a stress) and every 500 ms (reading pace; INTERVALS overrides).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
[ -f target/lectern.jar ] || mvn -q -B package -DskipTests
mvn -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt >/dev/null
flags="${SERVE_FLAGS--XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xss4m -Xmn32m}"
work="$(mktemp -d)"
port=$((30000 + $$ % 20000))
java $flags -jar target/lectern.jar --library content --data-dir "$work" serve --open --port "$port" \
  --max-sessions 1000 --max-per-key 1000 --log "$work/serve.log" 2> "$work/banner.txt" &
pid=$!
trap 'kill $pid 2>/dev/null || true; rm -rf "$work"' EXIT
for ((i = 0; i < 300; i++)); do grep -q "listening" "$work/banner.txt" 2>/dev/null && break; sleep 0.1; done
cat "$work/banner.txt"
for n in "${@:-50 100}"; do
  for count in $n; do
    echo "== $count readers"
    for interval in ${INTERVALS:-100 500}; do
      echo "-- one key every $interval ms per reader"
      java -cp "target/classes:target/test-classes:$(cat target/cp.txt)" dev.lectern.bench.ServeBench "$port" "$pid" "$count" 30 "$interval"
    done
  done
done
