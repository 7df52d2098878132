package dev.lectern.markdown.math;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * Math inside a line of text: {@code $…$}, or {@code $$…$$} written inside a paragraph
 * (then {@link #isDisplayStyle()} is true). {@link #latex()} is the TeX between the dollars.
 */
public final class InlineMath extends Node {
    private final BasedSequence openingMarker;
    private final BasedSequence text;
    private final BasedSequence closingMarker;

    InlineMath(BasedSequence openingMarker, BasedSequence text, BasedSequence closingMarker) {
        super(openingMarker.baseSubSequence(openingMarker.getStartOffset(), closingMarker.getEndOffset()));
        this.openingMarker = openingMarker;
        this.text = text;
        this.closingMarker = closingMarker;
    }

    /** The TeX source between the dollar signs, exactly as written. */
    public String latex() {
        return text.toString();
    }

    /** True for {@code $$…$$} written inside a paragraph. */
    public boolean isDisplayStyle() {
        return openingMarker.length() == 2;
    }

    public BasedSequence getOpeningMarker() {
        return openingMarker;
    }

    public BasedSequence getText() {
        return text;
    }

    public BasedSequence getClosingMarker() {
        return closingMarker;
    }

    @Override
    public BasedSequence[] getSegments() {
        return new BasedSequence[] {openingMarker, text, closingMarker};
    }

    @Override
    public void getAstExtra(StringBuilder out) {
        delimitedSegmentSpanChars(out, openingMarker, text, closingMarker, "text");
    }
}
