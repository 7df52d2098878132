package dev.lectern.study;

import dev.lectern.content.GlossaryEntry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The library's glossary as something to look terms up in: exact term, alias, prefix, then
 * near spellings ("did you mean"); a small in-memory search for {@code lectern search}; and the
 * first use of each term in an essay, so the reader can link it to its definition. In memory:
 * a glossary has a few hundred terms at most.
 */
public final class Glossary {
    /** How a look-up matched. */
    public enum How { EXACT, ALIAS, PREFIX, FUZZY, NONE }

    /**
     * The result of {@link #lookup}: one entry when the term was found (EXACT, ALIAS, or a PREFIX
     * only one entry has); otherwise none, with {@code suggestions} (terms the user may have meant).
     */
    public record Lookup(How how, GlossaryEntry entry, List<String> suggestions) {
        public boolean found() {
            return entry != null;
        }
    }

    /** Where an essay first uses a term: 0-based line of the body and column in that line. */
    public record FirstUse(GlossaryEntry entry, String text, int line, int column) {
    }

    private final List<GlossaryEntry> entries;
    private final Map<String, GlossaryEntry> byName = new LinkedHashMap<>();
    private Pattern termPattern;

    public Glossary(List<GlossaryEntry> entries) {
        this.entries = List.copyOf(entries);
        for (GlossaryEntry e : this.entries) byName.putIfAbsent(norm(e.term()), e);
        for (GlossaryEntry e : this.entries) for (String a : e.aliases()) byName.putIfAbsent(norm(a), e);
    }

    public List<GlossaryEntry> entries() {
        return entries;
    }

    /** Every term and alias, for completion. */
    public List<String> names() {
        List<String> out = new ArrayList<>();
        for (GlossaryEntry e : entries) {
            out.add(e.term());
            out.addAll(e.aliases());
        }
        return out;
    }

    public Lookup lookup(String typed) {
        String t = norm(typed);
        if (t.isEmpty()) return new Lookup(How.NONE, null, List.of());
        for (GlossaryEntry e : entries) if (norm(e.term()).equals(t)) return new Lookup(How.EXACT, e, List.of());
        GlossaryEntry alias = byName.get(t);
        if (alias != null) return new Lookup(How.ALIAS, alias, List.of());
        // A plural or a trailing punctuation typo: "logits" finds "logit".
        for (String variant : new String[] {strip(t, "es"), strip(t, "s")}) {
            if (variant != null && byName.containsKey(variant)) return new Lookup(How.ALIAS, byName.get(variant), List.of());
        }
        Set<GlossaryEntry> prefixed = new LinkedHashSet<>();
        List<String> prefixNames = new ArrayList<>();
        for (Map.Entry<String, GlossaryEntry> n : byName.entrySet()) {
            if (n.getKey().startsWith(t)) {
                if (prefixed.add(n.getValue())) prefixNames.add(n.getValue().term());
            }
        }
        if (prefixed.size() == 1) return new Lookup(How.PREFIX, prefixed.iterator().next(), List.of());
        if (prefixed.size() > 1) return new Lookup(How.PREFIX, null, prefixNames.stream().limit(8).toList());
        return new Lookup(How.FUZZY, null, near(t));
    }

    /** Terms spelled close to {@code t}: edit distance within a third of its length, or containing it. */
    private List<String> near(String t) {
        record Near(String term, int d) {
        }
        Map<GlossaryEntry, Integer> best = new LinkedHashMap<>();
        int limit = Math.max(1, Math.min(3, t.length() / 3));
        for (Map.Entry<String, GlossaryEntry> n : byName.entrySet()) {
            String name = n.getKey();
            int d = distance(t, name);
            if (d > limit && t.length() >= 4 && name.contains(t)) d = limit; // "entropy" near "cross-entropy"
            if (d > limit && name.length() > t.length() + 1) {
                d = Math.min(d, distance(t, name.substring(0, t.length())) + 1); // a typo in a prefix
            }
            if (d <= limit) best.merge(n.getValue(), d, Math::min);
        }
        List<Near> near = new ArrayList<>();
        best.forEach((e, d) -> near.add(new Near(e.term(), d)));
        near.sort(Comparator.comparingInt(Near::d).thenComparing(Near::term));
        return near.stream().limit(5).map(Near::term).toList();
    }

