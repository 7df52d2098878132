package dev.lectern.cli;

import dev.lectern.content.Essay;
import dev.lectern.content.Library;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the essay a user means by a slug they typed: exact slug, an alias, a {@code .md} path,
 * or a prefix that only one slug has. When nothing fits, the nearest slugs are offered.
 */
final class EssayLookup {
    private EssayLookup() {
    }

    /** The essay, or empty; {@code suggestions} receives candidates when empty. */
    static Optional<Essay> find(Library lib, String typed, List<String> suggestions) {
        String t = typed.strip();
        if (t.endsWith(".md")) t = t.substring(0, t.length() - 3);
        int slash = t.lastIndexOf('/');
        Optional<Essay> exact = lib.essay(t);
        if (exact.isPresent()) return exact;
        if (slash >= 0) {
            exact = lib.essay(t.substring(slash + 1));
            if (exact.isPresent()) return exact;
        }
        String lower = t.toLowerCase(Locale.ROOT);
        List<Essay> prefixed = lib.essays().stream().filter(e -> e.slug().toLowerCase(Locale.ROOT).startsWith(lower)).toList();
        if (prefixed.size() == 1) return Optional.of(prefixed.get(0));
        if (prefixed.size() > 1) {
            prefixed.stream().limit(8).forEach(e -> suggestions.add(e.slug()));
            return Optional.empty();
        }
        record Near(String slug, int d) {
        }
        List<Near> near = new ArrayList<>();
        for (Essay e : lib.essays()) {
            int d = distance(lower, e.slug().toLowerCase(Locale.ROOT));
            if (d <= Math.max(2, lower.length() / 3) || e.slug().contains(lower)) near.add(new Near(e.slug(), d));
        }
        near.sort(Comparator.comparingInt(Near::d));
        near.stream().limit(5).forEach(n -> suggestions.add(n.slug()));
        return Optional.empty();
    }

    static String notFound(String typed, List<String> suggestions) {
        return "no essay `" + typed + "`" + (suggestions.isEmpty() ? "; `lectern list` shows them all"
                : "; did you mean: " + String.join(", ", suggestions));
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] x = prev;
            prev = cur;
            cur = x;
        }
        return prev[b.length()];
    }
}
