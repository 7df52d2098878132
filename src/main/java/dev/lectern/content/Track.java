package dev.lectern.content;

import java.util.List;

/** A curated reading sequence: essays in order, with an introduction. */
public record Track(String slug, String path, String title, String dek, List<String> essays,
                    String introduction) {
    public Track {
        essays = List.copyOf(essays);
    }
}
