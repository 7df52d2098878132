package dev.lectern.markdown;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import dev.lectern.markdown.math.MathExtension;
import java.util.List;

/**
 * The one flexmark configuration lectern uses: CommonMark plus GFM tables, strikethrough, task
 * lists, footnotes and autolinks, and dollar math. Built once; flexmark parsers are thread-safe.
 */
public final class MarkdownParser {
    private static final Parser PARSER;

    static {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create(),
                TaskListExtension.create(), FootnoteExtension.create(), AutolinkExtension.create(), MathExtension.create()));
        // GFM table rules: no caption syntax, header separator required, columns may differ in count.
        options.set(TablesExtension.WITH_CAPTION, false);
        options.set(TablesExtension.COLUMN_SPANS, false);
        options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
        options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
        options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
        PARSER = Parser.builder(options).build();
    }

    private MarkdownParser() {
    }

    /** Lines longer than this are parsed on a thread with {@link #BIG_STACK}: see {@link #parse}. */
    private static final int LONG_LINE = 2000;
    /** Reserved, not committed: the memory is touched only as deep as the parse goes. */
    private static final long BIG_STACK = 512L * 1024 * 1024;

    /**
     * Parses Markdown, with nesting past {@link NestingLimit}'s depth flattened first. flexmark
     * matches block starts with regular expressions, and Java's regex engine recurses once per
     * repetition: a 6,000-character line of {@code - - - …} overflows a default stack in the
     * thematic-break pattern. A text with a line that long is parsed on a thread with a stack
     * no line of a file that fits in memory can exhaust; every other text on the caller's thread.
     */
    public static Document parse(String markdown) {
        String text = NestingLimit.apply(markdown);
        if (!hasLongLine(text)) return PARSER.parse(text);
        Document[] out = new Document[1];
        RuntimeException[] failed = new RuntimeException[1];
        Thread t = new Thread(null, () -> {
            try {
                out[0] = PARSER.parse(text);
            } catch (RuntimeException e) {
                failed[0] = e;
            }
        }, "lectern-parse", BIG_STACK);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while parsing", e);
        }
        if (failed[0] != null) throw failed[0];
        return out[0];
    }

    private static boolean hasLongLine(String text) {
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) end = text.length();
            if (end - start > LONG_LINE) return true;
            start = end + 1;
        }
        return false;
    }
}
