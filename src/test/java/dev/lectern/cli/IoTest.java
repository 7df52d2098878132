package dev.lectern.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Whether lectern runs at a terminal, told from /proc where it can be, agrees with the console's
 * own answer: piped, and on a real pseudo-terminal (through {@code script}, when the machine has it).
 */
class IoTest {
    @Test
    void terminalDevicesAreToldFromOtherFiles() {
        for (String t : List.of("/dev/pts/3", "/dev/tty1", "/dev/tty", "/dev/ttyS0", "/dev/console")) {
            assertTrue(Io.isTerminalDevice(t), t);
        }
        for (String f : List.of("/dev/null", "pipe:[12345]", "socket:[99]", "/tmp/out.txt", "/dev/zero")) {
            assertFalse(Io.isTerminalDevice(f), f);
        }
    }

    @Test
    void procAndTheConsoleAgreeHereWherePipesAreUsed() {
        Boolean proc = Io.terminalByProc();
        Assumptions.assumeTrue(proc != null, "no /proc here");
        assertEquals(Io.consoleSaysTerminal(), proc);
    }

    @Test
    void onARealTerminalBothSayTerminal() throws Exception {
        Assumptions.assumeTrue(Files.isSymbolicLink(Path.of("/proc/self/fd/1")), "no /proc here");
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/script")), "no script(1) to make a terminal");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String inner = java + " -cp " + System.getProperty("java.class.path") + " " + IoProbe.class.getName();
        Process p = new ProcessBuilder("/usr/bin/script", "-qec", inner, "/dev/null").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        Assumptions.assumeTrue(out.contains("proc="), "script(1) could not run the probe: " + out);
        assertTrue(out.contains("proc=true console=true"), out);
    }
}
