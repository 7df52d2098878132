package dev.lectern.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the user's search syntax: words (all must match), "phrases", prefix*, -exclusion and
 * {@code level:} {@code series:} {@code track:} {@code tag:} filters. Lenient on purpose: an
 * unclosed quote runs to the end, stray operators are ignored, and a term without a single
 * letter or digit is dropped, so every input parses to something or to nothing at all.
 */
public final class QueryParser {
    /** More terms than this are dropped: such a query is text pasted by mistake, not a search. */
    public static final int MAX_TERMS = 24;

    private QueryParser() {
    }

    public static SearchQuery parse(String input) {
        List<SearchQuery.Term> terms = new ArrayList<>();
        List<String> notices = new ArrayList<>();
        String level = null;
        String series = null;
        String track = null;
        String tag = null;
        int dropped = 0;
        String s = input == null ? "" : input;
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            boolean negated = false;
            if (c == '-' && i + 1 < n && !Character.isWhitespace(s.charAt(i + 1))) {
                negated = true;
                i++;
                c = s.charAt(i);
            }
            if (c == '"') {
                int close = s.indexOf('"', i + 1);
                String text = close < 0 ? s.substring(i + 1) : s.substring(i + 1, close);
                i = close < 0 ? n : close + 1;
                if (hasWordChar(text)) {
                    if (terms.size() < MAX_TERMS) terms.add(new SearchQuery.Phrase(clean(text), negated));
                    else dropped++;
                }
                continue;
            }
            int end = i;
            while (end < n && !Character.isWhitespace(s.charAt(end))) end++;
            String token = s.substring(i, end);
            i = end;
            int colon = token.indexOf(':');
            if (colon > 0 && !negated) {
                String key = token.substring(0, colon).toLowerCase(Locale.ROOT);
                String value = token.substring(colon + 1);
                if (value.startsWith("\"")) { // tag:"two words"
                    int close = s.indexOf('"', i - token.length() + colon + 2);
                    if (close >= 0 && close >= i) {
                        value = s.substring(i - token.length() + colon + 2, close);
                        i = close + 1;
                    } else {
                        value = value.replace("\"", "");
                    }
                }
                if (!value.isBlank()) {
                    switch (key) {
                        case "level" -> { level = value.strip(); continue; }
                        case "series" -> { series = value.strip(); continue; }
                        case "track" -> { track = value.strip(); continue; }
                        case "tag" -> { tag = value.strip(); continue; }
                        default -> { }
                    }
                }
            }
            boolean prefix = token.endsWith("*");
            String text = token.replaceAll("^[*]+|[*]+$", "");
            if (!hasWordChar(text)) continue;
            if (terms.size() < MAX_TERMS) terms.add(new SearchQuery.Word(clean(text), prefix, negated));
            else dropped++;
        }
        if (dropped > 0) notices.add("only the first " + MAX_TERMS + " terms were used; " + dropped + " more were ignored");
        return new SearchQuery(terms, new SearchQuery.Filters(level, series, track, tag), notices);
    }

    private static boolean hasWordChar(String s) {
        for (int k = 0; k < s.length(); ) {
            int cp = s.codePointAt(k);
            if (Character.isLetterOrDigit(cp)) return true;
            k += Character.charCount(cp);
        }
        return false;
    }

    /** Drops control characters and inner asterisks, which mean nothing inside a term. */
    private static String clean(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c >= 0x20 && c != 0x7f && c != '*') sb.append(c);
            else if (c < 0x20) sb.append(' ');
        }
        return sb.toString().strip();
    }
}
