/**
 * The only package that imports lanterna: {@link dev.lectern.tui.lanterna.LanternaDisplay} paints
 * frames on a lanterna terminal (a real one, or the virtual one in tests) sending only changed
 * cells and terminal scrolls, maps theme roles to 16 or 256 colours or none, and reads keys;
 * {@link dev.lectern.tui.lanterna.FullScreen} opens the process's terminal and runs the program,
 * taking its line discipline through a {@code Tty} (the kernel's ioctls via jline's native
 * library, or stty where that is missing) rather than lanterna's one stty process per setting.
 */
package dev.lectern.tui.lanterna;
