package dev.lectern.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.HostileLibrary;
import dev.lectern.text.DisplayWidth;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 14, hostile content, through the command line as a real process: a library built to
 * break a reader ({@link HostileLibrary}) goes through {@code list}, {@code read} at 20, 80 and
 * 200 columns, {@code search}, {@code define} and {@code check}. Each answers (no stack trace,
 * within the 60 s a process is given), prints no control character, escape sequence or bidi
 * override of the content, and no line wider than asked. On a pseudo-terminal, where output is
 * styled, the only escape sequences are lectern's own colours.
 */
@Tag("reliability") // the slow suite of docs/RELIABILITY.md: .ci/run and `mvn verify -Preliability` run it
class HostileContentTest {
    @TempDir
    static Path dir;
    static RealProcess lectern;
    static Path lib;

    @BeforeAll
    static void hostileLibrary() throws IOException {
        lib = HostileLibrary.write(dir.resolve("lib"));
        lectern = new RealProcess(lib, dir.resolve("data"));
    }

    /**
     * A character no content may put on a user's screen: C0 but newline and tab, DEL, C1, and the
     * bidi embeddings, overrides and isolates (U+202A–202E, U+2066–2069) that can show text in an
     * order other than its own ("Trojan Source", Boucher and Anderson, 2021). The plain direction
     * marks (U+200E, U+200F, U+061C) stay: right-to-left prose needs them, and they reorder only
     * the neutral characters beside them.
     */
    static boolean foreign(int c) {
        return c < 0x20 && c != '\n' && c != '\t' || c == 0x7f || c >= 0x80 && c < 0xa0
                || c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069;
    }

    static void clean(String what, String text, int width) {
        List<String> bad = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length && bad.size() < 5; i++) {
            String l = lines[i];
            for (int k = 0; k < l.length(); k++) {
                if (foreign(l.charAt(k))) {
                    bad.add("line " + (i + 1) + ": U+" + String.format("%04X", (int) l.charAt(k)) + " in [" + visible(l) + "]");
                    break;
                }
            }
            if (width > 0 && DisplayWidth.of(l) > width) bad.add("line " + (i + 1) + " is " + DisplayWidth.of(l) + " wide: [" + visible(l) + "]");
        }
        assertTrue(bad.isEmpty(), what + ":\n" + String.join("\n", bad));
    }

    private static String visible(String l) {
        StringBuilder b = new StringBuilder();
        for (char c : (l.length() > 120 ? l.substring(0, 120) + "…" : l).toCharArray()) {
            b.append(foreign(c) ? String.format("<U+%04X>", (int) c) : String.valueOf(c));
        }
        return b.toString();
    }

    static RealProcess.Result answered(String... args) throws Exception {
        RealProcess.Result r = lectern.run(args);
        String all = r.out() + r.err();
        assertFalse(all.contains("Exception") || all.contains("\tat dev.") || all.contains("\tat java."),
                String.join(" ", args) + " printed a stack trace:\n" + r.err());
        clean(String.join(" ", args) + " (stderr)", r.err(), 0);
        return r;
    }

    @Test
    void listShowsEveryReadableEssayAndNoForeignCharacter() throws Exception {
        RealProcess.Result r = answered("list");
        assertEquals(0, r.code(), r.err());
        for (String slug : HostileLibrary.READABLE) assertTrue(r.out().contains(slug), slug + " listed:\n" + r.out());
        clean("list", r.out(), 0);
        RealProcess.Result json = answered("list", "--json");
        clean("list --json", json.out(), 0);
        assertFalse(json.out().contains("\u001b") || json.out().contains("\u202e"), "JSON carries escapes as \\u escapes");
    }

    @ParameterizedTest(name = "read at {0} columns")
    @ValueSource(ints = {20, 80, 200})
    void everyEssayReadsWithinTheWidthWithNoForeignCharacter(int width) throws Exception {
        for (String slug : HostileLibrary.READABLE) {
            RealProcess.Result r = answered("read", slug, "--plain", "--width", String.valueOf(width));
            assertEquals(0, r.code(), slug + ": " + r.err());
            assertTrue(r.out().length() > 0, slug + " printed something");
            clean("read " + slug + " at " + width, r.out(), width);
        }
    }

    @Test
    void searchDefineAndTracksAnswerWithNoForeignCharacter() throws Exception {
        RealProcess.Result s = answered("search", "needle", "-n", "20");
        assertEquals(0, s.code(), s.err());
        clean("search", s.out(), 0);
        for (String slug : new String[] {"controls", "long-line", "wide-table", "math-bomb", "deep-quote"}) {
            assertTrue(s.out().contains(slug), slug + " found:\n" + s.out());
        }
        clean("search --json", answered("search", "needle", "--json").out(), 0);
        clean("define", answered("define", "softmax").out(), 0);
        clean("define needle", answered("define", "needle").out(), 0);
        clean("tracks", answered("tracks").out(), 0);
        clean("track evil", answered("track", "evil").out(), 0);
    }

    @Test
    void checkNamesEachBrokenFileWithAFileAndLine() throws Exception {
        RealProcess.Result r = answered("check", "--no-run");
        assertTrue(r.code() != 0, "check fails on this library");
        String all = r.out() + r.err();
        clean("check", all, 0);
        for (String file : new String[] {"binary.md", "yaml-bomb.md", "yaml-java.md", "bad-utf8.md", "deep-quote.md"}) {
            assertTrue(all.contains(file), file + " named:\n" + all);
        }
    }

    /** What lectern may write to a terminal: its colours (SGR) and its own OSC 8 links, nothing else. */
    private static final Pattern OWN_ESCAPE = Pattern.compile("\u001b\\[[0-9;]*m|\u001b]8;[^\u0007\u001b]*(\u0007|\u001b\\\\)");

    @Test
    void styledOutputOnAPseudoTerminalHasOnlyLecternsOwnEscapes() throws Exception {
        Path script = Path.of("/usr/bin/script");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(script), "script(1) makes the pty; not on this machine");
        for (String cmd : new String[] {"read controls --width 80", "list", "search needle", "define needle"}) {
            List<String> argv = new ArrayList<>(lectern.command(cmd.split(" ")));
            String line = String.join(" ", argv.stream().map(a -> "'" + a.replace("'", "'\\''") + "'").toList());
            ProcessBuilder pb = new ProcessBuilder(script.toString(), "-qec", "stty cols 100 rows 30; " + line, "/dev/null");
            pb.environment().put("TERM", "xterm-256color");
            pb.environment().put("PAGER", "cat");
            pb.environment().put("LANG", "C.UTF-8");
            pb.environment().remove("NO_COLOR");
            pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            pb.redirectErrorStream(true);
            Process p = pb.start();
            byte[] raw = p.getInputStream().readAllBytes();
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), cmd + " finished");
            String out = new String(raw, StandardCharsets.UTF_8);
            assertTrue(out.contains("\u001b["), cmd + " is styled on a terminal:\n" + out);
            Matcher m = OWN_ESCAPE.matcher(out);
            String rest = m.replaceAll("").replace("\r\n", "\n");
            clean(cmd + " on a pty (raw bytes, lectern's SGR and OSC 8 removed)", rest, 0);
        }
    }
}
