package dev.lectern.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Maps roles to inks. Built-in themes ({@code dark}, {@code light}, {@code mono}) are property
 * files in the jar; a user's {@code theme.properties} in the config dir overrides single roles.
 * A role a theme does not name is drawn in the terminal's default colour.
 */
public final class Theme {
    public static final List<String> BUILT_IN = List.of("dark", "light", "mono");

    /** How a role is drawn. Colour: -1 default, 0–255 indexed, or {@code RGB | 0x1000000} true colour. */
    public record Ink(int color, boolean bold, boolean italic, boolean underline, boolean dim) {
        public static final Ink DEFAULT = new Ink(-1, false, false, false, false);
    }

    private final String name;
    private final Map<Role, Ink> inks;

    private Theme(String name, Map<Role, Ink> inks) {
        this.name = name;
        this.inks = inks;
    }

    public String name() {
        return name;
    }

    public Ink ink(Role r) {
        return inks.getOrDefault(r, Ink.DEFAULT);
    }

    public boolean isMono() {
        return name.equals("mono");
    }

    /** A built-in theme by name; unknown names are an IllegalArgumentException listing the known ones. */
    public static Theme builtIn(String name) {
        if (!BUILT_IN.contains(name)) {
            throw new IllegalArgumentException("no theme `" + name + "`; built in: " + String.join(", ", BUILT_IN));
        }
        try (InputStream in = Bundled.open("dev/lectern/themes/" + name + ".properties")) {
            Map<Role, Ink> inks = new EnumMap<>(Role.class);
            List<String> problems = new ArrayList<>();
            read(new java.io.InputStreamReader(in, StandardCharsets.UTF_8), inks, problems);
            return new Theme(name, inks);
        } catch (IOException e) {
            throw new IllegalStateException("built-in theme " + name + " is missing from the jar", e);
        }
    }

    /** This theme with roles overridden from a user file; problems (unknown roles, bad colours) are added. */
    public Theme withOverrides(Path file, List<String> problems) {
        if (!Files.isRegularFile(file)) return this;
        Map<Role, Ink> inks = new EnumMap<>(Role.class);
        inks.putAll(this.inks);
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            read(r, inks, problems);
        } catch (java.nio.charset.CharacterCodingException e) {
            problems.add(file + " is not UTF-8 text");
            return this; // half a file's colours would be stranger than none
        } catch (IOException | IllegalArgumentException e) { // Properties.load rejects a malformed \\u escape
            problems.add(file + " cannot be read: " + e.getMessage());
            return this;
        }
        return new Theme(name, inks);
    }

    private static void read(Reader r, Map<Role, Ink> inks, List<String> problems) throws IOException {
        Properties p = new Properties();
        p.load(r);
        for (String key : p.stringPropertyNames()) {
            Role role = Role.fromKey(key.strip());
            if (role == null) {
                problems.add("theme: unknown role `" + key + "`");
                continue;
            }
            Ink ink = parseInk(p.getProperty(key), problems, key);
            if (ink != null) inks.put(role, ink);
        }
    }

    static Ink parseInk(String spec, List<String> problems, String key) {
        int color = -1;
        boolean bold = false, italic = false, underline = false, dim = false;
        for (String w : spec.strip().toLowerCase(Locale.ROOT).split("\\s+")) {
            switch (w) {
                case "bold" -> bold = true;
                case "italic" -> italic = true;
                case "underline" -> underline = true;
                case "dim" -> dim = true;
                case "default", "" -> color = -1;
                default -> {
                    int c = parseColor(w);
                    if (c == Integer.MIN_VALUE) {
                        problems.add("theme: `" + key + "` has an unknown colour `" + w + "`");
                        return null;
                    }
                    color = c;
                }
            }
        }
        return new Ink(color, bold, italic, underline, dim);
    }

    private static final List<String> NAMES = List.of("black", "red", "green", "yellow", "blue", "magenta", "cyan", "white");

    static int parseColor(String w) {
        if (w.startsWith("#") && w.length() == 7) {
            try {
                return Integer.parseInt(w.substring(1), 16) | 0x1000000;
            } catch (NumberFormatException e) {
                return Integer.MIN_VALUE;
            }
        }
        int i = NAMES.indexOf(w);
        if (i >= 0) return i;
        if (w.startsWith("bright-") && NAMES.contains(w.substring(7))) return 8 + NAMES.indexOf(w.substring(7));
        try {
            int n = Integer.parseInt(w);
            return n >= 0 && n <= 255 ? n : Integer.MIN_VALUE;
        } catch (NumberFormatException e) {
            return Integer.MIN_VALUE;
        }
    }
}
