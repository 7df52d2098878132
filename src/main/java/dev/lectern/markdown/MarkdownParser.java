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

    /** Parses Markdown, with nesting past {@link NestingLimit}'s depth flattened first. */
    public static Document parse(String markdown) {
        return PARSER.parse(NestingLimit.apply(markdown));
    }
}
