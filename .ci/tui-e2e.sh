#!/usr/bin/env bash
# End-to-end: the full-screen reader under tmux, as a user runs it. Start at 80x24 (TERM=xterm,
# 16 colours), open a track's first essay, scroll, quit; start again at 200x60 and check that the
# reader comes back at the same passage. Skips (exit 0) when tmux is missing.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

if ! command -v tmux >/dev/null 2>&1; then
  echo "tui-e2e: skipped: tmux is not installed"
  exit 0
fi
jar="target/lectern.jar"
if [ ! -f "$jar" ]; then mvn -q -B package -DskipTests; fi

data="$(mktemp -d)"
session="tui-e2e-$$"
trap 'tmux kill-session -t "$session" 2>/dev/null || true; rm -rf "$data"' EXIT

screen() { tmux capture-pane -p -t "$session"; }
wait_for() { # text, seconds
  local i
  for ((i = 0; i < ${2:-20} * 10; i++)); do
    if screen | grep -qF -- "$1"; then return 0; fi
    sleep 0.1
  done
  echo "tui-e2e: the screen never showed '$1'; it shows:"; screen; exit 1
}
start() { # width height
  tmux new-session -d -s "$session" -x "$1" -y "$2" \
    "TERM=xterm LANG=C.UTF-8 java -jar $jar --data-dir $data --library content"
}
stopped() {
  local i
  for ((i = 0; i < 100; i++)); do
    tmux has-session -t "$session" 2>/dev/null || return 0
    sleep 0.1
  done
  echo "tui-e2e: lectern did not quit"; screen; exit 1
}

echo "== 80x24: open the first track's first essay, scroll, quit"
start 80 24
wait_for "Tracks"
tmux send-keys -t "$session" Enter          # the first track
wait_for "min to go"
tmux send-keys -t "$session" c              # begin the track
wait_for "min left"
tmux send-keys -t "$session" d d d j j
sleep 0.5
for _ in 1 2 3 4 5; do                      # land on a line of text, not a blank one
  top="$(screen | sed -n 1p | sed 's/^ *//')"
  [ -n "$top" ] && break
  tmux send-keys -t "$session" j; sleep 0.3
done
word="$(printf '%s\n' "$top" | awk '{print $1}')"
section="$(screen | sed -n 24p | sed 's/^ *//; s/  .*//; s/.* › //; s/.* > //')"
echo "top line: $top"
echo "section:  $section"
tmux send-keys -t "$session" q              # back to the track
wait_for "min to go"
tmux send-keys -t "$session" q              # back home
wait_for "Continue reading"
tmux send-keys -t "$session" Q
stopped

echo "== 200x60: continue reading lands on the same passage"
start 200 60
wait_for "Continue reading"
tmux send-keys -t "$session" Enter
wait_for "min left"
sleep 0.5
newtop="$(screen | sed -n 1p)"
status="$(screen | sed -n 60p)"
echo "top line: $(printf '%s' "$newtop" | sed 's/^ *//')"
tmux send-keys -t "$session" Q
stopped
case "$newtop" in
  *"$word"*) ;;
  *) echo "tui-e2e: FAILED: the top line at 200x60 does not hold '$word'"; exit 1 ;;
esac
case "$status" in
  *"$section"*) ;;
  *) echo "tui-e2e: FAILED: the status line does not name '$section': $status"; exit 1 ;;
esac
echo "tui-e2e: passed"
