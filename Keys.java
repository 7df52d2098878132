package dev.lectern.tui.lanterna;

import com.googlecode.lanterna.input.KeyStroke;
import dev.lectern.tui.Key;

/** lanterna's key strokes as our keys. */
final class Keys {
    private Keys() {
    }

    static final Key END_OF_INPUT = Key.of(Key.Kind.DELETE);

    /** Our key for a stroke, {@link #END_OF_INPUT} at the end, or null for strokes we ignore (mouse, F-keys). */
    static Key of(KeyStroke k) {
        return switch (k.getKeyType()) {
            case Character -> {
                char c = k.getCharacter();
                if (c == '\r' || c == '\n') yield Key.of(Key.Kind.ENTER);
                yield new Key(Key.Kind.CHAR, k.isCtrlDown() ? Character.toLowerCase(c) : c, k.isCtrlDown(), k.isAltDown());
            }
            case Enter -> Key.of(Key.Kind.ENTER);
            case Escape -> Key.of(Key.Kind.ESCAPE);
            case Backspace -> Key.of(Key.Kind.BACKSPACE);
            case Tab -> Key.of(Key.Kind.TAB);
            case ReverseTab -> Key.of(Key.Kind.BACK_TAB);
            case ArrowUp -> Key.of(Key.Kind.UP);
            case ArrowDown -> Key.of(Key.Kind.DOWN);
            case ArrowLeft -> Key.of(Key.Kind.LEFT);
            case ArrowRight -> Key.of(Key.Kind.RIGHT);
            case PageUp -> Key.of(Key.Kind.PAGE_UP);
            case PageDown -> Key.of(Key.Kind.PAGE_DOWN);
            case Home -> Key.of(Key.Kind.HOME);
            case End -> Key.of(Key.Kind.END);
            case Delete -> Key.of(Key.Kind.BACKSPACE);
            case EOF -> END_OF_INPUT;
            default -> null;
        };
    }
}
