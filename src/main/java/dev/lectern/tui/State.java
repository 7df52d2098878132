package dev.lectern.tui;

import java.util.ArrayList;
import java.util.List;

/**
 * The whole application state: shared data, the terminal size, the stack of screens (the last
 * is shown), a one-line message for the status bar, and whether to quit. Immutable; {@link
 * Update} returns a new one for every message.
 */
public record State(Data data, int width, int height, List<Screen> stack, String flash, boolean quit) {
    public State {
        stack = List.copyOf(stack);
    }

    public static State initial(Data data, int width, int height) {
        return new State(data, width, height, List.of(new Screen.Home(ListPos.START)), null, false);
    }

    public Screen top() {
        return stack.get(stack.size() - 1);
    }

    /** The screen below the top one (the reader under its table of contents), or null. */
    public Screen below() {
        return stack.size() < 2 ? null : stack.get(stack.size() - 2);
    }

    /** Too small to draw anything useful: a message is shown instead. */
    public boolean tooSmall() {
        return width < Layout.MIN_WIDTH || height < Layout.MIN_HEIGHT;
    }

    State push(Screen s) {
        List<Screen> l = new ArrayList<>(stack);
        l.add(s);
        return new State(data, width, height, l, flash, quit);
    }

    State pop() {
        if (stack.size() <= 1) return withQuit();
        return new State(data, width, height, stack.subList(0, stack.size() - 1), flash, quit);
    }

    State replaceTop(Screen s) {
        List<Screen> l = new ArrayList<>(stack);
        l.set(l.size() - 1, s);
        return new State(data, width, height, l, flash, quit);
    }

    State withData(Data d) {
        return new State(d, width, height, stack, flash, quit);
    }

    State withFlash(String f) {
        return new State(data, width, height, stack, f, quit);
    }

    State withSize(int w, int h) {
        return new State(data, w, h, stack, flash, quit);
    }

    State withQuit() {
        return new State(data, width, height, stack, flash, true);
    }
}
