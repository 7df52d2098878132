package dev.lectern.cli;

import dev.lectern.app.Session;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lectern bookmark SLUG[#ANCHOR] [--remove]}: bookmarks a passage (an essay or a section). */
@Command(name = "bookmark", description = "Bookmark an essay or one of its sections (--remove takes it away).",
        mixinStandardHelpOptions = true)
final class BookmarkCommand extends SessionCommand {
    @Parameters(paramLabel = "SLUG[#ANCHOR]", description = "The essay, and optionally a section anchor.")
    String target;
    @Option(names = "--remove", description = "Remove the bookmark instead.")
    boolean remove;

    @Override
    int execute(Session session, Out out) throws Exception {
        if (remove) {
            // Removing must work for an orphaned bookmark too, so the stored slug is accepted as typed.
            int hash = target.indexOf('#');
            String slug = hash < 0 ? target : target.substring(0, hash);
            String anchor = hash < 0 ? "" : target.substring(hash + 1);
            String stored = session.library().essay(slug).map(e -> e.slug()).orElse(slug);
            if (session.study().annotations().removeBookmark(stored, anchor)) {
                out.line("Removed the bookmark on " + (anchor.isEmpty() ? stored : stored + "#" + anchor) + ".");
                return ExitCodes.OK;
            }
            out.error("no bookmark on " + target + "; `lectern bookmarks` lists them");
            return ExitCodes.NOTHING;
        }
        Optional<SectionTarget> t = SectionTarget.resolve(session, target, out);
        if (t.isEmpty()) return ExitCodes.NOTHING;
        boolean added = session.study().annotations().bookmark(t.get().essay(), t.get().anchor());
        out.line((added ? "Bookmarked " : "Already bookmarked: ") + t.get().text() + ".");
        return ExitCodes.OK;
    }
}
