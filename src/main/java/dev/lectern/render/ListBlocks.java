package dev.lectern.render;

import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListItem;
import com.vladsch.flexmark.util.ast.Node;
import dev.lectern.text.DisplayWidth;
import dev.lectern.text.Fit;
import dev.lectern.text.Line;
import dev.lectern.text.Role;
import dev.lectern.text.Span;
import java.util.ArrayList;
import java.util.List;

/** Bulleted, numbered and task lists: a hanging marker while there is room, a marker line of its own past it. */
final class ListBlocks {
    private final MarkdownRenderer parent;
    private final RenderOptions opt;

    ListBlocks(MarkdownRenderer parent, RenderOptions opt) {
        this.parent = parent;
        this.opt = opt;
    }

    List<Line> list(ListBlock list, int width) {
        List<Line> lines = new ArrayList<>();
        int number = list instanceof OrderedList o ? o.getStartNumber() : 1;
        int last = number;
        for (Node c = list.getFirstChild(); c != null; c = c.getNext()) last++;
        int numberWidth = String.valueOf(last).length();
        boolean loose = list.isLoose();
        boolean first = true;
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (!(item instanceof ListItem)) continue;
            String marker;
            if (item instanceof TaskListItem t) {
                marker = (t.isItemDoneMarker() ? opt.symbols().taskDone() : opt.symbols().taskOpen()) + " ";
            } else if (list instanceof OrderedList) {
                marker = String.format("%" + numberWidth + "d. ", number++);
            } else {
                marker = opt.symbols().bullet() + " ";
            }
            int mw = DisplayWidth.of(marker);
            // Nested too deep for the width, an item's marker gets a line of its own and its
            // body the whole width, so no line is wider than the width.
            boolean hanging = MarkdownRenderer.roomToIndent(width, mw);
            List<Line> body = parent.children(item, MarkdownRenderer.childWidth(width, mw), !loose);
            if (body.isEmpty()) body = List.of(Line.EMPTY);
            if (!first && loose) lines.add(Line.EMPTY);
            if (!hanging) {
                lines.add(Line.of(Fit.truncate(marker.strip(), width, "…"), Role.BULLET));
                lines.addAll(body);
            } else {
                for (int i = 0; i < body.size(); i++) {
                    String lead = i == 0 ? marker : " ".repeat(mw);
                    lines.add(body.get(i).prefixed(List.of(Span.of(lead, Role.BULLET))));
                }
            }
            first = false;
        }
        return lines;
    }
}
