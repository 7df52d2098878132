package dev.lectern.render.math;

/** Matrix-like environments: their delimiters, cell alignment and column gap. */
enum MatrixStyle {
    MATRIX("", "", "", "", Align.CENTER, 2),
    PMATRIX("(", ")", "(", ")", Align.CENTER, 2),
    BMATRIX("[", "]", "[", "]", Align.CENTER, 2),
    BRACE_MATRIX("{", "}", "{", "}", Align.CENTER, 2),
    VMATRIX("|", "|", "|", "|", Align.CENTER, 2),
    DOUBLE_VMATRIX("‖", "‖", "||", "||", Align.CENTER, 2),
    CASES("{", "", "{", "", Align.LEFT, 2),
    /** {@code aligned}, {@code align}, {@code gathered}, and a top level with {@code \\}: right, left, right, … */
    ALIGNED("", "", "", "", Align.ALTERNATE, 0);

    enum Align { CENTER, LEFT, ALTERNATE }

    final String left;
    final String right;
    final String asciiLeft;
    final String asciiRight;
    final Align align;
    final int columnGap;

    MatrixStyle(String left, String right, String asciiLeft, String asciiRight, Align align, int columnGap) {
        this.left = left;
        this.right = right;
        this.asciiLeft = asciiLeft;
        this.asciiRight = asciiRight;
        this.align = align;
        this.columnGap = columnGap;
    }

    static MatrixStyle forEnvironment(String name) {
        return switch (name) {
            case "matrix", "smallmatrix", "array" -> MATRIX;
            case "pmatrix" -> PMATRIX;
            case "bmatrix" -> BMATRIX;
            case "Bmatrix" -> BRACE_MATRIX;
            case "vmatrix" -> VMATRIX;
            case "Vmatrix" -> DOUBLE_VMATRIX;
            case "cases", "dcases" -> CASES;
            case "aligned", "align", "align*", "alignat", "alignat*", "gathered", "gather", "gather*",
                 "split", "eqnarray", "eqnarray*", "equation", "equation*" -> ALIGNED;
            default -> null;
        };
    }
}
