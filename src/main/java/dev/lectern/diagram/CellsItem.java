package dev.lectern.diagram;

import java.util.List;

/** One line of a {@code cells} diagram once parsed; see {@link CellsParser} for the syntax. */
sealed interface CellsItem {
    /** The source line (1-based) the item came from. */
    int line();

    /** {@code title: text} — a caption drawn above the block. */
    record Title(int line, String text) implements CellsItem {
    }

    /** {@code cols: a | b} — column headers centred over the cells below. */
    record Header(int line, List<String> cells) implements CellsItem {
        public Header {
            cells = List.copyOf(cells);
        }
    }

    /** {@code label: a | b} or {@code | a | b} — a row of boxed cells; label is empty when none. */
    record Row(int line, String label, List<String> cells) implements CellsItem {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    /** {@code ^ 2 note} — a pointer under cell 2 (0-based) of the row above. */
    record Pointer(int line, int index, String note) implements CellsItem {
    }

    /** A line that is none of the above, kept as plain text. */
    record Text(int line, String text) implements CellsItem {
    }
}
