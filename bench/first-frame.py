#!/usr/bin/env python3
"""Launch to first painted frame of lectern's reader, on a pseudo-terminal.

    python3 bench/first-frame.py [--runs N] [--size 100x30] [--marker TEXT] -- COMMAND...

Starts COMMAND on a fresh pty of the given size (TERM=xterm-256color), reads what it writes,
and stops the clock when MARKER (default: the key-hint line's "help", the last row of the home
screen) has arrived, escape sequences removed. Then sends q and waits for the exit. Prints each
launch and the median, min and max in milliseconds."""
import argparse, fcntl, os, pty, re, select, signal, statistics, struct, sys, termios, time

CSI = re.compile(rb"\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b[()][0-9A-B]|\x1b[=>78]")


def one(cmd, rows, cols, marker, timeout=10.0):
    start = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:
        os.environ["TERM"] = "xterm-256color"
        os.execvp(cmd[0], cmd)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
    seen, took = b"", None
    while time.perf_counter() - start < timeout:
        r, _, _ = select.select([fd], [], [], 0.05)
        if not r:
            continue
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            break
        seen += chunk
        # A terminal answers a cursor-position query (lanterna asks one to learn the size);
        # a bare pty does not, so play the terminal's part.
        if b"\x1b[6n" in chunk:
            os.write(fd, f"\x1b[{rows};{cols}R".encode())
        if marker in CSI.sub(b"", seen):
            took = (time.perf_counter() - start) * 1000
            break
    try:
        os.write(fd, b"q")
        deadline = time.time() + 3
        while time.time() < deadline:
            done, _ = os.waitpid(pid, os.WNOHANG)
            if done:
                break
            select.select([fd], [], [], 0.05)
            try:
                os.read(fd, 65536)
            except OSError:
                pass
        else:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
    finally:
        os.close(fd)
    return took


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=10)
    ap.add_argument("--size", default="100x30")
    ap.add_argument("--marker", default="help")
    ap.add_argument("cmd", nargs="+")
    a = ap.parse_args()
    cols, rows = (int(x) for x in a.size.split("x"))
    one(a.cmd, rows, cols, a.marker.encode())  # warm-up: page cache, index up to date
    times = []
    for _ in range(a.runs):
        t = one(a.cmd, rows, cols, a.marker.encode())
        if t is None:
            sys.exit("first-frame.py: the marker never appeared; is the command the reader?")
        times.append(t)
    print("  launches: " + " ".join(f"{t:.0f}" for t in times) + " ms")
    print(f"  median {statistics.median(times):.0f} ms, min {min(times):.0f} ms, max {max(times):.0f} ms")


if __name__ == "__main__":
    main()
