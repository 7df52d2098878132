package dev.lectern.index;

import java.util.regex.Pattern;

/**
 * The text of a section as search sees it: Markdown link targets, image sources, HTML tags and
 * fence lines removed, everything a reader would read kept (code included). Cheap by design:
 * the FTS5 tokenizer already ignores punctuation, so only what would add false words goes.
 */
final class IndexText {
    private static final Pattern LINK_TARGET = Pattern.compile("\\]\\([^)\\s]*(\\s+\"[^\"]*\")?\\)");
    private static final Pattern TAG = Pattern.compile("</?[A-Za-z][^>\\n]*>");
    private static final Pattern FENCE = Pattern.compile("(?m)^\\s{0,3}(```|~~~).*$");
    private static final Pattern AUTOLINK = Pattern.compile("<(https?://[^>\\s]+)>");

    private IndexText() {
    }

    static String of(String markdown) {
        String s = markdown;
        if (s.indexOf("](") >= 0) s = LINK_TARGET.matcher(s).replaceAll("]");
        if (s.indexOf('<') >= 0) {
            s = AUTOLINK.matcher(s).replaceAll("$1");
            s = TAG.matcher(s).replaceAll(" ");
        }
        if (s.indexOf("``") >= 0 || s.indexOf("~~~") >= 0) s = FENCE.matcher(s).replaceAll("");
        return s;
    }
}
