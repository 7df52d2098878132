package dev.lectern.text;

/** Colour arithmetic for terminals with fewer colours than a theme names. */
public final class Colors {
    private Colors() {
    }

    private static final int[][] BASIC = {
        {0, 0, 0}, {205, 0, 0}, {0, 205, 0}, {205, 205, 0}, {0, 0, 238}, {205, 0, 205}, {0, 205, 205}, {229, 229, 229},
        {127, 127, 127}, {255, 0, 0}, {0, 255, 0}, {255, 255, 0}, {92, 92, 255}, {255, 0, 255}, {0, 255, 255},
        {255, 255, 255}};

    /** The RGB value of an xterm 256-colour index. */
    public static int rgbOf256(int c) {
        if (c < 16) return BASIC[c][0] << 16 | BASIC[c][1] << 8 | BASIC[c][2];
        if (c < 232) {
            int i = c - 16;
            int r = i / 36, g = (i / 6) % 6, b = i % 6;
            return level(r) << 16 | level(g) << 8 | level(b);
        }
        int v = 8 + (c - 232) * 10;
        return v << 16 | v << 8 | v;
    }

    private static int level(int x) {
        return x == 0 ? 0 : 55 + x * 40;
    }

    /** The nearest of the 16 basic colours to a 256-colour index. */
    public static int to16(int c) {
        if (c < 16) return c;
        return nearest(rgbOf256(c), 16);
    }

    /** The nearest 256-colour index to an RGB value. */
    public static int rgbTo256(int rgb) {
        return nearest(rgb, 256);
    }

    private static int nearest(int rgb, int count) {
        int r = rgb >> 16 & 0xff, g = rgb >> 8 & 0xff, b = rgb & 0xff;
        int best = 0;
        long bestD = Long.MAX_VALUE;
        for (int i = 0; i < count; i++) {
            int o = rgbOf256(i);
            long dr = r - (o >> 16 & 0xff), dg = g - (o >> 8 & 0xff), db = b - (o & 0xff);
            long d = dr * dr + dg * dg + db * db;
            if (d < bestD) {
                bestD = d;
                best = i;
            }
        }
        return best;
    }
}
