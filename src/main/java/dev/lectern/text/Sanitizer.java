package dev.lectern.text;

/**
 * Makes text safe to paint: control characters (escape sequences included) become visible
 * symbols from the Unicode "Control Pictures" block, so content can never drive the terminal.
 * Tabs become spaces here because their width depends on a column we do not know.
 */
public final class Sanitizer {
    private Sanitizer() {
    }

    public static String visible(String s) {
        int n = s.length();
        int i = 0;
        while (i < n && !isControl(s.charAt(i))) i++;
        if (i == n) return s;
        StringBuilder sb = new StringBuilder(n + 8);
        sb.append(s, 0, i);
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (!isControl(c)) {
                sb.append(c);
            } else if (c == '\t') {
                sb.append("    ");
            } else if (c < 0x20) {
                sb.append((char) (0x2400 + c)); // ␀..␟, ESC becomes ␛
            } else if (c == 0x7f) {
                sb.append('\u2421'); // ␡
            } else {
                sb.append('\uFFFD'); // C1 controls and bidi overrides have no picture
            }
        }
        return sb.toString();
    }

    /**
     * JSON text with every control character left raw by the encoder (Gson escapes only those
     * below U+0020) written as a {@code \\uXXXX} escape: DEL, C1 controls and bidi overrides.
     * Valid JSON with the same strings, and nothing a terminal could act on.
     */
    public static String escapedJson(String json) {
        int n = json.length();
        int i = 0;
        // Below U+0020 only the layout's own newlines are raw: Gson escapes the rest inside strings.
        while (i < n && !(json.charAt(i) >= 0x20 && isControl(json.charAt(i)))) i++;
        if (i == n) return json;
        StringBuilder sb = new StringBuilder(n + 16).append(json, 0, i);
        for (; i < n; i++) {
            char c = json.charAt(i);
            if (c >= 0x20 && isControl(c)) sb.append(String.format("\\u%04x", (int) c));
            else sb.append(c);
        }
        return sb.toString();
    }

    static boolean isControl(char c) {
        return c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0)
                || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
    }
}
