package dev.lectern.index;

import dev.lectern.store.IndexTables;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * "Did you mean": for each word of a query that matches nothing on its own, the words of the
 * library nearest to it. Candidates come from the {@code terms} table the indexer keeps (words as
 * written, with the number of essays holding each), limited to words that start with the typed
 * word's first or second letter and are about as long, and are ranked by Damerau–Levenshtein
 * distance (a swap of two neighbouring letters is one edit), then by how common they are. A query
 * of several words gets the whole query back with its misspelt words corrected ("kv cahce" →
 * "kv cache"). Runs only after a miss, and costs one short range read per misspelt word.
 */
final class Suggester {
    private final IndexTables tables;

    Suggester(IndexTables tables) {
        this.tables = tables;
    }

    List<String> suggest(List<String> words, int max) throws SQLException {
        List<String> query = new ArrayList<>();
        for (String raw : words) if (!raw.isEmpty()) query.add(raw.toLowerCase(Locale.ROOT));
        List<List<String>> options = new ArrayList<>(query.size());
        int firstMisspelt = -1;
        for (int i = 0; i < query.size(); i++) {
            String w = query.get(i);
            List<String> near = List.of();
            if (w.length() >= Terms.MIN_LENGTH && w.length() <= Terms.MAX_LENGTH
                    && !tables.anyMatch(FtsExpression.quote(w))) {
                near = nearest(w, max);
                if (!near.isEmpty() && firstMisspelt < 0) firstMisspelt = i;
            }
            options.add(near);
        }
        List<String> out = new ArrayList<>();
        if (firstMisspelt < 0) return out;
        if (query.size() == 1) return options.get(0);
        // The whole query with every misspelt word at its best guess, then the other guesses
        // for the first misspelt word.
        for (String alt : options.get(firstMisspelt)) {
            List<String> fixed = new ArrayList<>(query.size());
            for (int i = 0; i < query.size(); i++) {
                List<String> o = options.get(i);
                fixed.add(i == firstMisspelt ? alt : o.isEmpty() ? query.get(i) : o.get(0));
            }
            String s = String.join(" ", fixed);
            if (!out.contains(s)) out.add(s);
            if (out.size() >= max) break;
        }
        return out;
    }

    /** The words of the library nearest to {@code w}, best first. */
    List<String> nearest(String w, int max) throws SQLException {
        int limit = w.length() <= 5 ? 1 : 2;
        record Candidate(String word, int distance, int docs) {
        }
        List<Candidate> candidates = new ArrayList<>();
        // Typing mistakes rarely touch the first letter; a swap of the first two is allowed for.
        String firsts = w.charAt(0) == w.charAt(1) ? w.substring(0, 1) : w.substring(0, 2);
        for (int k = 0; k < firsts.length(); k++) {
            String first = firsts.substring(k, k + 1);
            Map<String, Integer> terms = tables.terms(first, first + "\uffff",
                    Math.max(Terms.MIN_LENGTH, w.length() - limit), w.length() + limit);
            for (Map.Entry<String, Integer> e : terms.entrySet()) {
                int d = distance(w, e.getKey(), limit);
                if (d > 0 && d <= limit) candidates.add(new Candidate(e.getKey(), d, e.getValue()));
            }
        }
        candidates.sort(Comparator.comparingInt(Candidate::distance).thenComparing(c -> -c.docs())
                .thenComparing(Candidate::word));
        List<String> out = new ArrayList<>();
        for (Candidate c : candidates) {
            if (!out.contains(c.word())) out.add(c.word());
            if (out.size() >= max) break;
        }
        return out;
    }

    /**
     * The optimal-string-alignment (restricted Damerau–Levenshtein) distance between {@code a}
     * and {@code b}, or {@code cap + 1} as soon as it is certain to exceed {@code cap}.
     */
    static int distance(String a, String b, int cap) {
        return dev.lectern.text.EditDistance.transposing(a, b, cap);
    }
}
