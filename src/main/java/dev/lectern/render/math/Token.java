package dev.lectern.render.math;

/** One lexical unit of a TeX formula; {@code text} is the command name without its backslash. */
record Token(Kind kind, String text) {
    enum Kind {
        /** {@code \name} or a control symbol such as {@code \,}; text is the name. */
        COMMAND,
        /** Any other single character (a code point), text is the character. */
        CHAR,
        OPEN_BRACE,
        CLOSE_BRACE,
        SUBSCRIPT,
        SUPERSCRIPT,
        /** {@code &}: the column separator in matrices and aligned equations. */
        ALIGN,
        /** {@code \\}: the row separator. */
        NEWLINE,
        /** A run of whitespace. */
        SPACE
    }

    boolean is(Kind kind) {
        return this.kind == kind;
    }

    boolean isCommand(String name) {
        return kind == Kind.COMMAND && text.equals(name);
    }

    boolean isChar(String character) {
        return kind == Kind.CHAR && text.equals(character);
    }

    /** The token as it was written. */
    String source() {
        return switch (kind) {
            case COMMAND -> "\\" + text;
            case NEWLINE -> "\\\\";
            default -> text;
        };
    }
}
