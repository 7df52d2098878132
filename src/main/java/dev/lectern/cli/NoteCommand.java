package dev.lectern.cli;

import dev.lectern.app.Session;
import dev.lectern.study.Annotations;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lectern note SLUG[#ANCHOR] TEXT}: attaches a note to an essay or one of its sections. */
@Command(name = "note", description = {"Attach a note to an essay or one of its sections.",
        "Example: lectern note softmax#temperature \"below 1 sharpens\""}, mixinStandardHelpOptions = true)
final class NoteCommand extends SessionCommand {
    @Parameters(index = "0", paramLabel = "SLUG[#ANCHOR]", description = "The essay, and optionally a section anchor.")
    String target;
    @Parameters(index = "1..*", arity = "1..*", paramLabel = "TEXT", description = "The note (words are joined by spaces).")
    List<String> words;
    @Option(names = "--json", description = "Print the stored note as JSON.")
    boolean json;

    @Override
    int execute(Session session, Out out) throws Exception {
        String text = String.join(" ", words).strip();
        if (text.isEmpty()) {
            out.error("the note is empty");
            return ExitCodes.USAGE;
        }
        Optional<SectionTarget> t = SectionTarget.resolve(session, target, out);
        if (t.isEmpty()) return ExitCodes.NOTHING;
        Annotations.Note n = session.study().annotations().addNote(t.get().essay(), t.get().anchor(), text);
        if (json) out.json(NotesCommand.json(n));
        else out.line("Noted on " + n.target() + ".");
        return ExitCodes.OK;
    }
}
