package dev.lectern.diagram;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Parses the {@code cells} language: rows of boxed cells with labels and pointers, for arrays,
 * stacks, KV caches and attention masks.
 * <pre>
 * # a comment
 * title: KV cache after 3 tokens        a caption drawn above the block
 * cols: t0 | t1 | t2 | t3               column headers, centred over the cells of the block
 * keys: k0 | k1 | k2 | _                a row: "label: cell | cell | ..."; _ is an empty cell
 * values: v0 | v1 | v2 | _
 * ^ 3 next write                        a pointer: ▲ under cell 3 (0-based) of the row above, then the note
 * | a | b | c                           a row with no label starts with '|'
 *                                       a blank line starts a new block
 * </pre>
 * Rows of one block share column widths and, when consecutive, their borders. A row may have
 * fewer cells than its neighbours: it is drawn shorter (write {@code _} to pad it with empty
 * cells). {@code title} and {@code cols} are the only reserved labels; any other
 * {@code word:} starts a labelled row, so there is no unknown keyword. A {@code |} inside a cell
 * is written {@code \|}; a trailing {@code |} ends the row. The parser is lenient: a line that is
 * none of these is kept as plain text, and a pointer with no row above or an index out of range
 * is skipped; each is reported as a problem for {@code lectern check}.
 */
final class CellsParser {
    /** Blocks of items, and the problems found. */
    record Result(List<List<CellsItem>> blocks, List<DiagramProblem> problems) {
    }

    private CellsParser() {
    }

    static Result parse(String source) {
        List<List<CellsItem>> blocks = new ArrayList<>();
        List<DiagramProblem> problems = new ArrayList<>();
        List<CellsItem> block = new ArrayList<>();
        String[] lines = (source == null ? "" : source).split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int lineNo = i + 1;
            String line = DisplayWidth.clean(lines[i]).strip();
            if (line.isEmpty()) {
                if (!block.isEmpty()) {
                    blocks.add(block);
                    block = new ArrayList<>();
                }
                continue;
            }
            if (line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("^")) {
                CellsItem.Pointer pointer = pointer(line, lineNo, problems);
                if (pointer != null && checkPointer(pointer, block, problems)) {
                    block.add(pointer);
                }
                continue;
            }
            if (line.startsWith("|")) {
                block.add(new CellsItem.Row(lineNo, "", cells(line.substring(1))));
                continue;
            }
            int colon = line.indexOf(':');
            int pipe = line.indexOf('|');
            if (colon > 0 && (pipe < 0 || colon < pipe)) {
                String key = line.substring(0, colon).strip();
                String rest = line.substring(colon + 1).strip();
                switch (key.toLowerCase(Locale.ROOT)) {
                    case "title" -> block.add(new CellsItem.Title(lineNo, rest));
                    case "cols" -> block.add(new CellsItem.Header(lineNo, cells(rest)));
                    default -> block.add(new CellsItem.Row(lineNo, key, cells(rest)));
                }
            } else if (pipe >= 0) {
                block.add(new CellsItem.Row(lineNo, "", cells(line)));
            } else {
                problems.add(new DiagramProblem(lineNo, "not a row: write 'label: a | b', '| a | b', '^ index note', 'title:' or 'cols:' (kept as text)"));
                block.add(new CellsItem.Text(lineNo, line));
            }
        }
        if (!block.isEmpty()) {
            blocks.add(block);
        }
        if (blocks.isEmpty()) {
            problems.add(new DiagramProblem(1, "empty cells diagram"));
        }
        return new Result(blocks, problems);
    }

    private static CellsItem.Pointer pointer(String line, int lineNo, List<DiagramProblem> problems) {
        String rest = line.substring(1).strip();
        int end = 0;
        while (end < rest.length() && Character.isDigit(rest.charAt(end)) && end < 9) {
            end++;
        }
        if (end == 0 || (end < rest.length() && !Character.isWhitespace(rest.charAt(end)))) {
            problems.add(new DiagramProblem(lineNo, "a pointer needs a cell index: '^ 3 note'"));
            return null;
        }
        return new CellsItem.Pointer(lineNo, Integer.parseInt(rest.substring(0, end)), rest.substring(end).strip());
    }

    private static boolean checkPointer(CellsItem.Pointer pointer, List<CellsItem> block, List<DiagramProblem> problems) {
        CellsItem.Row row = null;
        for (int i = block.size() - 1; i >= 0; i--) {
            CellsItem item = block.get(i);
            if (item instanceof CellsItem.Row r) {
                row = r;
            }
            if (!(item instanceof CellsItem.Pointer)) {
                break;
            }
        }
        if (row == null) {
            problems.add(new DiagramProblem(pointer.line(), "pointer with no row above"));
            return false;
        }
        if (pointer.index() >= row.cells().size()) {
            problems.add(new DiagramProblem(pointer.line(), "pointer index " + pointer.index()
                    + " is out of range: the row above has " + row.cells().size() + " cells (0-based)"));
            return false;
        }
        return true;
    }

    /** Cells split on unescaped '|'; a trailing '|' ends the row; '_' is an empty cell. */
    static List<String> cells(String text) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length() && text.charAt(i + 1) == '|') {
                cell.append('|');
                i++;
            } else if (c == '|') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        String last = cell.toString();
        if (!last.isBlank() || cells.isEmpty()) {
            cells.add(last);
        }
        List<String> out = new ArrayList<>();
        for (String c : cells) {
            String s = c.strip();
            out.add(s.equals("_") ? "" : DisplayWidth.truncate(s, 40));
        }
        return out;
    }
}
