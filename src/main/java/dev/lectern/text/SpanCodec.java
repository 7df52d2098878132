package dev.lectern.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Paragraphs of styled spans as one string and back, so the index can keep text already rendered
 * (a glossary entry's paragraphs) and a command can wrap it without parsing Markdown again. Fields
 * are separated by ASCII control characters; text holding one of them is not encoded (null), and
 * the caller renders it the usual way.
 */
public final class SpanCodec {
    private static final char PARAGRAPH = '\u001E';
    private static final char SPAN = '\u001F';
    private static final char FIELD = '\u001D';
    /** Stands for a span without a link (an empty link is kept as empty). */
    private static final String NO_LINK = "\u001C";

    private SpanCodec() {
    }

    /** The encoded paragraphs, or null when some text holds a separator. */
    public static String encode(List<List<Span>> paragraphs) {
        StringBuilder sb = new StringBuilder();
        for (int p = 0; p < paragraphs.size(); p++) {
            if (p > 0) sb.append(PARAGRAPH);
            List<Span> spans = paragraphs.get(p);
            for (int i = 0; i < spans.size(); i++) {
                Span s = spans.get(i);
                Style st = s.style();
                if (holdsSeparator(s.text()) || (st.link() != null && holdsSeparator(st.link()))) return null;
                if (i > 0) sb.append(SPAN);
                sb.append(st.role().name()).append(FIELD)
                        .append(st.isBold() ? '1' : '0').append(st.isItalic() ? '1' : '0')
                        .append(st.isUnderline() ? '1' : '0').append(st.isStrike() ? '1' : '0')
                        .append(st.isReverse() ? '1' : '0').append(FIELD)
                        .append(st.link() == null ? NO_LINK : st.link()).append(FIELD)
                        .append(s.text());
            }
        }
        return sb.toString();
    }

    /** The paragraphs {@link #encode} wrote; null for null or anything it did not write. */
    public static List<List<Span>> decode(String encoded) {
        if (encoded == null) return null;
        List<List<Span>> out = new ArrayList<>();
        try {
            for (String paragraph : split(encoded, PARAGRAPH)) {
                List<Span> spans = new ArrayList<>();
                if (!paragraph.isEmpty()) {
                    for (String span : split(paragraph, SPAN)) {
                        List<String> f = split(span, FIELD);
                        if (f.size() != 4 || f.get(1).length() != 5) return null;
                        String flags = f.get(1);
                        String link = f.get(2).equals(NO_LINK) ? null : f.get(2);
                        spans.add(new Span(f.get(3), new Style(Role.valueOf(f.get(0)), flags.charAt(0) == '1',
                                flags.charAt(1) == '1', flags.charAt(2) == '1', flags.charAt(3) == '1',
                                flags.charAt(4) == '1', link)));
                    }
                }
                out.add(spans);
            }
        } catch (IllegalArgumentException e) {
            return null; // a role this version does not have: render the usual way
        }
        return out;
    }

    private static boolean holdsSeparator(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\u001B' && c <= '\u001F') return true;
        }
        return false;
    }

    /** Splits at every {@code sep}, keeping empty parts (String.split would compile a pattern). */
    private static List<String> split(String s, char sep) {
        List<String> out = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == sep) {
                out.add(s.substring(from, i));
                from = i + 1;
            }
        }
        out.add(s.substring(from));
        return out;
    }
}
