package dev.lectern.content;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds a library's files. A folder with an {@code essays/} directory is a structured library
 * (library.md, glossary.md, tracks/, series/, essays/); any other folder is a plain one in which
 * every Markdown file is an essay whose slug is its relative path without {@code .md}.
 * Only file names and sizes are read here, so this stays cheap enough to run on every command.
 */
public final class LibraryLayout {
    private LibraryLayout() {
    }

    /**
     * Fewer path elements first, then by path. A class, not a {@code Comparator} chain: this runs
     * on every command, in a cold JVM, where linking a chain's method references costs about 10 ms.
     */
    private static final Comparator<Path> SHALLOW_FIRST = new Comparator<>() {
        @Override
        public int compare(Path a, Path b) {
            int byDepth = Integer.compare(a.getNameCount(), b.getNameCount());
            return byDepth != 0 ? byDepth : a.compareTo(b);
        }
    };

    public static boolean isStructured(Path root) {
        return Files.isDirectory(root.resolve("essays"));
    }

    public static List<SourceFile> scan(Path root) throws IOException {
        if (!Files.isDirectory(root)) throw new IOException(root + " is not a folder");
        List<SourceFile> out = new ArrayList<>();
        if (isStructured(root)) {
            single(root, "library.md", SourceFile.Kind.LIBRARY, out);
            single(root, "glossary.md", SourceFile.Kind.GLOSSARY, out);
            flat(root, "tracks", SourceFile.Kind.TRACK, out);
            flat(root, "series", SourceFile.Kind.SERIES, out);
            tree(root, root.resolve("essays"), SourceFile.Kind.ESSAY, true, out);
        } else {
            single(root, "library.md", SourceFile.Kind.LIBRARY, out);
            tree(root, root, SourceFile.Kind.ESSAY, false, out);
            out.removeIf(f -> f.kind() == SourceFile.Kind.ESSAY && f.path().equals("library.md"));
        }
        return out;
    }

    private static void single(Path root, String name, SourceFile.Kind kind, List<SourceFile> out) throws IOException {
        Path p = root.resolve(name);
        if (Files.isRegularFile(p)) out.add(source(root, p, kind, stem(name)));
    }

    private static void flat(Path root, String dir, SourceFile.Kind kind, List<SourceFile> out) throws IOException {
        Path d = root.resolve(dir);
        if (!Files.isDirectory(d)) return;
        try (var s = Files.list(d)) {
            for (Path p : s.sorted().toList()) {
                String name = p.getFileName().toString();
                if (name.endsWith(".md") && !name.startsWith(".") && Files.isRegularFile(p)) {
                    out.add(source(root, p, kind, stem(name)));
                }
            }
        }
    }

    private static void tree(Path root, Path dir, SourceFile.Kind kind, boolean slugFromName,
                             List<SourceFile> out) throws IOException {
        List<Path> found = new ArrayList<>();
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                String n = d.getFileName() == null ? "" : d.getFileName().toString();
                if (!d.equals(dir) && (n.startsWith(".") || n.equals("node_modules") || n.equals("target"))) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                String n = f.getFileName().toString();
                if (attrs.isRegularFile() && n.endsWith(".md") && !n.startsWith(".")) found.add(f);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path f, IOException e) {
                return FileVisitResult.CONTINUE; // an unreadable folder must not hide the rest
            }
        });
        // Shallow files first, so of two essays with one slug the one nearer the top wins.
        found.sort(SHALLOW_FIRST);
        for (Path p : found) {
            String slug = slugFromName ? stem(p.getFileName().toString())
                    : stem(root.relativize(p).toString().replace('\\', '/'));
            out.add(source(root, p, kind, slug));
        }
    }

    private static SourceFile source(Path root, Path p, SourceFile.Kind kind, String slug) throws IOException {
        BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
        return new SourceFile(kind, slug, root.relativize(p).toString().replace('\\', '/'), p, a.size(),
                a.lastModifiedTime().toMillis());
    }

    private static String stem(String name) {
        return name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
    }
}
