package dev.lectern.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * lectern's {@code main} in a JVM of its own, as the launcher starts it: what a process does at
 * start and at exit (system properties, the classes it loads, the files it leaves) cannot be seen
 * from inside the test's JVM. The classes the child loaded are logged to a file under {@code dir}.
 */
final class ChildJvm {
    record Result(int code, String out, String classes) {
        boolean loaded(String className) {
            return classes.contains(" " + className + " ");
        }
    }

    private ChildJvm() {
    }

    static Result run(Path dir, List<String> jvmOptions, String... args) throws Exception {
        Path log = Files.createTempFile(Files.createDirectories(dir), "classes-", ".txt");
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-XX:TieredStopAtLevel=1");
        cmd.addAll(jvmOptions);
        cmd.add("-Xlog:class+load=info:file=" + log);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(Main.class.getName());
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("NO_COLOR", "1");
        pb.environment().remove("LC_ALL"); // the machine's locale must not decide the output
        pb.environment().remove("LC_CTYPE");
        pb.environment().put("LANG", "C.UTF-8");
        pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "lectern did not finish: " + cmd);
        return new Result(p.exitValue(), out, Files.readString(log));
    }
}
