package dev.lectern.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The root command: global options, and with no subcommand, the full-screen reader on a
 * terminal or an overview of the library otherwise. Its subcommands are listed in
 * {@link Subcommands} and added by {@link Main}, only the one invoked when that is clear.
 */
@Command(name = "lectern", mixinStandardHelpOptions = true, versionProvider = Version.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = "A terminal reader and study tool for libraries of Markdown essays.",
        footer = {"", "Exit codes: 0 ok, 1 nothing found or check failed, 2 usage error, 3 content or data error.",
                "Data: the index in $XDG_CACHE_HOME/lectern, study data in $XDG_DATA_HOME/lectern (--data-dir overrides both)."})
public final class LecternCommand implements Callable<Integer> {
    @Option(names = "--library", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "Library folder to open (default: the bundled library).")
    Path library;

    @Option(names = "--data-dir", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "Keep the index and study data under DIR instead of the XDG folders.")
    Path dataDir;

    @Option(names = "--theme", paramLabel = "NAME", scope = ScopeType.INHERIT,
            description = "Colour theme: dark, light or mono (default: dark).")
    String theme;

    @Option(names = "--no-color", scope = ScopeType.INHERIT, description = "No colour (as NO_COLOR does).")
    boolean noColor;

    @Option(names = "--width", paramLabel = "N", scope = ScopeType.INHERIT,
            description = "Format for N columns instead of the terminal's width.")
    Integer width;

    /** The streams, environment and clock of this run (not an option: {@link Main} sets it). */
    Io io;

    @Override
    public Integer call() throws Exception {
        if (FullScreenRun.possible(io)) return FullScreenRun.run(this);
        return new Overview(this).run();
    }
}
