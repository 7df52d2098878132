package dev.lectern.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * A library of a given number of files laid out as DESIGN.md says (library.md, glossary.md, a
 * track, essays), written into a folder for the reliability tests. Every essay has two sections
 * and one review card; essay-7 alone holds the word {@link #RARE_WORD}, so a search for it finds
 * exactly that essay once the index is whole.
 */
final class GeneratedLibrary {
    static final String ID = "crashlib";
    static final String RARE_WORD = "quokka";
    /** library.md, glossary.md and one track besides the essays. */
    private static final int OTHER_FILES = 3;
    private static final String[] WORDS = ("attention gradient softmax cache tensor layer token loss batch kernel"
            + " vector matrix decoder encoder embedding sampling temperature optimizer momentum residual").split(" ");

    private final Path root;
    private final int essays;

    private GeneratedLibrary(Path root, int essays) {
        this.root = root;
        this.essays = essays;
    }

    /** Writes a library of {@code files} files (at least 11) into {@code root}. */
    static GeneratedLibrary write(Path root, int files, long seed) throws IOException {
        int essays = files - OTHER_FILES;
        Random r = new Random(seed);
        Files.createDirectories(root.resolve("essays"));
        Files.createDirectories(root.resolve("tracks"));
        Files.writeString(root.resolve("library.md"),
                "---\nid: " + ID + "\ntitle: Generated\ndek: A generated library.\n---\n\n# Generated\n\nAbout it.\n");
        Files.writeString(root.resolve("glossary.md"), "# Glossary\n\n## Softmax\n\nTurns scores into probabilities.\n");
        Files.writeString(root.resolve("tracks/first.md"), "---\ntitle: First\ndek: The first essays.\n"
                + "essays: [essay-0, essay-1, essay-2]\n---\n\n# First\n\nStart here.\n");
        for (int i = 0; i < essays; i++) {
            String body = paragraph(r) + "\n\n" + paragraph(r) + (i == 7 ? " " + RARE_WORD : "");
            Files.writeString(root.resolve("essays/" + slug(i) + ".md"), "---\ntitle: Essay " + i
                    + "\ndek: Generated essay " + i + ".\nlevel: intro\n---\n\n# Essay " + i + "\n\n" + body
                    + "\n\n## Part two\n\n" + paragraph(r) + "\n\n```cards\nQ: What is " + i + "?\nA: The number "
                    + i + ".\n```\n");
        }
        return new GeneratedLibrary(root, essays);
    }

    private static String paragraph(Random r) {
        StringBuilder sb = new StringBuilder();
        for (int w = 0; w < 60; w++) sb.append(w == 0 ? "" : " ").append(WORDS[r.nextInt(WORDS.length)]);
        return sb.append('.').toString();
    }

    static String slug(int i) {
        return "essay-" + i;
    }

    Path root() {
        return root;
    }

    int essays() {
        return essays;
    }
}
