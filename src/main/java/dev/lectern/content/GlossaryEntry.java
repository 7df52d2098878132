package dev.lectern.content;

import java.util.List;

/**
 * One glossary term: its heading, aliases from an {@code Also:} line, the short definition (the
 * first paragraph) and the full Markdown of the entry.
 */
public record GlossaryEntry(String term, List<String> aliases, String definition, String body,
                            int line) {
    public GlossaryEntry {
        aliases = List.copyOf(aliases);
    }
}
