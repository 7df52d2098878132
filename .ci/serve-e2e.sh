#!/usr/bin/env bash
# End-to-end: `lectern serve` reached with the real OpenSSH client, in tmux, as a reader uses it.
# Alice connects, lands on home (with her name), opens a track's first essay, scrolls, resizes,
# quits; she reconnects and home offers to continue that essay; Bob, with his own key, has his own
# (empty) progress; an exec request is refused. Installs openssh-client and tmux when it can,
# and otherwise says plainly that it skipped (exit 0).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

need=()
command -v ssh >/dev/null 2>&1 || need+=(openssh-client)
command -v tmux >/dev/null 2>&1 || need+=(tmux)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    apt-get install -y -qq "${need[@]}" >/dev/null 2>&1 || apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq "${need[@]}" >/dev/null 2>&1 || true
  fi
fi
for tool in ssh ssh-keygen tmux; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "serve-e2e: skipped: $tool is not installed and could not be installed"
    exit 0
  fi
done
jar="target/lectern.jar"
if [ ! -f "$jar" ]; then mvn -q -B package -DskipTests; fi

work="$(mktemp -d)"
session="serve-e2e-$$"
port=$((20000 + $$ % 20000))
server_pid=""
cleanup() {
  tmux kill-session -t "$session" 2>/dev/null || true
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

ssh-keygen -q -t ed25519 -N '' -C alice -f "$work/alice"
ssh-keygen -q -t ed25519 -N '' -C bob -f "$work/bob"
cat "$work/alice.pub" "$work/bob.pub" > "$work/authorized_keys"

java -jar "$jar" --library content --data-dir "$work/data" serve --port "$port" \
  --authorized-keys "$work/authorized_keys" > "$work/serve.log" 2>&1 &
server_pid=$!
for ((i = 0; i < 300; i++)); do
  grep -q "listening on" "$work/serve.log" && break
  kill -0 "$server_pid" 2>/dev/null || { echo "serve-e2e: the server stopped:"; cat "$work/serve.log"; exit 1; }
  sleep 0.1
done
grep "listening on" "$work/serve.log"

ssh_cmd() { # key [args...]
  local key="$1"; shift
  echo "ssh -p $port -i $work/$key -o IdentitiesOnly=yes -o StrictHostKeyChecking=no -o UserKnownHostsFile=$work/known_hosts -o LogLevel=ERROR $* reader@127.0.0.1"
}
screen() { tmux capture-pane -p -t "$session"; }
wait_for() { # text, seconds
  local i
  for ((i = 0; i < ${2:-20} * 10; i++)); do
    if screen | grep -qF -- "$1"; then return 0; fi
    sleep 0.1
  done
  echo "serve-e2e: the screen never showed '$1'; it shows:"; screen; echo "-- log:"; cat "$work/serve.log"; exit 1
}
connect() { # key width height
  tmux new-session -d -s "$session" -x "$2" -y "$3" "TERM=xterm-256color LANG=C.UTF-8 $(ssh_cmd "$1" -t); sleep 0.5"
}
ended() {
  local i
  for ((i = 0; i < 100; i++)); do
    tmux has-session -t "$session" 2>/dev/null || return 0
    sleep 0.1
  done
  echo "serve-e2e: the connection did not end"; screen; exit 1
}

echo "serve-e2e: alice connects at 100x30"
connect alice 100 30
wait_for "Tracks"
screen | head -1 | grep -qF "alice" || { echo "serve-e2e: home does not name alice"; screen; exit 1; }
tmux send-keys -t "$session" Enter
wait_for "min to go"
tmux send-keys -t "$session" Enter
wait_for "min read"
for _ in 1 2 3 4 5 6; do tmux send-keys -t "$session" j; done
sleep 0.5
tmux resize-window -t "$session" -x 80 -y 24
sleep 1
wide=$(screen | LC_ALL=C.UTF-8 wc -L)
[ "$wide" -le 80 ] || { echo "serve-e2e: after the resize a line is $wide wide"; screen; exit 1; }
tmux send-keys -t "$session" q q q
ended

echo "serve-e2e: alice reconnects at 80x24: home offers her essay"
connect alice 80 24
wait_for "Continue reading"
tmux send-keys -t "$session" c
wait_for "min left"
status=$(screen | grep -F "min left" | tail -1)
grep -qE " [1-9][0-9]?% " <<< "$status" || { echo "serve-e2e: the essay did not reopen at alice's place: $status"; screen; exit 1; }
echo "serve-e2e: reopened at: $status"
tmux send-keys -t "$session" q q q
ended

echo "serve-e2e: bob has his own progress"
connect bob 100 30
wait_for "Tracks"
if screen | grep -qF "Continue reading"; then echo "serve-e2e: bob sees alice's progress"; screen; exit 1; fi
tmux send-keys -t "$session" q
ended

echo "serve-e2e: an exec request is refused"
set +e
out=$($(ssh_cmd alice -o BatchMode=yes) search kv 2>&1)
rc=$?
set -e
[ "$rc" -ne 0 ] && grep -qF "hosts the reader only" <<< "$out" || { echo "serve-e2e: exec was not refused (exit $rc): $out"; exit 1; }

kill "$server_pid"; wait "$server_pid" 2>/dev/null || true; server_pid=""
grep -q "disconnect alice" "$work/serve.log" || { echo "serve-e2e: no disconnect line in the log"; cat "$work/serve.log"; exit 1; }
echo "serve-e2e: passed ($(grep -c 'reader .* in (' "$work/serve.log") readers served)"
