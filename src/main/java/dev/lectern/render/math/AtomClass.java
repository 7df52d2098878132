package dev.lectern.render.math;

/** TeX's atom classes, which decide the spacing between neighbours in a row. */
enum AtomClass {
    /** Letters, digits, most symbols. */
    ORDINARY,
    /** Named functions ({@code \log}) and big operators ({@code \sum}). */
    OPERATOR,
    /** Binary operators such as {@code +} and {@code \times}; unary at the start of a row. */
    BINARY,
    /** Relations such as {@code =}, {@code \le}, {@code \to}. */
    RELATION,
    OPEN,
    CLOSE,
    /** Commas and semicolons. */
    PUNCTUATION,
    /** Fractions and fenced groups. */
    INNER,
    /** A big operator or limit-taking function that the parser turns into a {@code BigOp}. */
    LARGE
}
