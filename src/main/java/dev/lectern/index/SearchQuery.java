package dev.lectern.index;

import java.util.List;

/**
 * A search as the user meant it, after parsing: the terms to match and the filters to apply.
 * Nothing here is FTS5 syntax yet; {@link FtsExpression} turns it into a safe MATCH string.
 */
public record SearchQuery(List<Term> terms, Filters filters, List<String> notices) {
    public SearchQuery {
        terms = List.copyOf(terms);
        notices = List.copyOf(notices);
    }

    /** One thing to look for. */
    public sealed interface Term permits Word, Phrase {
        boolean negated();

        String text();
    }

    /** A single word; {@code prefix} when written as {@code word*}. */
    public record Word(String text, boolean prefix, boolean negated) implements Term {
    }

    /** Words that must appear together, written in double quotes. */
    public record Phrase(String text, boolean negated) implements Term {
    }

    /** Restrictions on which essays may match; null fields are unset. */
    public record Filters(String level, String series, String track, String tag) {
        public static final Filters NONE = new Filters(null, null, null, null);

        public boolean any() {
            return level != null || series != null || track != null || tag != null;
        }
    }

    public boolean hasPositiveTerm() {
        return terms.stream().anyMatch(t -> !t.negated());
    }
}
