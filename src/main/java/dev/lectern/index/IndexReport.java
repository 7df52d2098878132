package dev.lectern.index;

import dev.lectern.content.Problem;
import java.util.List;

/** What an indexing run did: files added, changed, removed and left alone, and how long it took. */
public record IndexReport(int added, int changed, int removed, int unchanged, long millis, List<Problem> problems) {
    public IndexReport {
        problems = List.copyOf(problems);
    }

    public boolean changedAnything() {
        return added + changed + removed > 0;
    }
}
