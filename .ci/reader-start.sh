#!/usr/bin/env bash
# The installed reader's start on a pseudo-terminal: every class it loads, from launch to quit,
# comes from the launcher's AOT cache, none from the jar (a class read from the jar costs its
# parsing, and the jar's first opening ~13 ms: docs/BENCHMARKS.md, "Start-up"). Prints the
# first frame's time. Skips (exit 0) without python3 or without an AOT cache (Java 17-23).
#   bash .ci/reader-start.sh PREFIX DATA_DIR
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
prefix="$1"; data="$2"
launcher="$prefix/bin/lectern"
command -v python3 >/dev/null || { echo "reader-start: skipped: python3 is not installed"; exit 0; }
grep -q 'AOTCache' "$launcher" || { echo "reader-start: skipped: this launcher has no AOT cache"; exit 0; }
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
# the launcher, logging each class it loads and where from
sed "s|^exec \"\([^\"]*\)\"|exec \"\1\" -Xlog:class+load:file=$work/classes.txt|" "$launcher" > "$work/lectern"
"$launcher" --data-dir "$data" read kv-cache --plain > /dev/null # the index up to date, an essay to continue
python3 bench/first-frame.py --runs 1 -- sh "$work/lectern" --data-dir "$data"
from_jar="$(grep -c 'source: file:.*lectern\.jar' "$work/classes.txt" || true)"
if [ "$from_jar" != 0 ]; then
  echo "reader-start: $from_jar classes were read from the jar instead of the AOT cache:"
  grep 'source: file:.*lectern\.jar' "$work/classes.txt" | head -20
  exit 1
fi
echo "reader-start: every class from the AOT cache ($(grep -c 'shared objects file' "$work/classes.txt") of them)"