    /**
     * Entries matching a search query: every word of it (ignoring filters, operators and quotes)
     * starts a word of the term or one of its aliases. Best first: exact names, then shorter terms.
     */
    public List<GlossaryEntry> search(String query, int limit) {
        List<String> words = new ArrayList<>();
        for (String w : query.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (w.isEmpty() || w.startsWith("-") || w.contains(":") || w.equals("or") || w.equals("and")) continue;
            w = w.replaceAll("[\"*()]", "");
            if (!w.isEmpty()) words.add(w);
        }
        if (words.isEmpty()) return List.of();
        String whole = String.join(" ", words);
        List<GlossaryEntry> out = new ArrayList<>();
        for (GlossaryEntry e : entries) {
            for (String name : names(e)) {
                if (allStartWords(norm(name), words)) {
                    out.add(e);
                    break;
                }
            }
        }
        out.sort(Comparator.comparing((GlossaryEntry e) -> names(e).stream().noneMatch(n -> norm(n).equals(whole)))
                .thenComparingInt(e -> e.term().length()));
        return out.size() > limit ? List.copyOf(out.subList(0, limit)) : out;
    }

    private static boolean allStartWords(String name, List<String> words) {
        String[] parts = name.split("[\\s\\-_/]+");
        for (String w : words) {
            boolean hit = name.startsWith(w);
            for (String p : parts) hit |= p.startsWith(w);
            if (!hit) return false;
        }
        return true;
    }

    private static List<String> names(GlossaryEntry e) {
        List<String> n = new ArrayList<>();
        n.add(e.term());
        n.addAll(e.aliases());
        return n;
    }

    /**
     * The first use of each term (or an alias) in an essay's Markdown body, in body order,
     * skipping fenced code and headings. Whole words, case-insensitive; one regular expression
     * over the body, so it costs about one scan.
     */
    public List<FirstUse> firstUses(String body) {
        Pattern p = termPattern();
        if (p == null) return List.of();
        Map<GlossaryEntry, FirstUse> found = new LinkedHashMap<>();
        String[] lines = body.split("\n", -1);
        boolean fence = false;
        for (int i = 0; i < lines.length; i++) {
            String t = lines[i].strip();
            if (t.startsWith("```") || t.startsWith("~~~")) {
                fence = !fence;
                continue;
            }
            if (fence || t.startsWith("#")) continue;
            Matcher m = p.matcher(lines[i]);
            while (m.find()) {
                GlossaryEntry e = byName.get(norm(m.group()));
                if (e != null && !found.containsKey(e)) found.put(e, new FirstUse(e, m.group(), i, m.start()));
            }
        }
        return new ArrayList<>(found.values());
    }

    private Pattern termPattern() {
        if (termPattern == null && !byName.isEmpty()) {
            List<String> names = names();
            names.sort(Comparator.comparingInt(String::length).reversed()); // longest first: "cross-entropy" before "entropy"
            StringBuilder sb = new StringBuilder("(?<![\\p{L}\\p{N}])(?:");
            for (int i = 0; i < names.size(); i++) {
                if (i > 0) sb.append('|');
                sb.append(Pattern.quote(names.get(i)).replace(" ", "\\E\\s+\\Q"));
            }
            sb.append(")(?![\\p{L}\\p{N}])");
            termPattern = Pattern.compile(sb.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        }
        return termPattern;
    }

    /** A name as look-ups compare it: lower case, dashes as spaces, no apostrophes, single spaces. */
    static String norm(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("['\u2019]", "").replaceAll("[\\s\u2010-\u2015_-]+", " ").strip();
    }

    private static String strip(String t, String suffix) {
        return t.endsWith(suffix) && t.length() > suffix.length() + 2 ? t.substring(0, t.length() - suffix.length()) : null;
    }

    /** Edit distance where swapping two neighbouring letters counts as one edit (optimal string alignment). */
    static int distance(String a, String b) {
        return dev.lectern.text.EditDistance.transposing(a, b);
    }
}
