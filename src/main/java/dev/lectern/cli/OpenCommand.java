package dev.lectern.cli;

import dev.lectern.app.Session;
import dev.lectern.content.Essay;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code lectern open [SLUG[#section]]}: the full-screen reader, straight at an essay (or at home
 * without one). It needs a terminal; {@code lectern read} is the way to print an essay.
 */
@Command(name = "open", description = "Open the full-screen reader, at an essay (and section) when one is given.",
        mixinStandardHelpOptions = true)
final class OpenCommand extends SessionCommand {
    @Parameters(paramLabel = "SLUG[#SECTION]", arity = "0..1", description = "An essay's slug, optionally with #section-anchor.")
    String target;

    @Override
    boolean needsTerminalWidth() {
        return false; // the reader measures its screen; without a terminal the message needs no width
    }

    @Override
    int execute(Session session, Out out) throws Exception {
        if (!FullScreenRun.possible(root.io)) {
            out.error("`lectern open` needs a terminal; `lectern read "
                    + (target == null ? "SLUG" : target) + "` prints an essay");
            return ExitCodes.USAGE;
        }
        if (target == null) return FullScreenRun.show(root, session, out, null, null);
        int hash = target.indexOf('#');
        String slug = hash < 0 ? target : target.substring(0, hash);
        String anchor = hash < 0 || hash == target.length() - 1 ? null : target.substring(hash + 1);
        List<String> suggestions = new ArrayList<>();
        Optional<Essay> e = EssayLookup.find(session.library(), slug, suggestions);
        if (e.isEmpty()) {
            out.error(EssayLookup.notFound(slug, suggestions));
            return ExitCodes.NOTHING;
        }
        return FullScreenRun.show(root, session, out, e.get().slug(), anchor);
    }
}
