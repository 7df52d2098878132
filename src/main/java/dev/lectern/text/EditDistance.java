package dev.lectern.text;

/**
 * Edit distances for "did you mean" offers: plain Levenshtein for slugs and anchors, and the
 * transposition-aware kind (a swap of two neighbouring letters is one edit) for typed words.
 */
public final class EditDistance {
    private EditDistance() {
    }

    /** The fewest single-character insertions, deletions and substitutions turning {@code a} into {@code b}. */
    public static int between(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] x = prev;
            prev = cur;
            cur = x;
        }
        return prev[b.length()];
    }

    /** The optimal-string-alignment (restricted Damerau–Levenshtein) distance: a swap of neighbours is one edit. */
    public static int transposing(String a, String b) {
        return transposing(a, b, Math.max(a.length(), b.length()));
    }

    /**
     * {@link #transposing(String, String)}, or {@code cap + 1} as soon as the distance is certain
     * to exceed {@code cap} (the early cut-off keeps a scan over a vocabulary cheap).
     */
    public static int transposing(String a, String b, int cap) {
        int n = a.length();
        int m = b.length();
        if (Math.abs(n - m) > cap) return cap + 1;
        int[] prev2 = new int[m + 1];
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        for (int j = 0; j <= m; j++) prev[j] = j;
        for (int i = 1; i <= n; i++) {
            cur[0] = i;
            int rowMin = i;
            char ai = a.charAt(i - 1);
            for (int j = 1; j <= m; j++) {
                char bj = b.charAt(j - 1);
                int v = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (ai == bj ? 0 : 1));
                if (i > 1 && j > 1 && ai == b.charAt(j - 2) && a.charAt(i - 2) == bj) v = Math.min(v, prev2[j - 2] + 1);
                cur[j] = v;
                if (v < rowMin) rowMin = v;
            }
            if (rowMin > cap) return cap + 1;
            int[] t = prev2;
            prev2 = prev;
            prev = cur;
            cur = t;
        }
        return Math.min(prev[m], cap + 1);
    }
}
