package dev.lectern.run;

import java.time.Duration;
import java.util.Optional;

/**
 * A runnable snippet of an essay: a fence such as {@code ```python run timeout=30}, and the
 * {@code ```output} fence that immediately follows it, if any, as its expected output.
 *
 * @param slug the essay it belongs to
 * @param path the essay's path in the library, for messages
 * @param number its number in the essay, from 1, in reading order
 * @param languageName the language as written in the info string
 * @param language the language it runs in, empty when lectern cannot run that language
 * @param line the file line of the opening fence
 * @param expectedLine the file line of the output fence, or 0 when there is none
 */
public record Snippet(String slug, String path, int number, String languageName, Optional<Language> language,
                      String code, Optional<String> expected, int line, int expectedLine, Duration timeout) {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    /** The language as written, lower case, for headers and messages. */
    public String languageLabel() {
        return language.map(Language::displayName).orElse(languageName);
    }
}
