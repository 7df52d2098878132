package dev.lectern.cli;

import dev.lectern.store.DataException;
import dev.lectern.store.DataPaths;
import dev.lectern.store.StudyFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code lectern data}: where lectern keeps its files; {@code lectern data set-aside} renames a
 * damaged study file so that the next command starts a fresh one. Neither opens the study file
 * as a database, so both work when it is damaged.
 */
@Command(name = "data", description = {"Show where lectern keeps its files.",
        "`lectern data set-aside` moves a damaged study file aside (renamed, never deleted)."},
        mixinStandardHelpOptions = true, subcommands = DataCommand.SetAside.class)
final class DataCommand implements Callable<Integer> {
    @ParentCommand
    LecternCommand root;

    @Override
    public Integer call() {
        Out out = SessionCommand.out(root, false);
        DataPaths paths = DataPaths.resolve(root.dataDir, root.io.env());
        out.line("study data  " + paths.studyFile() + (Files.exists(paths.studyFile()) ? "" : " (not created yet)"));
        out.line("index       " + paths.cache() + " (a cache: safe to delete)");
        out.line("theme       " + paths.config().resolve("theme.properties"));
        out.line("history     " + paths.state().resolve("history"));
        out.flush();
        return ExitCodes.OK;
    }

    /** {@code lectern data set-aside [--force]}. */
    @Command(name = "set-aside", description = {"Rename a damaged study file to study.db.damaged-YYYYMMDD-HHMMSS",
            "(with its -wal and -shm files), so the next command starts a fresh one.",
            "A file that is not damaged is left alone unless --force is given."}, mixinStandardHelpOptions = true)
    static final class SetAside implements Callable<Integer> {
        @ParentCommand
        DataCommand data;

        @Option(names = "--force", description = "Set the study file aside even though it looks healthy.")
        boolean force;

        @Override
        public Integer call() {
            Out out = SessionCommand.out(data.root, false);
            try {
                return setAside(out, DataPaths.resolve(data.root.dataDir, data.root.io.env()).studyFile());
            } finally {
                out.flush();
            }
        }

        private int setAside(Out out, Path file) {
            if (Files.isRegularFile(file) && !force && StudyFile.healthy(file)) {
                out.error(file + " looks healthy (SQLite's quick check passes); it was left alone.\n"
                        + "  To start afresh anyway: lectern data set-aside --force");
                return ExitCodes.NOTHING;
            }
            try {
                Path moved = StudyFile.setAside(file, SessionCommand.clock(data.root));
                out.line("Set aside: " + file + " is now " + moved);
                out.line("The next command starts a fresh study file; the old one is kept, untouched.");
                return ExitCodes.OK;
            } catch (DataException e) {
                out.error(e.getMessage());
                return ExitCodes.NOTHING;
            } catch (IOException e) {
                out.error("cannot rename " + file + ": " + e.getMessage() + "; nothing was changed");
                return ExitCodes.DATA;
            } catch (IllegalArgumentException e) { // LECTERN_NOW malformed
                out.error(e.getMessage());
                return ExitCodes.USAGE;
            }
        }
    }
}
