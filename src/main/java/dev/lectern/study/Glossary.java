package dev.lectern.study;

import dev.lectern.content.GlossaryEntry;
import dev.lectern.content.GlossaryTerm;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
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

    private final List<GlossaryTerm> terms;
    /** The whole entry at a position, asked for only when a look-up answers with it. */
    private final IntFunction<GlossaryEntry> fetch;
    private final GlossaryEntry[] fetched;
    /** Each entry's term and aliases as {@link #norm} compares them, in the entries' order. */
    private final List<List<String>> normNames;
    /** Position of the entry each normalized name belongs to (a term before any alias). */
    private final Map<String, Integer> byName = new LinkedHashMap<>();
    private Pattern termPattern;

    public Glossary(List<GlossaryEntry> entries) {
        this(termsOf(entries), List.copyOf(entries)::get);
    }

    /**
     * A glossary whose entries are fetched by position when needed: {@code lectern define} and
     * {@code search} look among a few hundred names, then print one entry or three, and reading
     * every body from the index cost a cold start about 10 ms.
     */
    public static Glossary of(List<GlossaryTerm> terms, IntFunction<GlossaryEntry> fetch) {
        return new Glossary(List.copyOf(terms), fetch);
    }

    private Glossary(List<GlossaryTerm> terms, IntFunction<GlossaryEntry> fetch) {
        this.terms = terms;
        this.fetch = fetch;
        this.fetched = new GlossaryEntry[terms.size()];
        List<List<String>> normed = new ArrayList<>(terms.size());
        for (GlossaryTerm e : terms) {
            List<String> n = new ArrayList<>(1 + e.aliases().size());
            n.add(norm(e.term()));
            for (String a : e.aliases()) n.add(norm(a));
            normed.add(n);
        }
        this.normNames = normed;
        for (int i = 0; i < terms.size(); i++) byName.putIfAbsent(normed.get(i).get(0), i);
        for (int i = 0; i < terms.size(); i++) {
            List<String> n = normed.get(i);
            for (int j = 1; j < n.size(); j++) byName.putIfAbsent(n.get(j), i);
        }
    }

    private static List<GlossaryTerm> termsOf(List<GlossaryEntry> entries) {
        List<GlossaryTerm> out = new ArrayList<>(entries.size());
        for (GlossaryEntry e : entries) out.add(new GlossaryTerm(e.term(), e.aliases()));
        return out;
    }

    private GlossaryEntry entry(int i) {
        if (fetched[i] == null) fetched[i] = fetch.apply(i);
        return fetched[i];
    }

    /** Every entry, in order (fetching them all). */
    public List<GlossaryEntry> entries() {
        List<GlossaryEntry> out = new ArrayList<>(terms.size());
        for (int i = 0; i < terms.size(); i++) out.add(entry(i));
        return out;
    }

    public boolean isEmpty() {
        return terms.isEmpty();
    }

    /** Every term and alias, for completion. */
    public List<String> names() {
        List<String> out = new ArrayList<>();
        for (GlossaryTerm e : terms) {
            out.add(e.term());
            out.addAll(e.aliases());
        }
        return out;
    }

    public Lookup lookup(String typed) {
        String t = norm(typed);
        if (t.isEmpty()) return new Lookup(How.NONE, null, List.of());
        for (int i = 0; i < terms.size(); i++) {
            if (normNames.get(i).get(0).equals(t)) return new Lookup(How.EXACT, entry(i), List.of());
        }
        Integer alias = byName.get(t);
        if (alias != null) return new Lookup(How.ALIAS, entry(alias), List.of());
        // A plural or a trailing punctuation typo: "logits" finds "logit".
        for (String variant : new String[] {strip(t, "es"), strip(t, "s")}) {
            if (variant != null && byName.containsKey(variant)) return new Lookup(How.ALIAS, entry(byName.get(variant)), List.of());
        }
        Set<Integer> prefixed = new LinkedHashSet<>();
        List<String> prefixNames = new ArrayList<>();
        for (Map.Entry<String, Integer> n : byName.entrySet()) {
            if (n.getKey().startsWith(t)) {
                if (prefixed.add(n.getValue())) prefixNames.add(terms.get(n.getValue()).term());
            }
        }
        if (prefixed.size() == 1) return new Lookup(How.PREFIX, entry(prefixed.iterator().next()), List.of());
        if (prefixed.size() > 1) return new Lookup(How.PREFIX, null, prefixNames.stream().limit(8).toList());
        return new Lookup(How.FUZZY, null, near(t));
    }

    /** Terms spelled close to {@code t}: edit distance within a third of its length, or containing it. */
    private List<String> near(String t) {
        record Near(String term, int d) {
        }
        Map<Integer, Integer> best = new LinkedHashMap<>();
        int limit = Math.max(1, Math.min(3, t.length() / 3));
        for (Map.Entry<String, Integer> n : byName.entrySet()) {
            String name = n.getKey();
            int d = distance(t, name);
            if (d > limit && t.length() >= 4 && name.contains(t)) d = limit; // "entropy" near "cross-entropy"
            if (d > limit && name.length() > t.length() + 1) {
                d = Math.min(d, distance(t, name.substring(0, t.length())) + 1); // a typo in a prefix
            }
            if (d <= limit) best.merge(n.getValue(), d, Math::min);
        }
        List<Near> near = new ArrayList<>();
        best.forEach((i, d) -> near.add(new Near(terms.get(i).term(), d)));
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
        // Hit implements Comparable rather than a Comparator chain: in a cold JVM (lectern search
        // runs this once) linking the chain's lambdas costs more than the search.
        record Hit(int index, int termLength, boolean exact) implements Comparable<Hit> {
            @Override
            public int compareTo(Hit o) {
                if (exact != o.exact) return exact ? -1 : 1;
                return Integer.compare(termLength, o.termLength);
            }
        }
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            List<String> names = normNames.get(i);
            for (String name : names) {
                if (allStartWords(name, words)) {
                    hits.add(new Hit(i, terms.get(i).term().length(), names.contains(whole)));
                    break;
                }
            }
        }
        hits.sort(null);
        List<GlossaryEntry> out = new ArrayList<>(Math.min(limit, hits.size()));
        for (Hit h : hits) {
            if (out.size() == limit) break;
            out.add(entry(h.index()));
        }
        return out;
    }

    /** Whether each word starts {@code name} or one of its parts (split at white space, {@code -}, {@code _}, {@code /}). */
    private static boolean allStartWords(String name, List<String> words) {
        for (String w : words) {
            if (!name.startsWith(w) && !startsAPart(name, w)) return false;
        }
        return true;
    }

    private static boolean startsAPart(String name, String w) {
        for (int i = 0; i < w.length(); i++) {
            if (isPartBreak(w.charAt(i))) return false; // a part holds no break, so it cannot start with one
        }
        for (int at = name.indexOf(w); at >= 0; at = name.indexOf(w, at + 1)) {
            if (at == 0 || isPartBreak(name.charAt(at - 1))) return true;
        }
        return false;
    }

    private static boolean isPartBreak(char c) {
        return isRegexSpace(c) || c == '-' || c == '_' || c == '/';
    }

    /** {@code \\s} as java.util.regex reads it without UNICODE_CHARACTER_CLASS. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /**
     * The first use of each term (or an alias) in an essay's Markdown body, in body order,
     * skipping fenced code and headings. Whole words, case-insensitive; one regular expression
     * over the body, so it costs about one scan.
     */
    public List<FirstUse> firstUses(String body) {
        Pattern p = termPattern();
        if (p == null) return List.of();
        Map<Integer, FirstUse> found = new LinkedHashMap<>();
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
                Integer e = byName.get(norm(m.group()));
                if (e != null && !found.containsKey(e)) found.put(e, new FirstUse(entry(e), m.group(), i, m.start()));
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
        // By hand rather than two replaceAll calls: a search normalizes every term and alias
        // once, and compiling two patterns for each cost a cold start about 25 ms.
        String lower = s.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        boolean gap = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c == '\'' || c == '\u2019') continue;
            if (isRegexSpace(c) || (c >= '\u2010' && c <= '\u2015') || c == '_' || c == '-') {
                gap = true;
                continue;
            }
            if (gap) out.append(' ');
            gap = false;
            out.append(c);
        }
        return out.toString().strip();
    }

    private static String strip(String t, String suffix) {
        return t.endsWith(suffix) && t.length() > suffix.length() + 2 ? t.substring(0, t.length() - suffix.length()) : null;
    }

    /** Edit distance where swapping two neighbouring letters counts as one edit (optimal string alignment). */
    static int distance(String a, String b) {
        return dev.lectern.text.EditDistance.transposing(a, b);
    }
}
