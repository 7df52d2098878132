package dev.lectern.tui;

import dev.lectern.content.Essay;
import dev.lectern.content.Level;
import dev.lectern.content.Library;
import dev.lectern.content.Track;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/** The lists screens show, computed from the data the same way for update and for drawing. */
public final class Lists {
    private Lists() {
    }

    /** A row of the home screen that Enter can open. */
    public record HomeItem(Kind kind, String slug) {
        public enum Kind { CONTINUE, TRACK, ESSAY }
    }

    static final int RECENT = 5;

    public static List<HomeItem> home(Data d) {
        List<HomeItem> out = new ArrayList<>();
        if (d.lastOpened() != null) out.add(new HomeItem(HomeItem.Kind.CONTINUE, d.lastOpened()));
        for (Track t : d.library().tracks()) out.add(new HomeItem(HomeItem.Kind.TRACK, t.slug()));
        for (Essay e : recent(d.library())) out.add(new HomeItem(HomeItem.Kind.ESSAY, e.slug()));
        return out;
    }

    public static List<Essay> recent(Library lib) {
        return lib.essays().stream().filter(e -> e.date() != null)
                .sorted(NEWEST_FIRST).limit(RECENT).toList();
    }

    /** Newest first, then by slug; a class because the home screen sorts with it before its first frame. */
    private static final Comparator<Essay> NEWEST_FIRST = new Comparator<>() {
        @Override
        public int compare(Essay a, Essay b) {
            int byDate = b.date().compareTo(a.date());
            return byDate != 0 ? byDate : a.slug().compareTo(b.slug());
        }
    };

    /** The library screen's essays: filtered, narrowed by the typed words, sorted. */
    public static List<Essay> essays(Library lib, Screen.Essays s) {
        String[] words = s.narrow().toLowerCase(Locale.ROOT).strip().split("\\s+");
        List<Essay> out = new ArrayList<>();
        for (Essay e : lib.essays()) {
            if (s.level() != null && e.level() != s.level()) continue;
            if (s.series() != null && !s.series().equals(e.series())) continue;
            if (s.tag() != null && !e.tags().contains(s.tag())) continue;
            String hay = (e.title() + " " + e.dek() + " " + e.slug() + " " + String.join(" ", e.tags())).toLowerCase(Locale.ROOT);
            boolean all = true;
            for (String w : words) if (!w.isEmpty() && !hay.contains(w)) all = false;
            if (all) out.add(e);
        }
        Comparator<Essay> c = switch (s.sort()) {
            case DATE -> Comparator.comparing((Essay e) -> e.date() == null ? java.time.LocalDate.MIN : e.date()).reversed();
            case TITLE -> Comparator.comparing((Essay e) -> e.title().toLowerCase(Locale.ROOT));
            case LENGTH -> Comparator.comparingInt(Essay::words);
        };
        out.sort(c.thenComparing(Essay::slug));
        return out;
    }

    /** The tags of these essays, sorted. */
    public static List<String> tags(List<Essay> essays) {
        TreeSet<String> t = new TreeSet<>();
        for (Essay e : essays) t.addAll(e.tags());
        return List.copyOf(t);
    }

    /** The series of these essays, sorted. */
    public static List<String> series(List<Essay> essays) {
        TreeSet<String> t = new TreeSet<>();
        for (Essay e : essays) if (e.series() != null) t.add(e.series());
        return List.copyOf(t);
    }

    static Level nextLevel(Level l) {
        if (l == null) return Level.INTRO;
        return l.ordinal() + 1 < Level.values().length ? Level.values()[l.ordinal() + 1] : null;
    }

    /** The next value after {@code current} in {@code all}, then null (no filter), then the first again. */
    static String cycle(List<String> all, String current) {
        if (all.isEmpty()) return null;
        if (current == null) return all.get(0);
        int i = all.indexOf(current);
        return i + 1 < all.size() ? all.get(i + 1) : null;
    }

    /** The essays of a track that exist in the library, in order. */
    public static List<Essay> trackEssays(Library lib, String slug) {
        List<Essay> out = new ArrayList<>();
        lib.track(slug).ifPresent(t -> {
            for (String s : t.essays()) lib.essay(s).ifPresent(out::add);
        });
        return out;
    }

    /** Words to highlight from a search query: filters, exclusions, quotes and stars removed. */
    public static List<String> highlightWords(String query) {
        List<String> out = new ArrayList<>();
        if (query == null) return out;
        for (String t : query.split("\\s+")) {
            if (t.isEmpty() || t.startsWith("-") || t.matches("(?i)(level|series|track|tag):.*")) continue;
            String w = t.replace("\"", "").replace("*", "").strip();
            if (!w.isEmpty()) out.add(w);
        }
        return out;
    }
}
