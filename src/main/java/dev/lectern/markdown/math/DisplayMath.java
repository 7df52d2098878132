package dev.lectern.markdown.math;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * A display formula: {@code $$} on a line of its own, the TeX on the following lines, and a
 * closing {@code $$}; or {@code $$ x $$} on one line. {@link #latex()} is the TeX with the
 * lines of the block (container prefixes such as {@code > } removed) joined by newlines.
 */
public final class DisplayMath extends Block {
    private String latex = "";

    DisplayMath() {
    }

    /** The TeX source between the {@code $$} markers, trimmed. */
    public String latex() {
        return latex;
    }

    void setLatex(String latex) {
        this.latex = latex;
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }

    @Override
    public void getAstExtra(StringBuilder out) {
        out.append(" latex:[").append(latex.replace("\n", "\\n")).append("]");
    }
}
