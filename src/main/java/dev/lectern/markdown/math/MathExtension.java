package dev.lectern.markdown.math;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/**
 * The flexmark extension for dollar math. Register it next to the other extensions:
 * {@code Parser.builder().extensions(List.of(MathExtension.create(), …))}.
 */
public final class MathExtension implements Parser.ParserExtension {
    private MathExtension() {
    }

    public static MathExtension create() {
        return new MathExtension();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder parserBuilder) {
        parserBuilder.customBlockParserFactory(new DisplayMathBlockParser.Factory());
        parserBuilder.customInlineParserExtensionFactory(new InlineMathParser.Factory());
    }
}
