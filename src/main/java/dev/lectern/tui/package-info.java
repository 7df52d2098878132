/**
 * The full-screen reader without any terminal: state records ({@link dev.lectern.tui.State},
 * {@link dev.lectern.tui.Screen}), messages, a pure {@link dev.lectern.tui.Update} returning the
 * next state and the slow work to run ({@link dev.lectern.tui.Command}), the keymap as data, and
 * views that draw the state into a {@link dev.lectern.tui.Frame} of styled cells. {@link
 * dev.lectern.tui.Program} runs the loop over a {@link dev.lectern.tui.Display}; the lanterna one
 * is in {@code tui.lanterna}.
 */
package dev.lectern.tui;
