package dev.lectern.content;

/** A group of essays on one subject; essays join it from their own front matter. */
public record Series(String slug, String path, String title, String dek, String introduction) {
}
