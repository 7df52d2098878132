package dev.lectern.cli;

import dev.lectern.app.Session;
import dev.lectern.content.Essay;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lectern mark SLUG --read|--unread}: records that an essay was (or was not) read. */
@Command(name = "mark", description = "Mark an essay read or unread.", mixinStandardHelpOptions = true)
final class MarkCommand extends SessionCommand {
    @Parameters(paramLabel = "SLUG", arity = "1..*", description = "The essay(s) to mark.")
    List<String> slugs;

    @ArgGroup(exclusive = true, multiplicity = "1")
    State state;

    static final class State {
        @Option(names = "--read", required = true, description = "Mark as read.")
        boolean read;
        @Option(names = "--unread", required = true, description = "Mark as not read.")
        boolean unread;
    }

    @Override
    int execute(Session session, Out out) throws Exception {
        int code = ExitCodes.OK;
        for (String slug : slugs) {
            List<String> suggestions = new ArrayList<>();
            Optional<Essay> e = EssayLookup.find(session.library(), slug, suggestions);
            if (e.isEmpty()) {
                out.error(EssayLookup.notFound(slug, suggestions));
                code = ExitCodes.NOTHING;
                continue;
            }
            session.progress().markRead(e.get(), state.read);
            out.line("Marked " + e.get().slug() + (state.read ? " read." : " unread."));
        }
        return code;
    }
}
