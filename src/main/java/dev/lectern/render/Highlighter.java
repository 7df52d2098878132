package dev.lectern.render;

import dev.lectern.text.Role;
import dev.lectern.text.Span;
import dev.lectern.text.Style;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A compact tokenizer that colours code by role: keywords, strings, comments, numbers and type
 * names, for Python, Java, shell, JavaScript, JSON, SQL, YAML and C. Chosen over jline's
 * nanorc highlighter because that one needs nanorc files on disk and returns ANSI strings, while
 * the renderer needs roles. A line-at-a-time lexer with state for block comments and
 * triple-quoted strings; it is a reading aid, not a parser.
 */
public final class Highlighter {
    private record Lang(Set<String> keywords, String lineComment, String blockStart, String blockEnd,
                        boolean tripleQuotes, boolean typesCapitalised) {
    }

    private static final Set<String> C_LIKE_TYPES = Set.of("int", "long", "short", "char", "float", "double", "void",
            "boolean", "byte", "bool", "unsigned", "signed", "size_t", "var", "let", "const", "auto");

    private static final Map<String, Lang> LANGS = Map.ofEntries(
            Map.entry("python", new Lang(Set.of("False", "None", "True", "and", "as", "assert", "async", "await", "break",
                    "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if",
                    "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
                    "with", "yield", "match", "case", "print", "self"), "#", null, null, true, true)),
            Map.entry("java", new Lang(Set.of("abstract", "assert", "break", "case", "catch", "class", "continue", "default",
                    "do", "else", "enum", "extends", "final", "finally", "for", "if", "implements", "import", "instanceof",
                    "interface", "new", "package", "private", "protected", "public", "record", "return", "sealed", "static",
                    "super", "switch", "this", "throw", "throws", "try", "while", "yield", "null", "true", "false", "var",
                    "permits", "void", "int", "long", "double", "float", "boolean", "char", "byte", "short"),
                    "//", "/*", "*/", false, true)),
            Map.entry("javascript", new Lang(Set.of("async", "await", "break", "case", "catch", "class", "const", "continue",
                    "default", "delete", "do", "else", "export", "extends", "false", "finally", "for", "function", "if",
                    "import", "in", "instanceof", "let", "new", "null", "of", "return", "super", "switch", "this", "throw",
                    "true", "try", "typeof", "undefined", "var", "void", "while", "yield"), "//", "/*", "*/", false, true)),
            Map.entry("c", new Lang(Set.of("auto", "break", "case", "char", "const", "continue", "default", "do", "double",
                    "else", "enum", "extern", "float", "for", "goto", "if", "inline", "int", "long", "register", "return",
                    "short", "signed", "sizeof", "static", "struct", "switch", "typedef", "union", "unsigned", "void",
                    "volatile", "while", "#include", "#define", "#if", "#ifdef", "#ifndef", "#endif", "NULL"),
                    "//", "/*", "*/", false, false)),
            Map.entry("sh", new Lang(Set.of("if", "then", "else", "elif", "fi", "for", "while", "until", "do", "done", "case",
                    "esac", "in", "function", "return", "local", "export", "echo", "exit", "set", "unset", "readonly",
                    "shift", "source", "cd", "test"), "#", null, null, false, false)),
            Map.entry("sql", new Lang(Set.of("select", "from", "where", "insert", "into", "values", "update", "set", "delete",
                    "create", "table", "index", "view", "drop", "alter", "join", "left", "right", "inner", "outer", "on",
                    "group", "by", "order", "having", "limit", "offset", "as", "and", "or", "not", "null", "is", "in",
                    "primary", "key", "foreign", "references", "default", "distinct", "union", "all", "case", "when",
                    "then", "else", "end", "with", "virtual", "using", "pragma", "begin", "commit", "rollback", "match",
                    "exists", "integer", "text", "real", "blob"), "--", "/*", "*/", false, false)),
            Map.entry("json", new Lang(Set.of("true", "false", "null"), null, null, null, false, false)),
            Map.entry("yaml", new Lang(Set.of("true", "false", "null", "yes", "no", "on", "off"), "#", null, null, false, false)));

    private static final Map<String, String> ALIASES = Map.ofEntries(Map.entry("py", "python"), Map.entry("python3", "python"),
            Map.entry("bash", "sh"), Map.entry("shell", "sh"), Map.entry("zsh", "sh"), Map.entry("console", "sh"),
            Map.entry("js", "javascript"), Map.entry("ts", "javascript"), Map.entry("typescript", "javascript"),
            Map.entry("node", "javascript"), Map.entry("yml", "yaml"), Map.entry("h", "c"), Map.entry("cpp", "c"),
            Map.entry("c++", "c"), Map.entry("jshell", "java"), Map.entry("sqlite", "sql"));

