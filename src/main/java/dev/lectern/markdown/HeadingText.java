package dev.lectern.markdown;

import java.util.regex.Pattern;

/**
 * The plain text of a line of inline Markdown (a heading, a title): emphasis markers, code
 * ticks, link targets, image syntax, math dollars and HTML tags removed. Used for anchors and
 * for titles taken from the first heading, so both agree wherever they are computed.
 */
public final class HeadingText {
    private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)\\]\\([^)]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)\\]\\([^)]*\\)");
    private static final Pattern REF_LINK = Pattern.compile("\\[([^\\]]*)\\]\\[[^\\]]*\\]");
    private static final Pattern TAG = Pattern.compile("</?[A-Za-z][^>]*>");
    private static final Pattern UNDERSCORE_MARK = Pattern.compile("(?<![\\p{L}\\p{N}])_+|_+(?![\\p{L}\\p{N}])");
    private static final Pattern CLOSING_HASHES = Pattern.compile("\\s+#+\\s*$");

    private HeadingText() {
    }

    public static String plain(String markdown) {
        String s = markdown.strip();
        s = CLOSING_HASHES.matcher(s).replaceAll("");
        if (s.indexOf('[') >= 0) {
            s = IMAGE.matcher(s).replaceAll("$1");
            s = LINK.matcher(s).replaceAll("$1");
            s = REF_LINK.matcher(s).replaceAll("$1");
        }
        if (s.indexOf('<') >= 0) s = TAG.matcher(s).replaceAll("");
        if (s.indexOf('_') >= 0) s = UNDERSCORE_MARK.matcher(s).replaceAll("");
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '*' || c == '`' || c == '~') continue;
            if (c == '\\' && i + 1 < s.length() && !Character.isLetter(s.charAt(i + 1))) {
                continue; // a backslash escape: keep the escaped character only
            }
            sb.append(c);
        }
        return sb.toString().replaceAll("\\s+", " ").strip();
    }
}
