package dev.lectern.tui.lanterna;

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
 * Both ways of taking the terminal, on a real pseudo-terminal (script(1) makes one): the reader's
 * mode is what lanterna's stty calls set (no line editing, no echo, reads of one byte, Ctrl-C a
 * key), the settings given back are byte for byte the ones found, and the native one reads the
 * window size from the kernel.
 */
class TtyTest {
    @Test
    void theNativeLineDisciplineSetsTheReadersModeGivesItBackAndKnowsTheSize() throws Exception {
        List<String> out = probe("native");
        Assumptions.assumeFalse(out.contains("no native terminal library"), "jline's native library does not load here");
        assertTrue(out.contains("tty: NativeTty"), String.join("\n", out));
        assertTaken(out);
        assertTrue(out.contains("size: 100x30"), String.join("\n", out));
    }

    @Test
    void theSttyLineDisciplineSetsTheSameModeAndGivesItBack() throws Exception {
        List<String> out = probe("stty");
        assertTaken(out);
        assertTrue(out.contains("size: unknown"), String.join("\n", out)); // lanterna asks the terminal
    }

    @Test
    void whereTheNativeLibraryCannotLoadItSaysNothingAndSttyTakesOver() throws Exception {
        // no copy beside the jar and no temporary folder to copy it to
        List<String> out = probe("process", "-Dlibrary.jline.path=/nonexistent", "-Djava.io.tmpdir=/nonexistent");
        String all = String.join("\n", out);
        assertTrue(out.contains("tty: SttyTty"), all);
        assertTaken(out);
        assertFalse(all.contains("WARNING") || all.contains("jline"), all);
    }

    private static void assertTaken(List<String> out) {
        String all = String.join("\n", out);
        String taken = out.stream().filter(l -> l.startsWith("taken: ")).findFirst().orElseThrow(() -> new AssertionError(all));
        for (String setting : List.of("-icanon", "-echo ", "intr = <undef>", "min = 1;")) {
            assertTrue(taken.contains(setting), setting + " in " + taken);
        }
        List<String> states = out.stream().filter(l -> l.startsWith("state ")).toList();
        assertEquals(2, states.size(), all);
        assertEquals(states.get(0).substring("state before ".length()), states.get(1).substring("state after ".length()), all);
        assertTrue(states.get(0).length() > "state before ".length() + 10, all);
        // stty -g leaves out the line discipline; a terminal given back must keep it too
        List<String> lines = out.stream().filter(l -> l.startsWith("line ")).toList();
        assertEquals(List.of("line before line = 0;", "line after line = 0;"), lines, all);
    }

    /** The probe's lines, with stty's saved state before and after it, on a 100x30 pseudo-terminal. */
    private static List<String> probe(String kind, String... jvmOptions) throws Exception {
        Assumptions.assumeTrue(System.getProperty("os.name").equals("Linux"), "script(1) and stty as on Linux");
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/script")), "no script(1) to make a terminal");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String line = "$(stty -a | grep -o 'line = [0-9]*;')";
        String inner = "stty rows 30 cols 100; echo \"state before $(stty -g)\"; echo \"line before " + line + "\"; "
                + java + " " + String.join(" ", jvmOptions) + " -cp " + System.getProperty("java.class.path") + " "
                + TtyProbe.class.getName() + " " + kind
                + "; echo \"state after $(stty -g)\"; echo \"line after " + line + "\"";
        Process p = new ProcessBuilder("/usr/bin/script", "-qec", inner, "/dev/null").redirectErrorStream(true).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), out);
        Assumptions.assumeTrue(out.contains("state before"), "script(1) could not run the probe: " + out);
        return out.lines().map(String::strip).toList();
    }
}
