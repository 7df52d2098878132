package dev.lectern.run;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The live processes of one snippet run, read from Linux's {@code /proc}. Java can kill a process
 * and its current descendants, but not a process that was orphaned and adopted by init; those
 * keep their process group, and even a daemon that started a session of its own keeps the run's
 * mark in its environment, which is how the runner finds them.
 */
final class ProcessGroups {
    private ProcessGroups() {
    }

    /** The environment variable that marks every process of one snippet run. */
    static final String MARK = "LECTERN_SNIPPET_RUN";

    /**
     * Live processes of one run: in process group {@code pgid} (none when it is -1), or with
     * {@code MARK=mark} in their environment (a process may clear its environment; only a
     * sandbox could follow that one, and lectern does not claim to be one).
     */
    static List<ProcessHandle> left(long pgid, String mark) {
        byte[] needle = (MARK + "=" + mark + "\0").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        List<ProcessHandle> out = new ArrayList<>();
        try (DirectoryStream<Path> procs = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
            for (Path p : procs) {
                long group = groupOf(p);
                if (group == -1) continue;
                if (group == pgid || marked(p, needle)) {
                    ProcessHandle.of(Long.parseLong(p.getFileName().toString())).ifPresent(out::add);
                }
            }
        } catch (IOException | RuntimeException e) {
            // No /proc, or a process vanished while we looked: nothing more to find.
        }
        return out;
    }

    private static boolean marked(Path proc, byte[] needle) {
        byte[] env;
        try {
            env = Files.readAllBytes(proc.resolve("environ")); // another user's: unreadable, and not ours
        } catch (IOException | RuntimeException e) {
            return false;
        }
        outer:
        for (int i = 0; i + needle.length <= env.length; i++) {
            if (i > 0 && env[i - 1] != 0) continue;
            for (int k = 0; k < needle.length; k++) if (env[i + k] != needle[k]) continue outer;
            return true;
        }
        return false;
    }

    /**
     * Field 5 of /proc/PID/stat, or -1 for a zombie (already dead, waiting to be reaped). The
     * command name (field 2) may hold spaces, so the fields are read after its closing ')'.
     */
    private static long groupOf(Path proc) {
        try {
            String stat = Files.readString(proc.resolve("stat"));
            String[] rest = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // rest[0] is the state, rest[1] the parent, rest[2] the process group.
            return rest[0].equals("Z") ? -1 : Long.parseLong(rest[2]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
