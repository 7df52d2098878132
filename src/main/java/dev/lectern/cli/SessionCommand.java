package dev.lectern.cli;

import dev.lectern.app.Trace;
import dev.lectern.app.Session;
import dev.lectern.content.Problem;
import dev.lectern.store.DataException;
import dev.lectern.text.Theme;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ParentCommand;

/**
 * Base of the commands that open a library: sets up output and the session from the global
 * options, runs the command, and turns failures into a message and an exit code. Commands
 * return their own exit code for "nothing found".
 */
@picocli.CommandLine.Command
abstract class SessionCommand implements Callable<Integer> {
    @ParentCommand
    LecternCommand root;

    @Override
    public final Integer call() {
        return run(root, this::execute, needsTerminalWidth());
    }

    /**
     * Whether the command lays text out for the terminal's width. Asking a real terminal for its
     * size goes through jline and costs over 100 ms, so commands that open the full-screen reader
     * (which measures the screen itself) say no.
     */
    boolean needsTerminalWidth() {
        return true;
    }

    abstract int execute(Session session, Out out) throws Exception;

    /**
     * Whether the run only printed (no full-screen reader, no server), so that the process may
     * halt once its output is flushed ({@link Exit}); asked after the command has run.
     */
    boolean printedOnly() {
        return true;
    }

    interface Body {
        int run(Session session, Out out) throws Exception;
    }

    /** The environment of this run. */
    Map<String, String> env() {
        return root.io.env();
    }

    static Out out(LecternCommand root) {
        return out(root, true);
    }

    static Out out(LecternCommand root, boolean askWidth) {
        Map<String, String> env = root.io.env();
        // Without --width and without asking, 80 columns stands in: nothing will be laid out with it.
        Integer width = root.width != null || askWidth ? root.width : Integer.valueOf(80);
        TerminalInfo term = TerminalInfo.detect(env, root.io.terminal(), width, root.noColor);
        List<String> problems = new ArrayList<>();
        Theme theme = theme(root, env, term, problems);
        Out out = new Out(Out.utf8(root.io.out()), Out.utf8(root.io.err()), term, theme);
        for (String p : problems) out.error(p);
        return out;
    }

    static Theme theme(LecternCommand root, Map<String, String> env, TerminalInfo term, List<String> problems) {
        String name = root.theme != null ? root.theme : env.getOrDefault("LECTERN_THEME", "dark");
        if (root.noColor || env.containsKey("NO_COLOR")) name = "mono";
        Theme t;
        try {
            t = Theme.builtIn(name);
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage() + "; using dark");
            t = Theme.builtIn("dark");
        }
        Path file = dev.lectern.store.DataPaths.resolve(root.dataDir, env).config().resolve("theme.properties");
        if (t.isMono()) return t;
        List<String> inFile = new ArrayList<>();
        t = t.withOverrides(file, inFile);
        if (!inFile.isEmpty()) problems.add(themeFileProblems(file, inFile));
        return t;
    }

    /** A broken theme file's problems in two lines at most: the first, how many more, and what to do. */
    private static String themeFileProblems(Path file, List<String> inFile) {
        String first = inFile.get(0);
        if (!first.contains(file.toString())) first = "the theme file " + file + ": " + first.replaceFirst("^theme: ", "");
        return first + (inFile.size() > 1 ? " (and " + (inFile.size() - 1) + " more)" : "") + ".\n"
                + "  Fix or remove it (README.md, Theme, says how); the built-in colours stand in meanwhile.";
    }

    /**
     * The clock commands use: a fixed instant from {@code LECTERN_NOW} (ISO-8601, for scripted
     * demos and tests of what happens "tomorrow"), else the run's own clock.
     */
    static Clock clock(LecternCommand root) {
        String now = root.io.env().get("LECTERN_NOW");
        if (now != null && !now.isBlank()) {
            try {
                return Clock.fixed(java.time.Instant.parse(now.strip()), java.time.ZoneOffset.UTC);
            } catch (java.time.format.DateTimeParseException e) {
                throw new IllegalArgumentException("LECTERN_NOW must be an instant like 2026-11-23T09:00:00Z, not `"
                        + now + "`", e);
            }
        }
        return root.io.clock();
    }

    static int run(LecternCommand root, Body body) {
        return run(root, body, true);
    }

    static int run(LecternCommand root, Body body, boolean askWidth) {
        Out out = out(root, askWidth);
        Trace.mark("output set up");
        // The system zone decides where a day ends for streaks; instants are stored in UTC regardless.
        Clock clock;
        try {
            clock = clock(root);
        } catch (IllegalArgumentException e) {
            out.error(e.getMessage());
            out.flush();
            return ExitCodes.USAGE;
        }
        try (Session session = new Session(root.library, root.dataDir, root.io.env(), clock)) {
            int code = body.run(session, out);
            if (session.indexNotice() != null) out.error(session.indexNotice());
            reportNewProblems(session, out);
            return code;
        } catch (Session.LibraryMissingException e) {
            out.error(e.getMessage());
            return ExitCodes.DATA;
        } catch (DataException e) {
            out.error(e.getMessage());
            return ExitCodes.DATA;
        } catch (SQLException e) {
            DataException study = dev.lectern.store.StudyFile.explain(
                    dev.lectern.store.DataPaths.resolve(root.dataDir, root.io.env()).studyFile(), e);
            out.error(study != null ? study.getMessage() : "data error: " + e.getMessage());
            return ExitCodes.DATA;
        } catch (IOException e) {
            out.error("cannot read: " + e.getMessage());
            return ExitCodes.DATA;
        } catch (Exception e) {
            out.error("unexpected error: " + e);
            return ExitCodes.DATA;
        } finally {
            out.flush();
        }
    }

    /** Problems found in files that changed since the last command: shown once, when they appear. */
    private static void reportNewProblems(Session session, Out out) {
        if (session.lastReport() == null) return;
        List<Problem> ps = session.lastReport().problems();
        int shown = 0;
        for (Problem p : ps) {
            if (shown++ < 10) out.note(p.toString());
        }
        if (ps.size() > 10) out.note("\u2026 and " + (ps.size() - 10) + " more; run `lectern check`");
    }
}
