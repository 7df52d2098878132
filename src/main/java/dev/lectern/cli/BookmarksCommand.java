package dev.lectern.cli;

import dev.lectern.app.Session;
import dev.lectern.content.Essay;
import dev.lectern.study.Annotations;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code lectern bookmarks}: one line per bookmark, tab-separated when piped. */
@Command(name = "bookmarks", description = "List your bookmarks (those of removed essays are kept, marked orphaned).",
        mixinStandardHelpOptions = true)
final class BookmarksCommand extends SessionCommand {
    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    int execute(Session session, Out out) throws Exception {
        List<Annotations.Bookmark> all = session.study().annotations().bookmarks();
        if (json) {
            out.json(all.stream().map(b -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("slug", b.essay().map(Essay::slug).orElse(b.slug()));
                m.put("anchor", b.anchor());
                m.put("title", b.essay().map(Essay::title).orElse(null));
                m.put("created", b.created().toString());
                m.put("orphaned", b.essay().isEmpty());
                return m;
            }).toList());
            return all.isEmpty() ? ExitCodes.NOTHING : ExitCodes.OK;
        }
        if (all.isEmpty()) {
            out.note("no bookmarks yet; add one with `lectern bookmark SLUG#SECTION`");
            return ExitCodes.NOTHING;
        }
        DateTimeFormatter day = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(session.clock().getZone());
        for (Annotations.Bookmark b : all) {
            String slug = b.essay().map(Essay::slug).orElse(b.slug());
            out.fields(b.anchor().isEmpty() ? slug : slug + "#" + b.anchor(),
                    b.essay().map(Essay::title).orElse("(orphaned: essay removed)"), day.format(b.created()));
        }
        return ExitCodes.OK;
    }
}
