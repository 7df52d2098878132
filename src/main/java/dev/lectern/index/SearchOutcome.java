package dev.lectern.index;

import java.util.List;

/** What a search came to: hits, nothing (with suggestions), or a query that cannot mean anything. */
public sealed interface SearchOutcome {
    List<String> notices();

    record Hits(List<SearchHit> hits, List<String> notices) implements SearchOutcome {
    }

    record NoMatch(List<String> suggestions, List<String> notices) implements SearchOutcome {
    }

    record Invalid(String message, List<String> notices) implements SearchOutcome {
    }
}
