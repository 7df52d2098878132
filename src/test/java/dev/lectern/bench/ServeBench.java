package dev.lectern.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelShell;
import org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;

/**
 * Load on a running {@code lectern serve --open}: N readers connect at once over 127.0.0.1, each
 * opens the first essay of the first track and scrolls it one line at a time (by default ten keys a second),
 * each reader at its own phase of the cycle (not all in step).
 * Reports keystroke-to-frame over SSH (from writing the key to the last byte of the frame it
 * caused, a frame ending when no byte follows for 3 ms), bytes per one-line scroll, and the
 * server's resident memory per reader. Usage: {@code ServeBench PORT SERVER_PID N [KEYS [INTERVAL_MS]]}. Not a
 * test; run by {@code bench/serve.sh}.
 */
public final class ServeBench {
    private ServeBench() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        long pid = Long.parseLong(args[1]);
        int n = Integer.parseInt(args[2]);
        int keys = args.length > 3 ? Integer.parseInt(args[3]) : 30;
        int interval = args.length > 4 ? Integer.parseInt(args[4]) : 100;
        long rssBefore = rss(pid);
        SshClient client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
        // as OpenSSH does for an interactive session
        org.apache.sshd.core.CoreModuleProperties.TCP_NODELAY.set(client, true);
        client.start();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        List<Long> firstBytes = Collections.synchronizedList(new ArrayList<>());
        AtomicLong scrollBytes = new AtomicLong();
        AtomicLong failures = new AtomicLong();
        CountDownLatch opened = new CountDownLatch(n);
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> readers = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Thread t = new Thread(() -> {
                try {
                    read(client, port, keys, interval, latencies, firstBytes, scrollBytes, opened, go);
                } catch (Exception e) {
                    failures.incrementAndGet();
                    opened.countDown();
                    System.err.println("reader failed: " + e);
                }
            });
            t.start();
            readers.add(t);
        }
        opened.await();
        Thread.sleep(500);
        long rssOpen = rss(pid);
        long cpuBefore = cpuMillis(pid);
        long wallBefore = System.nanoTime();
        go.countDown();
        for (Thread t : readers) t.join();
        long cpu = cpuMillis(pid) - cpuBefore;
        double wall = (System.nanoTime() - wallBefore) / 1e9;
        client.stop();
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        int ok = n - (int) failures.get();
        System.out.printf("readers %d (failed %d), keystrokes %d%n", n, failures.get(), sorted.size());
        if (!sorted.isEmpty()) {
            System.out.printf("keystroke to frame over ssh: p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                    pct(sorted, 50), pct(sorted, 90), pct(sorted, 99), sorted.get(sorted.size() - 1) / 1e6);
            List<Long> first = new ArrayList<>(firstBytes);
            Collections.sort(first);
            System.out.printf("keystroke to first byte of the frame: p50 %.1f ms, p99 %.1f ms%n", pct(first, 50), pct(first, 99));
            System.out.printf("bytes per one-line scroll: %.0f%n", scrollBytes.get() / (double) sorted.size());
        }
        System.out.printf("server CPU while scrolling: %.2f ms per keystroke, %.0f%% of one core over %.1f s%n",
                sorted.isEmpty() ? 0 : cpu / (double) sorted.size(), cpu / 10.0 / wall, wall);
        System.out.printf("server RSS: %.0f MB idle, %.0f MB with %d readers in an essay: %.1f MB per reader%n",
                rssBefore / 1024.0, rssOpen / 1024.0, ok, ok == 0 ? 0 : (rssOpen - rssBefore) / 1024.0 / ok);
    }

    private static void read(SshClient client, int port, int keys, int interval, List<Long> latencies, List<Long> firstBytes,
                             AtomicLong scrollBytes,
                             CountDownLatch opened, CountDownLatch go) throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
        g.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair key = g.generateKeyPair();
        Duration wait = Duration.ofSeconds(60);
        try (ClientSession s = client.connect("reader", "127.0.0.1", port).verify(wait).getSession()) {
            s.addPublicKeyIdentity(key);
            s.auth().verify(wait);
            ChannelShell shell = s.createShellChannel();
            shell.setPtyType("xterm-256color");
            shell.setPtyColumns(100);
            shell.setPtyLines(30);
            shell.setEnv("LANG", "C.UTF-8");
            Sink out = new Sink();
            shell.setOut(out);
            shell.open().verify(wait);
            // straight into the channel: MINA's pump for an InputStream polls, adding milliseconds
            OutputStream in = shell.getInvertedIn();
            out.await("Tracks", wait);
            type(in, "\r");
            out.await("of ", wait);
            type(in, "\r");
            out.await("min left", wait);
            opened.countDown();
            go.await();
            // readers do not press keys in step: each starts at its own point of the 100 ms cycle
            Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextInt(interval));
            for (int k = 0; k < keys; k++) {
                Thread.sleep(interval);
                long before = out.count();
                long sent = System.nanoTime();
                type(in, "j");
                long last = out.awaitFrame(before, wait);
                latencies.add(last - sent);
                firstBytes.add(out.firstAt() - sent);
                scrollBytes.addAndGet(out.count() - before);
            }
            type(in, "qqq");
        }
    }

    private static void type(OutputStream in, String s) throws IOException {
        in.write(s.getBytes(StandardCharsets.UTF_8));
        in.flush();
    }

    private static double pct(List<Long> sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, i)) / 1e6;
    }

    /** User plus system CPU time of a process so far, in ms, from /proc (clock ticks of 10 ms). */
    private static long cpuMillis(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10;
    }

    /** Resident memory of a process, in kB, from /proc. */
    private static long rss(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) return Long.parseLong(line.replaceAll("\\D", ""));
        }
        return 0;
    }

    /** The channel's output: counts bytes, notes when the last one came, keeps recent text. */
    private static final class Sink extends OutputStream {
        private long count;
        private long lastAt;
        private long firstAt;
        private long frameStart = -1;
        private final StringBuilder text = new StringBuilder();

        @Override
        public synchronized void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            if (count == frameStart) firstAt = System.nanoTime();
            count += len;
            lastAt = System.nanoTime();
            text.append(new String(b, off, len, StandardCharsets.UTF_8));
            if (text.length() > 20000) text.delete(0, text.length() - 10000);
            notifyAll();
        }

        synchronized long count() {
            return count;
        }

        synchronized void await(String needle, Duration wait) throws InterruptedException {
            long end = System.nanoTime() + wait.toNanos();
            while (text.indexOf(needle) < 0) {
                long left = end - System.nanoTime();
                if (left <= 0) throw new IllegalStateException("never saw " + needle);
                wait(Math.max(1, left / 1_000_000));
            }
            text.setLength(0);
        }

        /** Waits for bytes beyond {@code before}, then for 3 ms of quiet; returns the last byte's time. */
        synchronized long firstAt() {
            return firstAt;
        }

        synchronized long awaitFrame(long before, Duration wait) throws InterruptedException {
            frameStart = before;
            long end = System.nanoTime() + wait.toNanos();
            while (count == before) {
                long left = end - System.nanoTime();
                if (left <= 0) throw new IllegalStateException("no frame");
                wait(Math.max(1, left / 1_000_000));
            }
            while (System.nanoTime() - lastAt < 3_000_000) wait(1);
            return lastAt;
        }
    }
}
