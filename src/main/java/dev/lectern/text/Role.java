package dev.lectern.text;

/**
 * What a piece of text is, as far as colour goes. Themes map roles to colours; nothing else in
 * the program names a colour. A closed set, so a theme file can be checked for unknown names.
 */
public enum Role {
    PLAIN, HEADING, HEADING_MINOR, EMPHASIS, STRONG, CODE, CODE_KEYWORD, CODE_STRING,
    CODE_COMMENT, CODE_NUMBER, CODE_TYPE, LINK, QUOTE, PULL_QUOTE, MATCH, MUTED, RULE, BULLET,
    TABLE_BORDER, TABLE_HEADER, MATH, DIAGRAM, OUTPUT, NOTE, TIP, IMPORTANT, WARNING, CAUTION,
    TITLE, DEK, ERROR, SUCCESS, SELECTION, STATUS;

    /** The name used in theme files: lower case with dashes ("code-keyword"). */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** The role for a theme-file key, or null when there is none. */
    public static Role fromKey(String key) {
        for (Role r : values()) {
            if (r.key().equals(key)) return r;
        }
        return null;
    }
}
