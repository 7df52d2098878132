package dev.lectern.index;

import dev.lectern.store.IndexTables;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * "Did you mean": the indexed terms nearest to a word that found nothing. The index holds
 * Porter stems ("attent" for attention), so a word is compared with each stem allowing the word
 * a longer ending, and the suggestion shown is a real word from the text that has that stem.
 * Runs only after a miss, and scans only the terms sharing the word's first letter.
 */
final class Suggester {
    private final IndexTables tables;

    Suggester(IndexTables tables) {
        this.tables = tables;
    }

    List<String> suggest(List<String> words, int max) throws SQLException {
        List<String> out = new ArrayList<>();
        for (String raw : words) {
            String w = raw.toLowerCase(Locale.ROOT);
            if (w.length() < 3) continue;
            // Typing mistakes rarely touch the first letter; keeping it bounds the scan.
            Map<String, Integer> vocabulary = tables.vocabulary(w.substring(0, 1));
            int limit = w.length() <= 5 ? 1 : 2;
            record Candidate(String stem, int distance, int docs) {
            }
            List<Candidate> candidates = new ArrayList<>();
            for (Map.Entry<String, Integer> e : vocabulary.entrySet()) {
                String stem = e.getKey();
                if (Math.abs(stem.length() - w.length()) > limit + 4) continue;
                int d = distanceToStem(w, stem, limit);
                if (d <= limit && !(d == 0 && stem.equals(w))) candidates.add(new Candidate(stem, d, e.getValue()));
            }
            candidates.sort(Comparator.comparingInt(Candidate::distance).thenComparing(c -> -c.docs()));
            for (Candidate c : candidates) {
                String surface = surfaceWord(c.stem());
                if (surface != null && !surface.equals(w) && !out.contains(surface)) out.add(surface);
                if (out.size() >= max) return out;
            }
        }
        return out;
    }

    /** The edit distance from {@code word} to {@code stem}, letting the word carry a longer ending. */
    static int distanceToStem(String word, String stem, int limit) {
        int best = Integer.MAX_VALUE;
        // The part of the word compared may drop an ending of up to four letters (-ing, -tion).
        int from = Math.max(Math.max(1, stem.length() - limit), word.length() - 4);
        for (int j = from; j <= word.length(); j++) {
            best = Math.min(best, levenshtein(word.substring(0, j), stem, limit + 1));
        }
        return best;
    }

    static int levenshtein(String a, String b, int cap) {
        if (Math.abs(a.length() - b.length()) >= cap) return cap;
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin >= cap) return cap;
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return Math.min(prev[b.length()], cap);
    }

    /** A word of the indexed text whose stem is {@code stem}, found by highlighting one match. */
    private String surfaceWord(String stem) throws SQLException {
        try (PreparedStatement p = tables.connection().prepareStatement(
                "SELECT highlight(sections_fts, 3, char(1), char(2)), highlight(sections_fts, 1, char(1), char(2)),"
                        + " highlight(sections_fts, 0, char(1), char(2)), highlight(sections_fts, 2, char(1), char(2))"
                        + " FROM sections_fts WHERE sections_fts MATCH ? LIMIT 1")) {
            p.setString(1, FtsExpression.quote(stem));
            try (ResultSet r = p.executeQuery()) {
                if (!r.next()) return null;
                for (int col = 1; col <= 4; col++) {
                    String h = r.getString(col);
                    int a = h == null ? -1 : h.indexOf('\u0001');
                    int b = a < 0 ? -1 : h.indexOf('\u0002', a);
                    if (b > a) return h.substring(a + 1, b).toLowerCase(Locale.ROOT);
                }
            }
        }
        return null;
    }
}
