package dev.lectern.cli;

import dev.lectern.app.Session;
import dev.lectern.study.StudyTransfer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
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
        String text;
        try {
            text = file.toString().equals("-") ? new String(System.in.readAllBytes(), StandardCharsets.UTF_8)
                    : Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            out.error("no file " + file);
            return ExitCodes.USAGE;
        }
        StudyTransfer.Dump dump = StudyTransfer.parse(text, file.toString());
        Map<String, Integer> changed = StudyTransfer.importDump(session.studyConnection(), dump);
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
