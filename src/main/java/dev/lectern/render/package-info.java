/**
 * Markdown to terminal-independent styled lines for a width: blocks (headings, paragraphs,
 * quotes, pull quotes, alerts, lists, code with highlighting, tables, math, diagrams, cards),
 * inline styles, footnotes and link references. Parents render children narrower and decorate
 * their lines. Nothing here writes escape codes or knows about terminals.
 */
package dev.lectern.render;
