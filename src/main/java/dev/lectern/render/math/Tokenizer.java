package dev.lectern.render.math;

import java.util.ArrayList;
import java.util.List;

/** Splits TeX source into {@link Token}s. Total: every input, however malformed, tokenizes. */
final class Tokenizer {
    private Tokenizer() {
    }

    static List<Token> tokenize(String source) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int length = source.length();
        while (i < length) {
            int c = source.codePointAt(i);
            int next = i + Character.charCount(c);
            if (Character.isWhitespace(c)) {
                while (next < length && Character.isWhitespace(source.charAt(next))) next++;
                tokens.add(new Token(Token.Kind.SPACE, " "));
            } else if (c == '\\') {
                next = command(source, i, tokens);
            } else {
                tokens.add(simple(c));
            }
            i = next;
        }
        return tokens;
    }

    private static int command(String source, int start, List<Token> tokens) {
        int i = start + 1;
        int length = source.length();
        if (i >= length) {
            tokens.add(new Token(Token.Kind.CHAR, "\\"));
            return i;
        }
        if (isAsciiLetter(source.charAt(i))) {
            int end = i;
            while (end < length && isAsciiLetter(source.charAt(end))) end++;
            tokens.add(new Token(Token.Kind.COMMAND, source.substring(i, end)));
            return end;
        }
        int symbol = source.codePointAt(i);
        int end = i + Character.charCount(symbol);
        if (symbol == '\\') {
            tokens.add(new Token(Token.Kind.NEWLINE, "\\\\"));
        } else {
            String name = Character.isWhitespace(symbol) ? " " : new String(Character.toChars(symbol));
            tokens.add(new Token(Token.Kind.COMMAND, name));
        }
        return end;
    }

    private static Token simple(int c) {
        return switch (c) {
            case '{' -> new Token(Token.Kind.OPEN_BRACE, "{");
            case '}' -> new Token(Token.Kind.CLOSE_BRACE, "}");
            case '_' -> new Token(Token.Kind.SUBSCRIPT, "_");
            case '^' -> new Token(Token.Kind.SUPERSCRIPT, "^");
            case '&' -> new Token(Token.Kind.ALIGN, "&");
            default -> new Token(Token.Kind.CHAR, new String(Character.toChars(c)));
        };
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
