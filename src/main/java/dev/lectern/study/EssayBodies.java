package dev.lectern.study;

import dev.lectern.content.Essay;
import dev.lectern.content.EssayDocument;
import dev.lectern.content.LibraryReader;
import dev.lectern.content.SourceFile;
import dev.lectern.content.SourceText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads essays' Markdown bodies (front matter removed) from a library folder on demand, once
 * each. Cards and section anchors come from here; the index only keeps metadata and plain text.
 */
public final class EssayBodies {
    private final Path root;
    private final Map<String, Optional<String>> cache = new HashMap<>();

    public EssayBodies(Path root) {
        this.root = root;
    }

    /** The body of an essay, or empty when its file cannot be read now. */
    public Optional<String> body(Essay e) {
        return cache.computeIfAbsent(e.slug(), k -> read(e));
    }

    private Optional<String> read(Essay e) {
        Path file = root.resolve(e.path());
        try {
            String text = SourceText.read(new SourceFile(SourceFile.Kind.ESSAY, e.slug(), e.path(), file,
                    Files.size(file), 0), new ArrayList<>());
            if (text == null) return Optional.empty();
            EssayDocument d = LibraryReader.essay(e.slug(), e.path(), text, new ArrayList<>());
            return Optional.of(d.body());
        } catch (java.io.IOException ex) {
            return Optional.empty();
        }
    }
}
