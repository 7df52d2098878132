#!/usr/bin/env bash
# The renderer issue's outside comparison: `lectern read --plain` as a whole process against
# `pandoc -f gfm -t plain` on the same file, the longest bundled essay and a generated ~100 KB
# essay. Both are whole processes, so lectern's figure includes JVM start-up. Needs hyperfine and
# pandoc (apt-get install hyperfine pandoc) and an installed launcher (prefix as $1, default ~/.local).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
prefix="${1:-$HOME/.local}"
lectern="$prefix/bin/lectern"
for tool in hyperfine pandoc; do
  command -v "$tool" >/dev/null || { echo "skipped: $tool is not installed (apt-get install $tool)"; exit 0; }
done
[ -x "$lectern" ] || { echo "skipped: no installed launcher at $lectern; run ./install.sh --prefix $prefix"; exit 0; }
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
longest="$(ls -S content/essays/*.md | head -1)"
# A ~100 KB essay: the longest essay's body five times over, under one front matter.
awk 'NR==1,/^---$/{next} {print}' "$longest" > "$tmp/body.md"
{ echo '---'; echo 'title: Generated long essay'; echo 'dek: Five copies of the longest essay.'; echo '---'; for i in 1 2 3 4 5; do cat "$tmp/body.md"; done; } > "$tmp/big.md"
echo "longest bundled essay: $longest ($(wc -c < "$longest") bytes); generated: $(wc -c < "$tmp/big.md") bytes"
"$lectern" --data-dir "$tmp/d" list >/dev/null   # index once, so the runs below only render
hyperfine -N --warmup 3 --runs 20 --export-markdown "$tmp/render.md" \
  -n "lectern read (longest)" "$lectern --data-dir $tmp/d read $longest --plain --width 80" \
  -n "pandoc gfm→plain (longest)" "pandoc -f gfm -t plain --columns 80 $longest" \
  -n "lectern read (100 KB)" "$lectern --data-dir $tmp/d read $tmp/big.md --plain --width 80" \
  -n "pandoc gfm→plain (100 KB)" "pandoc -f gfm -t plain --columns 80 $tmp/big.md" >/dev/null
cat "$tmp/render.md"
