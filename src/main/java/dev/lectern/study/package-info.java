/**
 * What lectern remembers about a learner, and the rules over it: reading progress and the track
 * you are on, review cards from {@code cards} fences scheduled with FSRS-6, notes and bookmarks,
 * glossary look-ups, streaks and statistics, and export/import as JSON. Keyed by library id and
 * slug (following an essay's aliases when it is renamed), never by index row ids. {@link
 * dev.lectern.study.Study} is the entry point for the CLI and the full-screen reader; SQL lives in
 * {@code dev.lectern.store}.
 */
package dev.lectern.study;
