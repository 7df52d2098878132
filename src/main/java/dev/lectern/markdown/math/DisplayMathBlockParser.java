package dev.lectern.markdown.math;

import com.vladsch.flexmark.parser.block.AbstractBlockParser;
import com.vladsch.flexmark.parser.block.AbstractBlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockContinue;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.parser.core.BlockQuoteParser;
import com.vladsch.flexmark.parser.core.FencedCodeBlockParser;
import com.vladsch.flexmark.parser.core.HeadingParser;
import com.vladsch.flexmark.parser.core.HtmlBlockParser;
import com.vladsch.flexmark.parser.core.IndentedCodeBlockParser;
import com.vladsch.flexmark.parser.core.ListBlockParser;
import com.vladsch.flexmark.parser.core.ThematicBreakParser;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Parses {@link DisplayMath}: a line starting with {@code $$} (indented less than four
 * columns) opens the block, and the first later line ending in {@code $$} closes it. Text after
 * the opening and before the closing marker belongs to the formula. A {@code $$} line with no
 * closing line before the next blank line (or the end of the document) is not math: it stays
 * an ordinary paragraph.
 */
final class DisplayMathBlockParser extends AbstractBlockParser {
    private static final String MARKER = "$$";

    private final DisplayMath block = new DisplayMath();
    private final boolean singleLine;
    private final List<String> lines = new ArrayList<>();

    private DisplayMathBlockParser(boolean singleLine) {
        this.singleLine = singleLine;
    }

    @Override
    public Block getBlock() {
        return block;
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
        if (singleLine) return BlockContinue.none();
        BasedSequence rest = state.getLine().subSequence(state.getIndex());
        String trimmed = rest.toString().strip();
        if (trimmed.endsWith(MARKER)) {
            lines.add(trimmed.substring(0, trimmed.length() - MARKER.length()));
            return BlockContinue.finished();
        }
        return BlockContinue.atIndex(state.getIndex());
    }

    @Override
    public void addLine(ParserState state, BasedSequence line) {
        lines.add(line.toString());
    }

    @Override
    public boolean isPropagatingLastBlankLine(com.vladsch.flexmark.parser.block.BlockParser lastMatchedBlockParser) {
        return false;
    }

    @Override
    public void closeBlock(ParserState state) {
        if (singleLine && !lines.isEmpty()) {
            String only = lines.get(0).strip();
            lines.set(0, only.substring(0, only.length() - MARKER.length()));
        }
        block.setLatex(String.join("\n", lines.stream().map(String::stripTrailing).toList()).strip());
    }

    /** Registers the block parser, before lists and other leaf blocks, after quotes and headings. */
    static final class Factory implements CustomBlockParserFactory {
        @Override
        public Set<Class<?>> getAfterDependents() {
            return Set.of(BlockQuoteParser.Factory.class, HeadingParser.Factory.class,
                    FencedCodeBlockParser.Factory.class);
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return Set.of(HtmlBlockParser.Factory.class, ThematicBreakParser.Factory.class,
                    ListBlockParser.Factory.class, IndentedCodeBlockParser.Factory.class);
        }

        @Override
        public boolean affectsGlobalScope() {
            return false;
        }

        @Override
        public BlockParserFactory apply(DataHolder options) {
            return new StartFactory(options);
        }
    }

    private static final class StartFactory extends AbstractBlockParserFactory {
        StartFactory(DataHolder options) {
            super(options);
        }

        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matchedBlockParser) {
            if (state.getIndent() >= 4) return BlockStart.none();
            BasedSequence line = state.getLine();
            int start = state.getNextNonSpaceIndex();
            BasedSequence rest = line.subSequence(start);
            if (!rest.startsWith(MARKER)) return BlockStart.none();

            String after = rest.subSequence(MARKER.length()).toString().strip();
            boolean singleLine;
            if (after.endsWith(MARKER) && after.length() > MARKER.length()) {
                String inner = after.substring(0, after.length() - MARKER.length());
                if (inner.contains(MARKER) || inner.isBlank()) return BlockStart.none();
                singleLine = true;
            } else if (after.contains(MARKER)) {
                return BlockStart.none(); // e.g. "$$a$$ and more": inline math in a paragraph
            } else if (hasClosingLine(line)) {
                singleLine = false;
            } else {
                return BlockStart.none();
            }
            return BlockStart.of(new DisplayMathBlockParser(singleLine))
                    .atIndex(start + MARKER.length());
        }

        /**
         * Looks ahead in the document for a line ending in {@code $$} before a blank line.
         * Container prefixes ({@code >} and indentation) are skipped loosely; the real
         * container structure is checked again while the block is parsed.
         */
        private static boolean hasClosingLine(BasedSequence line) {
            BasedSequence document = line.getBaseSequence();
            int length = document.length();
            int position = line.getEndOffset();
            while (position < length && document.charAt(position) != '\n') position++;
            position++;
            while (position < length) {
                int lineEnd = position;
                while (lineEnd < length && document.charAt(lineEnd) != '\n') lineEnd++;
                String next = stripContainerPrefix(document.subSequence(position, lineEnd).toString());
                if (next.isEmpty()) return false;
                if (next.endsWith(MARKER)) return true;
                position = lineEnd + 1;
            }
            return false;
        }

        private static String stripContainerPrefix(String text) {
            int i = 0;
            while (i < text.length() && (text.charAt(i) == '>' || Character.isWhitespace(text.charAt(i)))) i++;
            return text.substring(i).stripTrailing();
        }
    }
}
