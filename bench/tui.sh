#!/usr/bin/env bash
# The TUI budgets of docs/BENCHMARKS.md ("TUI"):
#  1. keystroke to painted frame and bytes per one-line scroll, in-process (dev.lectern.bench.TuiBench),
#     with the installed launcher's JVM flags;
#  2. bytes sent to a pseudo-terminal to scroll 100 lines one at a time: lectern's reader vs less on
#     the same rendered essay (bench/tui-bytes.py);
#  3. resident memory of the reader on the bundled library after opening and scrolling the longest essay.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
[ -f target/lectern.jar ] || mvn -q -B package -DskipTests
mvn -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt >/dev/null
flags="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xss4m -Xmn32m"
echo "== keystroke to frame ($flags)"
java $flags -cp "target/classes:target/test-classes:$(cat target/cp.txt)" dev.lectern.bench.TuiBench content
echo "== bytes to scroll 100 lines, and resident memory"
python3 bench/tui-bytes.py --flags "$flags"
