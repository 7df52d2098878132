package dev.lectern.content;

/**
 * Words and minutes for a Markdown body: about 230 words a minute for prose. Code is counted at
 * half weight because readers skim it, and front matter is never counted. Never written by hand.
 */
public final class ReadingTime {
    public static final int WORDS_PER_MINUTE = 230;

    private ReadingTime() {
    }

    /** Words in {@code markdown}, prose and code together (what {@code wc -w} would say of the text). */
    public static int words(String markdown) {
        return count(markdown, false);
    }

    /** Minutes to read {@code markdown}, at least 1. */
    public static int minutes(String markdown) {
        int weighted = count(markdown, true);
        return Math.max(1, Math.round(weighted / (float) WORDS_PER_MINUTE));
    }

    private static int count(String md, boolean weighCode) {
        int prose = 0;
        int code = 0;
        boolean inFence = false;
        int i = 0;
        int n = md.length();
        while (i < n) {
            int nl = md.indexOf('\n', i);
            int end = nl < 0 ? n : nl;
            int s = i;
            while (s < end && md.charAt(s) == ' ') s++;
            if (end - s >= 3 && (md.startsWith("```", s) || md.startsWith("~~~", s))) {
                inFence = !inFence;
            } else {
                int w = wordsIn(md, s, end);
                if (inFence) code += w; else prose += w;
            }
            i = end + 1;
        }
        return weighCode ? prose + code / 2 : prose + code;
    }

    private static int wordsIn(String s, int from, int to) {
        int w = 0;
        boolean in = false;
        for (int i = from; i < to; i++) {
            boolean space = Character.isWhitespace(s.charAt(i));
            if (!space && !in) w++;
            in = !space;
        }
        return w;
    }
}
