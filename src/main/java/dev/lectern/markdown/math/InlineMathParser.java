package dev.lectern.markdown.math;

import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.InlineParserExtension;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Set;

/**
 * Recognises {@code $…$} (and {@code $$…$$} inside a paragraph) at a {@code $} in inline text.
 *
 * <p>An opening {@code $} must be followed by a non-space, and is not an opener when it is
 * followed by a digit and preceded by whitespace or the start of the text (a price). The
 * closer is the next unescaped {@code $}; it must follow a non-space and must not be followed by
 * a digit, otherwise the opening dollar stays literal. Backslash escapes and code spans are
 * handled by flexmark before a {@code $} is ever seen here.
 */
final class InlineMathParser implements InlineParserExtension {

    @Override
    public void finalizeDocument(InlineParser inlineParser) {
    }

    @Override
    public void finalizeBlock(InlineParser inlineParser) {
    }

    @Override
    public boolean parse(LightInlineParser parser) {
        BasedSequence input = parser.getInput();
        int start = parser.getIndex();
        if (start + 1 < input.length() && input.charAt(start + 1) == '$') {
            return parseDouble(parser, input, start);
        }
        return parseSingle(parser, input, start);
    }

    private static boolean parseSingle(LightInlineParser parser, BasedSequence input, int start) {
        int length = input.length();
        if (start + 1 >= length) return false;
        char next = input.charAt(start + 1);
        if (Character.isWhitespace(next)) return false;
        char previous = start == 0 ? ' ' : input.charAt(start - 1);
        if (Character.isDigit(next) && Character.isWhitespace(previous)) return false;

        int close = findUnescaped(input, start + 1, "$");
        if (close < 0) return false;
        if (Character.isWhitespace(input.charAt(close - 1))) return false;
        if (close + 1 < length && Character.isDigit(input.charAt(close + 1))) return false;

        append(parser, input, start, 1, close, 1);
        return true;
    }

    private static boolean parseDouble(LightInlineParser parser, BasedSequence input, int start) {
        int close = findUnescaped(input, start + 2, "$$");
        if (close < 0 || input.subSequence(start + 2, close).isBlank()) {
            // "$$" that closes nothing is plain text; keep both so the second is no opener.
            parser.appendText(input, start, start + 2);
            parser.setIndex(start + 2);
            return true;
        }
        append(parser, input, start, 2, close, 2);
        return true;
    }

    /** Index of the first {@code marker} at or after {@code from} that is not backslash-escaped, or -1. */
    private static int findUnescaped(BasedSequence input, int from, String marker) {
        int length = input.length();
        for (int i = from; i < length; i++) {
            char c = input.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '$' && input.subSequence(i).startsWith(marker)) {
                return i;
            }
        }
        return -1;
    }

    private static void append(LightInlineParser parser, BasedSequence input,
                               int start, int openLength, int close, int closeLength) {
        parser.flushTextNode();
        InlineMath math = new InlineMath(
                input.subSequence(start, start + openLength),
                input.subSequence(start + openLength, close),
                input.subSequence(close, close + closeLength));
        parser.getBlock().appendChild(math);
        parser.setIndex(close + closeLength);
    }

    /** Registers the parser for the {@code $} character. */
    static final class Factory implements InlineParserExtensionFactory {
        @Override
        public CharSequence getCharacters() {
            return "$";
        }

        @Override
        public InlineParserExtension apply(LightInlineParser inlineParser) {
            return new InlineMathParser();
        }

        @Override
        public Set<Class<?>> getAfterDependents() {
            return null;
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return null;
        }

        @Override
        public boolean affectsGlobalScope() {
            return false;
        }
    }
}
