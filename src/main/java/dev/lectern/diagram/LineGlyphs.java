package dev.lectern.diagram;

/**
 * Chooses the box-drawing glyph for the line directions meeting in a {@link Canvas} cell.
 * Directions are packed four bits per {@link Stroke} (north 1, east 2, south 4, west 8).
 */
final class LineGlyphs {
    // index = mask (N=1, E=2, S=4, W=8)
    private static final String LIGHT_SQUARE = " │─└││┌├─┘─┴┐┤┬┼";
    private static final String LIGHT_ROUND = " │─╰││╭├─╯─┴╮┤┬┼";
    private static final String THICK = " ┃━┗┃┃┏┣━┛━┻┓┫┳╋";
    private static final String DOUBLE = " ║═╚║║╔╠═╝═╩╗╣╦╬";
    private static final String ASCII_LINE = " |-'||.+-'-+.+++";
    private static final String ASCII_SQUARE = " |-+||++-+-+++++";

    private LineGlyphs() {
    }

    private static int mask(int bits, Stroke stroke) {
        return (bits >> (4 * stroke.ordinal())) & 0xF;
    }

    static String glyph(int bits, Glyphs glyphs) {
        int all = 0;
        for (Stroke s : Stroke.values()) {
            all |= mask(bits, s);
        }
        int light = mask(bits, Stroke.LIGHT);
        int square = mask(bits, Stroke.SQUARE);
        int dotted = mask(bits, Stroke.DOTTED);
        int thick = mask(bits, Stroke.THICK);
        int dbl = mask(bits, Stroke.DOUBLE);
        boolean straightHorizontal = (all & (Canvas.NORTH | Canvas.SOUTH)) == 0;
        boolean straightVertical = (all & (Canvas.EAST | Canvas.WEST)) == 0;
        if (glyphs == Glyphs.ASCII) {
            if (straightHorizontal) {
                return dotted == all ? "." : (thick | dbl) == all ? "=" : "-";
            }
            if (straightVertical) {
                return dotted == all ? ":" : "|";
            }
            return String.valueOf((square != 0 || dbl != 0 ? ASCII_SQUARE : ASCII_LINE).charAt(all));
        }
        if (dbl != 0) {
            if (dbl == all) {
                return String.valueOf(DOUBLE.charAt(all));
            }
            int single = all & ~dbl;
            boolean dblHorizontal = (dbl & (Canvas.NORTH | Canvas.SOUTH)) == 0;
            boolean dblVertical = (dbl & (Canvas.EAST | Canvas.WEST)) == 0;
            if (dblHorizontal && (single & (Canvas.EAST | Canvas.WEST)) == 0) {
                return single == Canvas.SOUTH ? "╤" : single == Canvas.NORTH ? "╧" : "╪";
            }
            if (dblVertical && (single & (Canvas.NORTH | Canvas.SOUTH)) == 0) {
                return single == Canvas.EAST ? "╟" : single == Canvas.WEST ? "╢" : "╫";
            }
            return String.valueOf(DOUBLE.charAt(all));
        }
        if (thick == all) {
            return String.valueOf(THICK.charAt(all));
        }
        if (dotted == all) {
            if (straightHorizontal) {
                return "┄";
            }
            if (straightVertical) {
                return "┆";
            }
        }
        if (square != 0) {
            return String.valueOf(LIGHT_SQUARE.charAt(all));
        }
        if (light == 0 && thick != 0 && (straightHorizontal || straightVertical)) {
            return String.valueOf(THICK.charAt(all));
        }
        return String.valueOf(LIGHT_ROUND.charAt(all));
    }
}
