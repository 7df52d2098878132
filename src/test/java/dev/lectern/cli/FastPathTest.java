package dev.lectern.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** The picocli-free reading of search, list, define, read and next must agree with picocli wherever it answers at all. */
class FastPathTest {
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "search softmax",
        "search kv cache",
        "search --json softmax",
        "search softmax --json -n 3",
        "search --limit=7 \"kv cache\"",
        "--library /tmp/lib search softmax",
        "--data-dir=/tmp/d --no-color search level:intro softmax --width 60",
        "search --theme light softmax --library /x",
        "search",
        "list",
        "list --json",
        "list --level intro --sort date",
        "list --sort=MINUTES --series foundations --tag x --track basics",
        "--width=100 list --no-color",
        "list --library /tmp/lib --data-dir /tmp/d",
        "define softmax",
        "define kv cache --short",
        "--no-color define --json --short layer norm",
        "read softmax",
        "read kv-cache --plain",
        "--width 80 read attention-is-all-you-need-equations#scaled-dot-product --plain",
        "read --section keys-and-values ./notes/kv.md --width=60",
        "next",
        "next serving-llms",
        "next --plain",
        "--no-color next start-here --json",
        "next --plain --library /tmp/lib fundamentals",
    })
    void readsLikePicocli(String line) {
        String[] args = line.split(" ");
        SessionCommand fast = FastPath.parse(args);
        assertNotNull(fast, "the fast path should take " + line);
        CommandLine cl = Main.commandLine();
        CommandLine.ParseResult pr = cl.parseArgs(args);
        SessionCommand slow = (SessionCommand) pr.subcommand().commandSpec().userObject();
        assertSame(cl.getCommand(), slow.root);
        assertEquals(describe(slow), describe(fast));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"(none)", "--help", "search --help", "search -h x", "-V", "search -softmax", "search -- -x",
            "search -n", "search -n -3", "search -n x", "search --limit 1 --limit 2", "search --json=true x",
            "list extra", "list --sort sideways", "list --level", "search @args", "tracks", "read", "read a b", "read --section", "read --plain=yes x", "read -p x",
            "completion bash", "--json search x", "next a b", "next -h", "next --plain=yes", "next --help", "define", "define --short", "define -x", "define --limit 2 x", "search --width -1 x", "search --library= x", "list --unknown"})
    void leavesEverythingElseToPicocli(String line) {
        String[] args = line.equals("(none)") ? new String[0] : line.split(" ");
        assertNull(FastPath.parse(args), line);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"(none)", "--no-color", "--width 80 --library /tmp/lib", "--data-dir=/tmp/d --theme light"})
    void readsPlainLecternLikePicocli(String line) {
        String[] args = line.equals("(none)") ? new String[0] : line.split(" ");
        LecternCommand fast = FastPath.parseBare(args);
        assertNotNull(fast, "the fast path should take " + line);
        CommandLine cl = Main.commandLine();
        CommandLine.ParseResult pr = cl.parseArgs(args);
        assertNull(pr.subcommand());
        assertEquals(describe((LecternCommand) cl.getCommand()), describe(fast));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"--help", "-V", "--version", "--width", "--width x", "--no-color --no-color", "open", "search x"})
    void leavesEveryOtherPlainLineToPicocli(String line) {
        assertNull(FastPath.parseBare(line.split(" ")), line);
    }

    private static String describe(LecternCommand r) {
        return List.of(String.valueOf(r.library), String.valueOf(r.dataDir), String.valueOf(r.theme),
                String.valueOf(r.noColor), String.valueOf(r.width)).toString();
    }

    private static String describe(SessionCommand c) {
        String common = describe(c.root);
        if (c instanceof SearchCommand s) return "search " + common + " " + s.words + " " + s.limit + " " + s.json;
        if (c instanceof DefineCommand d) return "define " + common + " " + d.words + " " + d.brief + " " + d.json;
        if (c instanceof ReadCommand d) return "read " + common + " " + d.target + " " + d.plain + " " + d.section;
        if (c instanceof NextCommand n) return "next " + common + " " + n.trackName + " " + n.plain + " " + n.json;
        ListCommand l = (ListCommand) c;
        return "list " + common + " " + List.of(String.valueOf(l.level), String.valueOf(l.series), String.valueOf(l.tag),
                String.valueOf(l.track), String.valueOf(l.sort), String.valueOf(l.json));
    }
}