    private final Lang lang;
    private boolean inBlock;
    private String inTriple;

    private Highlighter(Lang lang) {
        this.lang = lang;
    }

    /** A highlighter for a fence language, or null when the language is not one it knows. */
    public static Highlighter forLanguage(String language) {
        if (language == null) return null;
        String l = language.toLowerCase(Locale.ROOT);
        Lang lang = LANGS.get(ALIASES.getOrDefault(l, l));
        return lang == null ? null : new Highlighter(lang);
    }

    public static boolean knows(String language) {
        return forLanguage(language) != null;
    }

    /** The spans of one line, continuing block comments and strings from the line before. */
    public List<Span> line(String text) {
        List<Span> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        StringBuilder plain = new StringBuilder();
        while (i < n) {
            if (inBlock) {
                int end = text.indexOf(lang.blockEnd, i);
                int stop = end < 0 ? n : end + lang.blockEnd.length();
                flush(plain, out);
                out.add(span(text.substring(i, stop), Role.CODE_COMMENT));
                inBlock = end < 0;
                i = stop;
                continue;
            }
            if (inTriple != null) {
                int end = text.indexOf(inTriple, i);
                int stop = end < 0 ? n : end + 3;
                flush(plain, out);
                out.add(span(text.substring(i, stop), Role.CODE_STRING));
                if (end >= 0) inTriple = null;
                i = stop;
                continue;
            }
            char c = text.charAt(i);
            if (lang.lineComment != null && text.startsWith(lang.lineComment, i)
                    && !(lang.lineComment.equals("#") && i > 0 && text.charAt(i - 1) == '$')) {
                flush(plain, out);
                out.add(span(text.substring(i), Role.CODE_COMMENT));
                return out;
            }
            if (lang.blockStart != null && text.startsWith(lang.blockStart, i)) {
                flush(plain, out);
                inBlock = true;
                int end = text.indexOf(lang.blockEnd, i + 2);
                int stop = end < 0 ? n : end + lang.blockEnd.length();
                out.add(span(text.substring(i, stop), Role.CODE_COMMENT));
                inBlock = end < 0;
                i = stop;
                continue;
            }
            if (lang.tripleQuotes && (text.startsWith("\"\"\"", i) || text.startsWith("'''", i))) {
                flush(plain, out);
                String q = text.substring(i, i + 3);
                int end = text.indexOf(q, i + 3);
                int stop = end < 0 ? n : end + 3;
                out.add(span(text.substring(i, stop), Role.CODE_STRING));
                if (end < 0) inTriple = q;
                i = stop;
                continue;
            }
            if (c == '"' || c == '\'' || c == '`') {
                int j = i + 1;
                while (j < n && text.charAt(j) != c) j += text.charAt(j) == '\\' ? 2 : 1;
                int stop = Math.min(n, j + 1);
                flush(plain, out);
                out.add(span(text.substring(i, stop), Role.CODE_STRING));
                i = stop;
                continue;
            }
            if (Character.isDigit(c) && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)) && text.charAt(i - 1) != '_')) {
                int j = i;
                while (j < n && (Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == '.' || text.charAt(j) == '_')) j++;
                flush(plain, out);
                out.add(span(text.substring(i, j), Role.CODE_NUMBER));
                i = j;
                continue;
            }
            if (Character.isLetter(c) || c == '_' || c == '#') {
                int j = i + 1;
                while (j < n && (Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == '_')) j++;
                String word = text.substring(i, j);
                boolean kw = lang.keywords.contains(lang == LANGS.get("sql") ? word.toLowerCase(Locale.ROOT) : word);
                if (kw) {
                    flush(plain, out);
                    out.add(span(word, C_LIKE_TYPES.contains(word) ? Role.CODE_TYPE : Role.CODE_KEYWORD));
                } else if (lang.typesCapitalised && Character.isUpperCase(c) && word.length() > 1) {
                    flush(plain, out);
                    out.add(span(word, Role.CODE_TYPE));
                } else {
                    plain.append(word);
                }
                i = j;
                continue;
            }
            plain.append(c);
            i++;
        }
        flush(plain, out);
        return out;
    }

    private static void flush(StringBuilder plain, List<Span> out) {
        if (plain.length() > 0) {
            out.add(span(plain.toString(), Role.CODE));
            plain.setLength(0);
        }
    }

    private static Span span(String text, Role role) {
        return new Span(text, Style.of(role));
    }
}
