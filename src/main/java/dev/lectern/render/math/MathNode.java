package dev.lectern.render.math;

import java.util.List;

/** The parsed formula: a small tree the two layouts walk. */
sealed interface MathNode {

    /** A single symbol, letter or word, with its Unicode and ASCII spellings. */
    record Symbol(String unicode, String ascii, AtomClass atom) implements MathNode {
        static Symbol ordinary(String text) {
            return new Symbol(text, text, AtomClass.ORDINARY);
        }

        static final Symbol NONE = new Symbol("", "", AtomClass.ORDINARY);
    }

    /** A sequence of nodes laid out side by side: a {@code {…}} group or a whole row. */
    record Group(List<MathNode> items) implements MathNode {
        static final Group EMPTY = new Group(List.of());
    }

    /** A base with an optional subscript and superscript (either may be null). */
    record Script(MathNode base, MathNode sub, MathNode sup) implements MathNode {
    }

    /** {@code \frac{numerator}{denominator}}. */
    record Frac(MathNode numerator, MathNode denominator) implements MathNode {
    }

    /** {@code \sqrt[index]{body}}; index may be null. */
    record Sqrt(MathNode body, MathNode index) implements MathNode {
    }

    /** An accent over a body: {@code \hat}, {@code \bar}, {@code \vec}, … */
    record Accent(MathNode body, AccentKind kind) implements MathNode {
    }

    /** A big operator or limit-taking function with optional limits (null when absent). */
    record BigOp(Symbol operator, MathNode lower, MathNode upper) implements MathNode {
    }

    /** {@code \left… \right…}; a delimiter is {@link Symbol#NONE} for {@code .}. */
    record Fenced(Symbol left, MathNode body, Symbol right) implements MathNode {
    }

    /** A matrix-like environment: rows of cells. */
    record Matrix(List<List<MathNode>> rows, MatrixStyle style) implements MathNode {
    }

    /** Upright text from {@code \text{…}}, spaces kept. */
    record Text(String text) implements MathNode {
    }

    /** A body set in a math alphabet ({@code \mathbf}, {@code \mathbb}, …). */
    record Styled(Font font, MathNode body) implements MathNode {
    }

    /** Explicit horizontal space of {@code width} columns ({@code \quad}, {@code \,}, …). */
    record Space(int width) implements MathNode {
    }

    /** A command this renderer does not know, shown as written with its brace arguments. */
    record Unknown(String name, List<MathNode> arguments) implements MathNode {
    }
}
