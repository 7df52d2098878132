package dev.lectern.tui;

import java.util.List;

/**
 * A card as the review screen shows it: where it comes from (essay and section), its question
 * and answer as Markdown, and the interval each grade 1-4 would give now ("1m", "10m", "2d", "4d").
 */
public record ReviewCard(String id, String slug, String essayTitle, String section, String question, String answer,
                         List<String> intervals) {
    public ReviewCard {
        intervals = List.copyOf(intervals);
    }
}
