package dev.lectern.content;

import java.time.LocalDate;
import java.util.List;

/**
 * What the library knows about one essay without its text: the front matter and the computed
 * length. The slug is the file name without {@code .md} (or the relative path in a plain
 * folder); it is the stable key for study data together with the library id.
 *
 * @param path file path relative to the library root, with forward slashes
 * @param date may be null when the front matter has none
 * @param level may be null when the front matter has none
 * @param series may be null
 */
public record Essay(String slug, String path, String title, String dek, LocalDate date,
                    Level level, String series, List<String> tags, List<String> aliases,
                    int words, int minutes) {
    public Essay {
        tags = List.copyOf(tags);
        aliases = List.copyOf(aliases);
        dek = dek == null ? "" : dek;
    }
}
