package dev.lectern.cli;

import dev.lectern.app.Session;
import dev.lectern.study.StudyTransfer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lectern import FILE}: merges an export into this machine's study data, never duplicating. */
@Command(name = "import", description = {"Merge study data exported with `lectern export` into this machine's.",
        "Nothing is duplicated or dropped: importing the same file twice changes nothing."},
        mixinStandardHelpOptions = true)
final class ImportCommand extends SessionCommand {
    @Parameters(paramLabel = "FILE", description = "A file written by `lectern export` (- for stdin).")
    Path file;
    @Option(names = "--json", description = "Print what changed as JSON.")
    boolean json;

    @Override
    int execute(Session session, Out out) throws Exception {
        StudyTransfer.Source source;
        String name = file.toString();
        if (name.equals("-")) {
            // Read twice (check, then import), so stdin is kept in memory, up to the size limit.
            byte[] bytes = root.io.in().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, StudyTransfer.MAX_BYTES + 1));
            StudyTransfer.checkSize(bytes.length, "the import on stdin");
            source = () -> new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8);
        } else {
            if (!Files.exists(file)) {
                out.error("no file " + file);
                return ExitCodes.USAGE;
            }
            if (!Files.isRegularFile(file)) {
                out.error(file + " is not a file; give a file written by `lectern export`");
                return ExitCodes.USAGE;
            }
            StudyTransfer.checkSize(Files.size(file), name);
            source = () -> Files.newBufferedReader(file, StandardCharsets.UTF_8);
        }
        Map<String, Integer> changed = StudyTransfer.importFrom(session.studyConnection(), source, name);
        if (json) {
            out.json(changed);
        } else {
            int total = changed.values().stream().mapToInt(Integer::intValue).sum();
            out.line(total == 0 ? "Nothing new in " + file + "; your study data already has all of it."
                    : "Imported from " + file + ": " + changed.entrySet().stream().filter(e -> e.getValue() > 0)
                    .map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", ")) + ".");
        }
        return ExitCodes.OK;
    }
}
