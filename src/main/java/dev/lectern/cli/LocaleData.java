package dev.lectern.cli;

/**
 * Which locale data the JVM loads: its small built-in set, not the full CLDR.
 *
 * <p>Why: the SQLite driver builds a date format for every connection, and the first calendar a
 * JVM makes with CLDR data parses the language tag of every locale CLDR knows (about a thousand)
 * to learn whether it supports the default one: 20–25 ms of CPU on every command, on a machine
 * whose second core is compiling. lectern's words are English and its numbers and dates are
 * written with explicit locales, so the built-in data (English names, a decimal point) gives the
 * same output and makes it the same whatever locale the shell has. Set before any locale-sensitive
 * class is first used; a value given on the command line is kept.
 */
final class LocaleData {
    static final String PROPERTY = "java.locale.providers";

    private LocaleData() {
    }

    static void useBuiltIn() {
        if (System.getProperty(PROPERTY) == null) System.setProperty(PROPERTY, "FALLBACK");
    }
}
