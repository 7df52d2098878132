package dev.lectern.run;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The live members of a process group, read from Linux's {@code /proc}. Java can kill a process
 * and its current descendants, but not a process that was orphaned and adopted by init; those
 * keep their process group, which is how the runner finds them.
 */
final class ProcessGroups {
    private ProcessGroups() {
    }

    static List<ProcessHandle> members(long pgid) {
        List<ProcessHandle> out = new ArrayList<>();
        try (DirectoryStream<Path> procs = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
            for (Path p : procs) {
                if (groupOf(p) == pgid) {
                    ProcessHandle.of(Long.parseLong(p.getFileName().toString())).ifPresent(out::add);
                }
            }
        } catch (IOException | RuntimeException e) {
            // No /proc, or a process vanished while we looked: nothing more to find.
        }
        return out;
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
