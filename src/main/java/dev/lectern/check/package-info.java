/**
 * {@code lectern check}: validates a whole library for its author — front matter, references
 * between files, links and their anchors, glossary entries, diagrams and cards that do not parse
 * — and runs every snippet against its expected output. Every finding is a
 * {@link dev.lectern.content.Problem} naming file and line, so an editor or a CI log can jump to
 * it. Loading a library tolerates all of this; checking reports all of it.
 */
package dev.lectern.check;
