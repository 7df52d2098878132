package dev.lectern.cli;

import dev.lectern.app.Session;
import dev.lectern.study.StudyTransfer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code lectern export FILE}: all study data (every library) as JSON, to move to another machine. */
@Command(name = "export", description = {"Write all study data (progress, cards and reviews, notes, bookmarks; every",
        "library) to FILE as JSON (- for stdout). `lectern import FILE` merges it elsewhere."},
        mixinStandardHelpOptions = true)
final class ExportCommand extends SessionCommand {
    @Parameters(paramLabel = "FILE", description = "Where to write the JSON, or - for stdout.")
    Path file;

    @Override
    int execute(Session session, Out out) throws Exception {
        StudyTransfer.Dump dump = StudyTransfer.dump(session.studyConnection());
        String json = StudyTransfer.exportJson(session.studyConnection());
        if (file.toString().equals("-")) {
            out.stdout().print(json);
            return ExitCodes.OK;
        }
        Path target = file.toAbsolutePath();
        if (target.getParent() != null) Files.createDirectories(target.getParent());
        // Write beside the target and move it into place, so a failed export never leaves half a file.
        Path tmp = Files.createTempFile(target.getParent(), ".lectern-export", ".tmp");
        try {
            Files.writeString(tmp, json, StandardCharsets.UTF_8);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
        out.note("Exported " + dump.essays().size() + " essay states, " + dump.cards().size() + " cards, "
                + dump.reviewLog().size() + " reviews, " + dump.notes().size() + " notes and " + dump.bookmarks().size()
                + " bookmarks to " + file + ".");
        return ExitCodes.OK;
    }
}
