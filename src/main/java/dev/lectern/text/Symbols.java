package dev.lectern.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Every glyph lectern draws outside a diagram or a formula: bullets, rules, bars, markers,
 * progress cells, ellipses. Two sets, Unicode and ASCII, are data files in the
 * jar ({@code dev/lectern/glyphs/unicode.properties} and {@code ascii.properties}, as glamour
 * keeps {@code styles/ascii.json}), read the first time each is asked for; code asks for a glyph by name and never chooses between the
 * two itself. Diagrams keep their own set ({@code diagram.Glyphs}), formulas theirs (each math
 * symbol carries both spellings).
 */
public final class Symbols {
    // One holder per set, so that a command reads only the file it draws with.
    private static final class Unicode {
        static final Symbols SET = load("unicode");
    }

    private static final class Ascii {
        static final Symbols SET = load("ascii");
    }

    private final String name;
    private final Map<String, String> glyphs;

    private Symbols(String name, Map<String, String> glyphs) {
        this.name = name;
        this.glyphs = glyphs;
    }

    /** Box drawing and typographic symbols for a UTF-8 terminal, or seven-bit ASCII stand-ins. */
    public static Symbols of(boolean unicode) {
        return unicode ? Unicode.SET : Ascii.SET;
    }

    private static Symbols load(String name) {
        String path = "dev/lectern/glyphs/" + name + ".properties";
        try (InputStream in = Bundled.open(path)) {
            if (in == null) throw new IllegalStateException("glyph set " + path + " is missing from the jar");
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> m = new TreeMap<>();
            for (String k : p.stringPropertyNames()) m.put(k, p.getProperty(k));
            return new Symbols(name, Map.copyOf(m));
        } catch (IOException e) {
            throw new IllegalStateException("glyph set " + path + " cannot be read", e);
        }
    }

    /** The set's name, {@code unicode} or {@code ascii}. */
    public String name() {
        return name;
    }

    /** The names this set defines (a test holds both sets to the same names). */
    public java.util.Set<String> names() {
        return glyphs.keySet();
    }

    /** The glyph called {@code key}; a name the set lacks is a bug in the jar, not the user's. */
    public String get(String key) {
        String g = glyphs.get(key);
        if (g == null) throw new IllegalStateException("glyph set " + name + " has no `" + key + "`");
        return g;
    }

    public String check() { return get("check"); }
    public String open() { return get("open"); }
    public String bullet() { return get("bullet"); }
    public String taskDone() { return get("taskDone"); }
    public String taskOpen() { return get("taskOpen"); }
    public String dot() { return get("dot"); }
    public String pass() { return get("pass"); }
    public String fail() { return get("fail"); }
    public String full() { return get("full"); }
    public String empty() { return get("empty"); }
    public String times() { return get("times"); }
    public String ellipsis() { return get("ellipsis"); }
    public String arrow() { return get("arrow"); }
    public String moreLeft() { return get("moreLeft"); }
    public String hrule() { return get("hrule"); }
    public String heavyRule() { return get("heavyRule"); }
    public String doubleRule() { return get("doubleRule"); }
    public String quoteBar() { return get("quoteBar"); }
    public String calloutBar() { return get("calloutBar"); }
    public String pointer() { return get("pointer"); }
    public String play() { return get("play"); }
    public String returns() { return get("returns"); }
    public String diamond() { return get("diamond"); }
    public String pullQuote() { return get("pullQuote"); }
    public String radical() { return get("radical"); }
    public String rising() { return get("rising"); }
    public String falling() { return get("falling"); }

    public String image() { return get("image"); }

    /**
     * A table's frame: top left, top tee, top right, left tee, cross, right tee, bottom left,
     * bottom tee, bottom right, horizontal, vertical.
     */
    public String[] tableFrame() {
        return get("table").codePoints().mapToObj(Character::toString).toArray(String[]::new);
    }

    /** The icon of a callout, {@code kind} being NOTE, TIP, IMPORTANT, WARNING or CAUTION. */
    public String alert(String kind) {
        return get("alert." + kind);
    }

    /** A progress bar of {@code width} cells for {@code done} of {@code total}. */
    public String bar(int done, int total, int width) {
        int filled = total <= 0 ? 0 : (int) Math.round((double) done * width / total);
        return full().repeat(filled) + empty().repeat(width - filled);
    }
}
