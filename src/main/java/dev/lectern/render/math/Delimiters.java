package dev.lectern.render.math;

import java.util.ArrayList;
import java.util.List;

/** Brackets grown to the height of their contents: ⎛⎜⎝, ⎡⎢⎣, ⎧⎨⎩, │ and their ASCII forms. */
final class Delimiters {
    private Delimiters() {
    }

    /** A column of {@code height} rows for the delimiter; {@code baseline} is the middle piece's row for braces. */
    static Box tall(String delimiter, int height, int baseline, boolean unicode) {
        if (delimiter.isEmpty()) return Box.of(blankColumn(height, ""), baseline);
        if (height <= 1) return Box.of(List.of(delimiter), 0);
        if (unicode && height == 2 && delimiter.equals("{")) return Box.of(List.of("⎰", "⎱"), baseline);
        if (unicode && height == 2 && delimiter.equals("}")) return Box.of(List.of("⎱", "⎰"), baseline);
        String[] pieces = unicode ? unicodePieces(delimiter) : asciiPieces(delimiter);
        List<String> rows = new ArrayList<>(height);
        for (int row = 0; row < height; row++) {
            String piece;
            if (pieces == null) {
                piece = row == baseline ? delimiter : " ";
            } else if (row == 0) {
                piece = pieces[0];
            } else if (row == height - 1) {
                piece = pieces[2];
            } else if (pieces.length > 3 && row == Math.max(1, Math.min(height - 2, baseline))) {
                piece = pieces[3];
            } else {
                piece = pieces[1];
            }
            rows.add(piece);
        }
        return Box.of(rows, baseline);
    }

    private static List<String> blankColumn(int height, String text) {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < height; i++) rows.add(text);
        return rows;
    }

    /** Top, middle (repeated), bottom, and optionally a centre piece. */
    private static String[] unicodePieces(String delimiter) {
        return switch (delimiter) {
            case "(" -> new String[] {"⎛", "⎜", "⎝"};
            case ")" -> new String[] {"⎞", "⎟", "⎠"};
            case "[" -> new String[] {"⎡", "⎢", "⎣"};
            case "]" -> new String[] {"⎤", "⎥", "⎦"};
            case "{" -> new String[] {"⎧", "⎪", "⎩", "⎨"};
            case "}" -> new String[] {"⎫", "⎪", "⎭", "⎬"};
            case "⌊" -> new String[] {"⎢", "⎢", "⎣"};
            case "⌋" -> new String[] {"⎥", "⎥", "⎦"};
            case "⌈" -> new String[] {"⎡", "⎢", "⎢"};
            case "⌉" -> new String[] {"⎤", "⎥", "⎥"};
            case "|", "∣" -> new String[] {"│", "│", "│"};
            case "‖", "∥" -> new String[] {"‖", "‖", "‖"};
            case "⟨" -> new String[] {"╱", "⟨", "╲", "⟨"};
            case "⟩" -> new String[] {"╲", "⟩", "╱", "⟩"};
            default -> null;
        };
    }

    private static String[] asciiPieces(String delimiter) {
        return switch (delimiter) {
            case "(" -> new String[] {"/", "|", "\\"};
            case ")" -> new String[] {"\\", "|", "/"};
            case "[", "|_", "|^" -> new String[] {"[", "[", "["};
            case "]", "_|", "^|" -> new String[] {"]", "]", "]"};
            case "{" -> new String[] {"/", "|", "\\", "<"};
            case "}" -> new String[] {"\\", "|", "/", ">"};
            case "|" -> new String[] {"|", "|", "|"};
            case "||" -> new String[] {"||", "||", "||"};
            case "<" -> new String[] {"/", "<", "\\", "<"};
            case ">" -> new String[] {"\\", ">", "/", ">"};
            default -> null;
        };
    }
}
