package dev.lectern.index;

import java.util.Locale;
import java.util.Set;

/**
 * The words of a text as the suggestion list keeps them: runs of letters and digits, in lower
 * case, as written (not stemmed, so a suggestion is a word a reader knows). Words shorter than
 * {@link #MIN_LENGTH}, longer than {@link #MAX_LENGTH} or without a letter are left out: no
 * suggestion is made for them, and leaving them out keeps the list small.
 */
final class Terms {
    static final int MIN_LENGTH = 3;
    static final int MAX_LENGTH = 32;

    private Terms() {
    }

    /** Adds the words of {@code text} to {@code out}. */
    static void collect(String text, Set<String> out) {
        if (text == null) return;
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && !Character.isLetterOrDigit(text.charAt(i)) && !Character.isSurrogate(text.charAt(i))) i++;
            int start = i;
            boolean letter = false;
            boolean upper = false;
            boolean ascii = true;
            while (i < n) {
                char c = text.charAt(i);
                if (c < 128) {
                    if (c >= 'a' && c <= 'z') letter = true;
                    else if (c >= 'A' && c <= 'Z') letter = upper = true;
                    else if (c < '0' || c > '9') break;
                    i++;
                } else {
                    int cp = text.codePointAt(i);
                    if (!Character.isLetterOrDigit(cp)) break;
                    if (Character.isLetter(cp)) letter = true;
                    ascii = false;
                    i += Character.charCount(cp);
                }
            }
            int len = i - start;
            if (len == 0) {
                i++; // a lone surrogate or other non-word character
                continue;
            }
            if (letter && len >= MIN_LENGTH && len <= MAX_LENGTH) {
                String w = text.substring(start, i);
                out.add(upper || !ascii ? w.toLowerCase(Locale.ROOT) : w);
            }
        }
    }
}
