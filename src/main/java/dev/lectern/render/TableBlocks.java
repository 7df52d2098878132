package dev.lectern.render;

import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.util.ast.Node;
import dev.lectern.text.Line;
import dev.lectern.text.Span;
import java.util.ArrayList;
import java.util.List;

/** GitHub tables: cells as inline spans, laid out by {@link TableLayout}. */
final class TableBlocks {
    private final RenderOptions opt;
    private final InlineRenderer inline;

    TableBlocks(RenderOptions opt, InlineRenderer inline) {
        this.opt = opt;
        this.inline = inline;
    }

    List<Line> table(TableBlock t, int width) {
        List<List<Span>> header = new ArrayList<>();
        List<List<List<Span>>> rows = new ArrayList<>();
        List<TableLayout.Align> aligns = new ArrayList<>();
        for (Node section = t.getFirstChild(); section != null; section = section.getNext()) {
            if (section instanceof com.vladsch.flexmark.ext.tables.TableSeparator) continue;
            for (Node r = section.getFirstChild(); r != null; r = r.getNext()) {
                if (!(r instanceof TableRow)) continue;
                List<List<Span>> cells = new ArrayList<>();
                for (Node c = r.getFirstChild(); c != null; c = c.getNext()) {
                    if (!(c instanceof TableCell cell)) continue;
                    cells.add(inline.spans(cell));
                    if (section instanceof TableHead) {
                        String a = cell.getAlignment() == null ? "" : cell.getAlignment().name();
                        aligns.add(a.equals("CENTER") ? TableLayout.Align.CENTER
                                : a.equals("RIGHT") ? TableLayout.Align.RIGHT : TableLayout.Align.LEFT);
                    }
                }
                if (section instanceof TableHead && header.isEmpty()) header = cells; else rows.add(cells);
            }
        }
        return TableLayout.layout(header, rows, aligns, width, opt.symbols());
    }
}
