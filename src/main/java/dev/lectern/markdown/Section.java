package dev.lectern.markdown;

/**
 * A part of a document from one heading to the next: the unit search returns and a reader can
 * land on. The part before the first heading has an empty anchor and heading.
 *
 * @param ordinal position among the document's sections, from 0
 * @param level heading level 1–6, or 0 for the part before the first heading
 * @param line the 1-based line of the heading within the body
 * @param markdown the section's Markdown source, heading line excluded
 */
public record Section(int ordinal, String anchor, String heading, int level, int line, String markdown) {
}
