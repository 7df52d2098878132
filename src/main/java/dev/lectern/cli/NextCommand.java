package dev.lectern.cli;

import dev.lectern.app.Session;
import dev.lectern.content.Essay;
import dev.lectern.content.Library;
import dev.lectern.content.Track;
import dev.lectern.study.ReadingProgress;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code lectern next [TRACK]}: opens the next unread essay of the track you are on (the one you
 * read in last), or of the named track: in the full-screen reader on a terminal (as {@code lectern
 * open SLUG}, at the place it was left), plain text when piped ({@code --plain}: plain text always).
 */
@Command(name = "next", description = {"Open the next unread essay of the track you are on (or of TRACK):",
        "the full-screen reader on a terminal, plain text when piped."}, mixinStandardHelpOptions = true)
final class NextCommand extends SessionCommand {
    @Parameters(arity = "0..1", paramLabel = "TRACK", description = "A track's slug (default: the one you are on).")
    String trackName;
    @Option(names = "--json", description = "Print which essay is next as JSON instead of opening it.")
    boolean json;
    @Option(names = "--plain", description = "Plain text even on a terminal, without the full-screen reader.")
    boolean plain;
    private boolean openedReader;

    /** The width matters only for the plain text; the reader measures its screen itself. */
    @Override
    boolean needsTerminalWidth() {
        return plain || !FullScreenRun.possible(root.io);
    }

    @Override
    boolean printedOnly() {
        return !openedReader;
    }

    @Override
    int execute(Session session, Out out) throws Exception {
        Library lib = session.library();
        ReadingProgress p = session.progress();
        Optional<Track> track;
        if (trackName != null) {
            track = lib.track(trackName);
            if (track.isEmpty()) {
                track = lib.tracks().stream().filter(t -> t.slug().startsWith(trackName)
                        || t.title().equalsIgnoreCase(trackName)).findFirst();
            }
            if (track.isEmpty()) {
                out.error(TrackCommand.noTrack(lib, trackName));
                return ExitCodes.NOTHING;
            }
        } else {
            track = p.currentTrack(lib);
            if (track.isEmpty()) {
                out.error(lib.tracks().isEmpty() ? "this library has no tracks; `lectern list` shows its essays"
                        : "every track is complete; `lectern review` has your cards");
                return ExitCodes.NOTHING;
            }
        }
        Track t = track.get();
        Optional<Essay> next = p.next(lib, t);
        int position = next.map(e -> t.essays().indexOf(e.slug()) + 1).orElse(0);
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("track", t.slug());
            m.put("slug", next.map(Essay::slug).orElse(null));
            m.put("title", next.map(Essay::title).orElse(null));
            m.put("position", position);
            m.put("of", t.essays().size());
            out.json(m);
            return next.isPresent() ? ExitCodes.OK : ExitCodes.NOTHING;
        }
        if (next.isEmpty()) {
            out.note(t.title() + " is complete. Another track: `lectern tracks`.");
            return ExitCodes.NOTHING;
        }
        Essay e = next.get();
        p.touch(e); // so this track stays the one you are on
        if (!plain && FullScreenRun.possible(root.io)) {
            // on a terminal: the full-screen reader at the essay, where it was left (as `lectern open SLUG`)
            openedReader = true;
            return FullScreenRun.show(root, session, out, e.slug(), null);
        }
        out.note("Next in " + t.title() + " (" + position + "/" + t.essays().size() + "): " + e.title()
                + "  \u2014 mark it read with `lectern mark " + e.slug() + " --read`");
        out.flush();
        ReadCommand read = new ReadCommand();
        read.root = root;
        read.target = e.slug();
        read.plain = plain;
        return read.execute(session, out);
    }
}
