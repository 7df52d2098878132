package dev.lectern.content;

import java.util.List;

/**
 * A curated reading sequence: essays in order, with an introduction.
 *
 * @param essaysLine the file line of the {@code essays:} list, so a problem with an entry can name it
 */
public record Track(String slug, String path, String title, String dek, List<String> essays,
                    String introduction, int essaysLine) {
    public Track {
        essays = List.copyOf(essays);
    }

    public Track(String slug, String path, String title, String dek, List<String> essays, String introduction) {
        this(slug, path, title, dek, essays, introduction, 1);
    }
}
