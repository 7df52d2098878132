package dev.lectern.diagram;

/** The direction a flowchart's ranks run: top-down, bottom-up, left-right or right-left. */
enum FlowDirection {
    TD, BT, LR, RL;

    /** True when ranks are stacked vertically (TD, BT). */
    boolean vertical() {
        return this == TD || this == BT;
    }

    /** True when the rank axis runs against reading order (BT, RL). */
    boolean mirrored() {
        return this == BT || this == RL;
    }

    /** The direction tried when this one does not fit: TD and LR swap, as do BT and RL. */
    FlowDirection turned() {
        return switch (this) {
            case TD -> LR;
            case LR -> TD;
            case BT -> RL;
            case RL -> BT;
        };
    }

    /** The direction named in a header such as {@code graph LR}, or null if unknown. */
    static FlowDirection parse(String word) {
        return switch (word.toUpperCase(java.util.Locale.ROOT)) {
            case "TD", "TB" -> TD;
            case "BT" -> BT;
            case "LR" -> LR;
            case "RL" -> RL;
            default -> null;
        };
    }
}
