package dev.lectern.content;

import java.util.List;

/** A glossary entry's names only (its heading and {@code Also:} aliases): enough to look a term up. */
public record GlossaryTerm(String term, List<String> aliases) {
    public GlossaryTerm {
        aliases = List.copyOf(aliases);
    }
}
