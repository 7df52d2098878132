package dev.lectern.content;

/**
 * An essay with its Markdown body, as read from disk.
 *
 * @param body the Markdown after the front matter
 * @param bodyLine the 1-based file line on which {@code body} starts, so messages about the body
 *                 can name real file lines
 */
public record EssayDocument(Essay essay, String body, int bodyLine) {
}
