package dev.lectern.tui;

/** The essay to continue, where the reader was in it and how long is left. */
public record ContinueInfo(String slug, String section, int percent, int minutesLeft) {
}
