package dev.lectern.content;

import java.nio.file.Path;

/**
 * A Markdown file found in a library folder, before it is read.
 *
 * @param path relative to the library root, forward slashes
 * @param size bytes on disk
 * @param modified last-modified time in milliseconds
 */
public record SourceFile(Kind kind, String slug, String path, Path file, long size, long modified) {
    /** What a file is to the library, from where it sits. */
    public enum Kind { LIBRARY, GLOSSARY, TRACK, SERIES, ESSAY }
}
