package dev.lectern.cli;

import dev.lectern.app.Session;
import dev.lectern.content.Essay;
import dev.lectern.markdown.Section;
import dev.lectern.study.Annotations;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A place a user typed as {@code SLUG} or {@code SLUG#ANCHOR}: the essay (found as
 * {@link EssayLookup} finds it) and a section anchor ('' for the whole essay). Reports on
 * {@code out} and returns empty when either is not there.
 */
record SectionTarget(Essay essay, String anchor) {

    static Optional<SectionTarget> resolve(Session session, String typed, Out out) throws Exception {
        int hash = typed.indexOf('#');
        String slug = hash < 0 ? typed : typed.substring(0, hash);
        String anchor = hash < 0 ? "" : typed.substring(hash + 1).strip();
        List<String> suggestions = new ArrayList<>();
        Optional<Essay> e = EssayLookup.find(session.library(), slug, suggestions);
        if (e.isEmpty()) {
            out.error(EssayLookup.notFound(slug, suggestions));
            return Optional.empty();
        }
        Annotations a = session.study().annotations();
        if (!a.hasAnchor(e.get(), anchor)) {
            List<String> anchors = a.sections(e.get()).stream().map(Section::anchor).filter(s -> !s.isEmpty()).toList();
            List<String> near = anchors.stream().filter(s -> s.startsWith(anchor) || s.contains(anchor)).toList();
            out.error("no section `" + anchor + "` in " + e.get().slug() + "; "
                    + (near.isEmpty() ? "sections: " + String.join(", ", anchors) : "did you mean: " + String.join(", ", near)));
            return Optional.empty();
        }
        return Optional.of(new SectionTarget(e.get(), anchor));
    }

    String text() {
        return anchor.isEmpty() ? essay.slug() : essay.slug() + "#" + anchor;
    }
}
