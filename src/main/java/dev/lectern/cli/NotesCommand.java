package dev.lectern.cli;

import dev.lectern.app.Session;
import dev.lectern.content.Essay;
import dev.lectern.study.Annotations;
import dev.lectern.text.Line;
import dev.lectern.text.Role;
import dev.lectern.text.Span;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lectern notes [SLUG] [--export FILE]}: the notes, grouped by essay; orphaned ones last. */
@Command(name = "notes", description = {"List your notes, grouped by essay (notes of removed essays are kept and",
        "shown as orphaned). --export FILE writes them as Markdown."}, mixinStandardHelpOptions = true)
final class NotesCommand extends SessionCommand {
    @Parameters(arity = "0..1", paramLabel = "SLUG", description = "Only the notes of this essay.")
    String slug;
    @Option(names = "--export", paramLabel = "FILE", description = "Write the notes as Markdown to FILE (- for stdout).")
    Path export;
    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    static Map<String, Object> json(Annotations.Note n) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("slug", n.essay().map(Essay::slug).orElse(n.slug()));
        m.put("anchor", n.anchor());
        m.put("created", n.created().toString());
        m.put("text", n.text());
        m.put("orphaned", n.orphaned());
        return m;
    }

    @Override
    int execute(Session session, Out out) throws Exception {
        Annotations a = session.study().annotations();
        List<Annotations.Note> notes;
        if (slug != null) {
            List<String> suggestions = new ArrayList<>();
            Optional<Essay> e = EssayLookup.find(session.library(), slug, suggestions);
            if (e.isPresent()) {
                notes = a.notes(e.get());
            } else {
                notes = a.notes().stream().filter(n -> n.orphaned() && n.slug().equals(slug)).toList();
                if (notes.isEmpty()) {
                    out.error(EssayLookup.notFound(slug, suggestions));
                    return ExitCodes.NOTHING;
                }
            }
        } else {
            notes = a.notes();
        }
        ZoneId zone = session.clock().getZone();
        if (export != null) {
            String md = a.markdown(notes, zone);
            if (export.toString().equals("-")) {
                out.stdout().print(md);
            } else {
                Path target = export.toAbsolutePath();
                if (target.getParent() != null) Files.createDirectories(target.getParent());
                Files.writeString(target, md, StandardCharsets.UTF_8);
                out.note("Wrote " + notes.size() + " note" + (notes.size() == 1 ? "" : "s") + " to " + export + ".");
            }
            return ExitCodes.OK;
        }
        if (json) {
            out.json(notes.stream().map(NotesCommand::json).toList());
            return notes.isEmpty() ? ExitCodes.NOTHING : ExitCodes.OK;
        }
        if (notes.isEmpty()) {
            out.note("no notes yet; add one with `lectern note SLUG#SECTION \"text\"`");
            return ExitCodes.NOTHING;
        }
        DateTimeFormatter day = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(zone);
        // Group by essay in library order, orphaned notes last.
        Map<String, List<Annotations.Note>> groups = new LinkedHashMap<>();
        for (Essay e : session.library().essays()) {
            for (Annotations.Note n : notes) {
                if (n.essay().isPresent() && n.essay().get().slug().equals(e.slug())) {
                    groups.computeIfAbsent(e.slug(), k -> new ArrayList<>()).add(n);
                }
            }
        }
        for (Annotations.Note n : notes) if (n.orphaned()) groups.computeIfAbsent(n.slug(), k -> new ArrayList<>()).add(n);
        boolean first = true;
        for (Map.Entry<String, List<Annotations.Note>> g : groups.entrySet()) {
            if (!first) out.blank();
            first = false;
            Optional<Essay> e = session.library().essay(g.getKey());
            out.line(Line.of(Span.of(e.map(Essay::title).orElse(g.getKey()), Role.HEADING),
                    Span.of(e.isPresent() ? "  (" + g.getKey() + ")" : "  (orphaned: no essay `" + g.getKey()
                            + "` in this library; kept)", e.isPresent() ? Role.MUTED : Role.WARNING)));
            for (Annotations.Note n : g.getValue()) {
                out.line(Line.of(Span.of("  " + (n.anchor().isEmpty() ? "(whole essay)" : "#" + n.anchor()), Role.LINK),
                        Span.of("  " + day.format(n.created()), Role.MUTED)));
                for (String l : n.text().split("\n")) out.line("    " + l);
            }
        }
        return ExitCodes.OK;
    }
}
