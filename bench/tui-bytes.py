#!/usr/bin/env python3
"""Bytes a terminal receives to scroll 100 lines one at a time: lectern's reader against less on
the same rendered essay, both through a pseudo-terminal of 80x24; and the reader's resident
memory on the bundled library. Run from the repository root after `mvn package` (bench/tui.sh)."""
import argparse, fcntl, os, pty, re, select, struct, sys, tempfile, termios, time

COLS, ROWS = 80, 24
ESSAY = "rlhf-papers"


def spawn(argv, env):
    pid, fd = pty.fork()
    if pid == 0:
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", ROWS, COLS, 0, 0))
        os.execvpe(argv[0], argv, env)
    return pid, fd


def read_some(fd, timeout):
    r, _, _ = select.select([fd], [], [], timeout)
    if not r:
        return b""
    try:
        data = os.read(fd, 65536)
    except OSError:
        return b""
    if b"\x1b[6n" in data:  # a cursor position report is asked for (lanterna's size probe): answer as a terminal would
        os.write(fd, b"\x1b[%d;%dR" % (ROWS, COLS))
    return data


def wait_for(fd, needle, timeout=30.0):
    buf = b""
    end = time.time() + timeout
    while time.time() < end:
        buf += read_some(fd, 0.1)
        if needle.encode() in buf:
            return buf
    sys.exit("never saw %r; last output: %r" % (needle, buf[-500:]))


def drain(fd, quiet):
    """Everything the program writes until it has been quiet for `quiet` seconds."""
    total = b""
    while True:
        chunk = read_some(fd, quiet)
        if not chunk:
            return total
        total += chunk


def scroll_bytes(fd, key=b"j", n=100, quiet=0.08):
    drain(fd, 0.5)
    total = 0
    for _ in range(n):
        os.write(fd, key)
        total += len(drain(fd, quiet))
    return total


def rss_mb(pid):
    with open("/proc/%d/status" % pid) as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024.0
    return float("nan")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--flags", default="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xss4m -Xmn32m")
    ap.add_argument("--jar", default="target/lectern.jar")
    args = ap.parse_args()
    data = tempfile.mkdtemp(prefix="lectern-bytes-")
    env = dict(os.environ, TERM="xterm", LANG="C.UTF-8", LC_ALL="C.UTF-8")
    env.pop("NO_COLOR", None)
    java = ["java"] + args.flags.split() + ["-jar", args.jar, "--data-dir", data, "--library", "content"]

    # the same essay rendered for the reader's text width (78 at 80 columns), styled, for less
    pid, fd = spawn(java + ["read", ESSAY, "--width", "78"], dict(env, PAGER="cat"))
    text = b""
    while True:
        chunk = read_some(fd, 5.0)
        if not chunk:
            break
        text += chunk
    os.waitpid(pid, 0)
    styled = os.path.join(data, "essay.txt")
    with open(styled, "wb") as f:
        f.write(text.replace(b"\r\n", b"\n"))

    # lectern: open the essay from the library screen, then scroll
    pid, fd = spawn(java, env)
    wait_for(fd, "Tracks")
    os.write(fd, b"e")
    time.sleep(0.3)
    os.write(fd, b"/rlhf\r")
    time.sleep(0.3)
    os.write(fd, b"\r")
    wait_for(fd, "left")
    lectern = scroll_bytes(fd)
    lectern_up = scroll_bytes(fd, b"k")
    os.write(fd, b"G")
    drain(fd, 0.5)
    os.write(fd, b"s")
    for c in b"attention":
        os.write(fd, bytes([c]))
        drain(fd, 0.05)
    drain(fd, 0.5)
    rss = rss_mb(pid)
    os.write(fd, b"\x03")  # Ctrl-C quits from anywhere (Q would be typed into the search)
    os.waitpid(pid, 0)

    # less on the same styled text
    pid, fd = spawn(["less", "-R", styled], env)
    wait_for(fd, "\x1b[", 10)
    less = scroll_bytes(fd)
    less_up = scroll_bytes(fd, b"k")
    os.write(fd, b"q")
    os.waitpid(pid, 0)

    print("bytes to scroll 100 lines down one at a time at %dx%d: lectern %d (%.0f per line), less %d (%.0f per line): %.2fx"
          % (COLS, ROWS, lectern, lectern / 100, less, less / 100, lectern / max(1, less)))
    print("bytes to scroll 100 lines up: lectern %d, less %d: %.2fx" % (lectern_up, less_up, lectern_up / max(1, less_up)))
    print("resident memory after opening and scrolling %s and a search: %.0f MB" % (ESSAY, rss))


if __name__ == "__main__":
    main()
