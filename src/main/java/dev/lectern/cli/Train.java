package dev.lectern.cli;

import dev.lectern.app.Session;
import dev.lectern.store.Database;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The training run for the class-data archive (AppCDS on Java 17–23, the AOT cache on 24+)
 * that install.sh makes: the archive holds only classes loaded in one process, so this runs in
 * one JVM the commands whose start-up matters, each as the launcher would (the quick path where
 * it applies, picocli otherwise): a search that builds the index, one that finds it up to date,
 * one that finds nothing and makes suggestions, JSON output, list, define, reading an essay,
 * progress. Output is discarded
 * by the caller; the arguments given (e.g. {@code --data-dir DIR}) go before each command.
 */
public final class Train {
    private Train() {
    }

    public static void main(String[] global) {
        // What Main.main does before a command, so the cache holds Main, the locale classes a
        // command loads and the driver's warm-up thread (a class missing from the cache is read
        // from the jar and verified, and the first such read opens the jar).
        LocaleData.useBuiltIn();
        Database.warmUpInBackground();
        String[][] commands = {
            {"search", "gradient", "descent"},
            {"search", "gradient", "descent"},
            {"search", "atention", "transfromer"},
            {"search", "--json", "softmax"},
            {"list"},
            {"list", "--json", "--sort", "date"},
            {"define", "softmax"},
            {"tracks"},
            // Reading loads flexmark and the renderer: the largest set of classes after search.
            {"read", "attention-is-all-you-need-equations", "--plain", "--width", "80"},
            {"read", "kv-cache", "--plain", "--width", "100"},
            // next --plain: at a terminal without --plain it would open the reader on the install's terminal
            {"next", "--plain"},
            {"progress"},
            {}, // plain lectern: the overview here, the reader on a terminal
            {"review", "--list"},
        };
        // -Dlectern.train.only=search: that command's plain runs alone, for the cache the launcher
        // picks for it. A cache costs every start the time to map and link all its classes, so
        // the one for search should hold a search's classes and nothing else; install.sh runs
        // this after a full training, on its data, so the index is up to date (as it is on
        // every day but the first) and the indexer's classes stay out. --json is left out too:
        // a script's search loads its JSON classes from the jar.
        // -Dlectern.train.only=reader: plain lectern (what it runs before the reader), list (so that
        // coloured output's classes, which the reader's start sets up, are in), and the reader.
        String only = System.getProperty("lectern.train.only");
        boolean reader = "reader".equals(only);
        if (only != null) {
            commands = java.util.Arrays.stream(commands)
                    .filter(c -> reader ? c.length == 0 || List.of(c).equals(List.of("list"))
                            : c.length > 0 && c[0].equals(only) && !List.of(c).contains("--json"))
                    .toArray(String[][]::new);
        }
        for (String[] c : commands) {
            List<String> args = new ArrayList<>(List.of(global));
            args.addAll(List.of(c));
            String[] a = args.toArray(new String[0]);
            Main.command(Io.system(), a).halts(); // what main asks before it exits, without exiting
            // Again as typed at a terminal: coloured output loads classes a pipe never does, and a
            // class missing from the cache is read from the jar (whose first opening costs ~13 ms).
            if (c.length > 0 && FastPath.isQuick(c[0])) Main.command(terminal(), a);
        }
        if (only != null && !reader) System.exit(0);
        // The full-screen reader, on the terminal class a real one uses, over a pipe: its classes (and lanterna's) join the archive.
        Path dataDir = null;
        for (int i = 0; i + 1 < global.length; i++) if (global[i].equals("--data-dir")) dataDir = Path.of(global[i + 1]);
        try (Session s = new Session(null, dataDir, System.getenv(), java.time.Clock.systemUTC())) {
            dev.lectern.tui.lanterna.Rehearsal.play(s, 20_000);
        } catch (Exception e) {
            // the archive is only an optimisation
        }
        System.exit(0);
    }

    /** A terminal's streams as a command sees them, its output discarded; COLUMNS set so no stty runs. */
    private static Io terminal() {
        java.util.Map<String, String> env = new java.util.HashMap<>(System.getenv());
        env.remove("NO_COLOR");
        env.put("TERM", "xterm-256color");
        env.put("COLORTERM", "truecolor");
        env.put("COLUMNS", "100");
        java.io.OutputStream none = java.io.OutputStream.nullOutputStream();
        return new Io(java.io.InputStream.nullInputStream(), none, none, env, java.time.Clock.systemUTC(), true);
    }
}
