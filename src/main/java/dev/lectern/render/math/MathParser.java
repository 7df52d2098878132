package dev.lectern.render.math;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses tokens into a {@link MathNode} tree by recursive descent. It never fails: a missing
 * {@code }} closes at the end of input, a stray {@code }}, {@code \right} or {@code \end} is
 * kept as a visible symbol, and unknown commands become {@link MathNode.Unknown}.
 */
final class MathParser {
    /** What the row being parsed belongs to, which decides where it ends. */
    private enum Context { TOP, GROUP, CELL, FENCE, OPTIONAL }

    private final List<Token> tokens;
    private int position;
    private int groupDepth;
    private int fenceDepth;
    private int environmentDepth;

    private MathParser(List<Token> tokens) {
        this.tokens = tokens;
    }

    static MathNode parse(String latex) {
        return new MathParser(Tokenizer.tokenize(latex)).parseTop();
    }

    private MathNode parseTop() {
        List<List<MathNode>> rows = parseRows(Context.TOP);
        if (rows.size() == 1 && rows.get(0).size() == 1) return rows.get(0).get(0);
        if (rows.isEmpty()) return MathNode.Group.EMPTY;
        return new MathNode.Matrix(rows, MatrixStyle.ALIGNED);
    }

    // ---- rows ---------------------------------------------------------------------------

    /** Cells separated by {@code &}, rows by {@code \\}, up to {@code \end} or the input's end. */
    private List<List<MathNode>> parseRows(Context context) {
        List<List<MathNode>> rows = new ArrayList<>();
        List<MathNode> row = new ArrayList<>();
        while (true) {
            row.add(new MathNode.Group(parseRow(context)));
            Token token = peek();
            if (token != null && token.is(Token.Kind.ALIGN)) {
                position++;
            } else if (token != null && token.is(Token.Kind.NEWLINE)) {
                position++;
                skipOptionalArgument();
                rows.add(row);
                row = new ArrayList<>();
            } else {
                if (token != null && token.isCommand("end") && context == Context.CELL) {
                    position++;
                    rawArgument();
                }
                break;
            }
        }
        rows.add(row);
        while (!rows.isEmpty() && isEmptyRow(rows.get(rows.size() - 1))) rows.remove(rows.size() - 1);
        return rows;
    }

    private static boolean isEmptyRow(List<MathNode> row) {
        return row.stream().allMatch(cell -> cell instanceof MathNode.Group g && g.items().isEmpty());
    }

    /** Atoms up to the end of the current context. */
    private List<MathNode> parseRow(Context context) {
        List<MathNode> items = new ArrayList<>();
        while (true) {
            Token token = peek();
            if (token == null) break;
            if (token.is(Token.Kind.SPACE)) {
                position++;
            } else if (token.is(Token.Kind.CLOSE_BRACE)) {
                if (groupDepth > 0) break;
                position++;
                items.add(MathNode.Symbol.ordinary("}"));
            } else if (token.isCommand("right")) {
                if (fenceDepth > 0) break;
                position++;
                items.add(parseDelimiter());
            } else if (token.isCommand("end")) {
                if (environmentDepth > 0) break;
                position++;
                items.add(new MathNode.Unknown("end", List.of(new MathNode.Text(rawArgument()))));
            } else if (token.is(Token.Kind.ALIGN) || token.is(Token.Kind.NEWLINE)) {
                if (context == Context.TOP || context == Context.CELL) break;
                position++;
                items.add(new MathNode.Space(1));
            } else if (context == Context.OPTIONAL && token.isChar("]")) {
                break;
            } else {
                items.add(parseAtom());
            }
        }
        return items;
    }

    // ---- atoms --------------------------------------------------------------------------

    private MathNode parseAtom() {
        return parseScripts(parsePrimary());
    }

    private MathNode parseScripts(MathNode base) {
        MathNode sub = null;
        MathNode sup = null;
        List<MathNode> primes = new ArrayList<>();
        while (true) {
            int start = position;
            skipSpaces();
            Token token = peek();
            if (token != null && token.is(Token.Kind.SUBSCRIPT)) {
                position++;
                sub = join(sub, parseArgument());
            } else if (token != null && token.is(Token.Kind.SUPERSCRIPT)) {
                position++;
                sup = join(sup, parseArgument());
            } else if (token != null && token.isChar("'")) {
                position++;
                primes.add(Symbols.character("'"));
            } else {
                position = start;
                break;
            }
        }
        if (!primes.isEmpty()) {
            sup = sup == null ? new MathNode.Group(primes) : join(new MathNode.Group(primes), sup);
        }
        if (base instanceof MathNode.BigOp op && op.lower() == null && op.upper() == null) {
            return (sub == null && sup == null) ? op : new MathNode.BigOp(op.operator(), sub, sup);
        }
        if (sub == null && sup == null) return base;
        return new MathNode.Script(base, sub, sup);
    }

    private static MathNode join(MathNode first, MathNode second) {
        if (first == null) return second;
        return new MathNode.Group(List.of(first, second));
    }

    private MathNode parsePrimary() {
        Token token = peek();
        if (token == null || token.is(Token.Kind.SUBSCRIPT) || token.is(Token.Kind.SUPERSCRIPT)) {
            return MathNode.Group.EMPTY;
        }
        position++;
        return switch (token.kind()) {
            case OPEN_BRACE -> parseGroupBody();
            case CHAR -> Symbols.character(token.text());
            case COMMAND -> parseCommand(token.text());
            default -> new MathNode.Space(1);
        };
    }

    /** The contents of a {@code {…}} group whose opening brace has been consumed. */
    private MathNode.Group parseGroupBody() {
        groupDepth++;
        List<MathNode> items = parseRow(Context.GROUP);
        groupDepth--;
        Token token = peek();
        if (token != null && token.is(Token.Kind.CLOSE_BRACE)) position++;
        return new MathNode.Group(items);
    }

    /** A command or script argument: a braced group or a single token. */
    private MathNode parseArgument() {
        skipSpaces();
        Token token = peek();
        if (token == null) return MathNode.Group.EMPTY;
        switch (token.kind()) {
            case OPEN_BRACE:
                position++;
                return parseGroupBody();
            case CHAR:
                position++;
                return Symbols.character(token.text());
            case COMMAND:
                if (token.isCommand("right") || token.isCommand("end")) return MathNode.Group.EMPTY;
                position++;
                return parseCommand(token.text());
            default:
                return MathNode.Group.EMPTY;
        }
    }

    // ---- commands -----------------------------------------------------------------------

    private MathNode parseCommand(String name) {
        MathNode.Symbol symbol = Symbols.command(name);
        if (symbol != null) {
            return symbol.atom() == AtomClass.LARGE ? new MathNode.BigOp(symbol, null, null) : symbol;
        }
        AccentKind accent = AccentKind.forCommand(name);
        if (accent != null) return new MathNode.Accent(parseArgument(), accent);
        Font font = Font.forCommand(name);
        if (font != null) return new MathNode.Styled(font, parseArgument());
        Integer space = spaceWidth(name);
        if (space != null) return new MathNode.Space(space);

        switch (name) {
            case "frac", "dfrac", "tfrac", "cfrac":
                return new MathNode.Frac(parseArgument(), parseArgument());
            case "binom", "dbinom", "tbinom": {
                MathNode top = parseArgument();
                MathNode bottom = parseArgument();
                return new MathNode.Fenced(Symbols.character("("),
                        new MathNode.Matrix(List.of(List.of(top), List.of(bottom)), MatrixStyle.MATRIX),
                        Symbols.character(")"));
            }
            case "sqrt": {
                MathNode index = parseOptionalArgument();
                return new MathNode.Sqrt(parseArgument(), index);
            }
            case "text", "textrm", "textit", "textbf", "textsf", "texttt", "textnormal", "mbox", "hbox":
                return new MathNode.Text(rawArgument());
            case "mathrm", "mathit", "mathsf", "mathtt", "mathnormal", "boxed", "overbrace", "underbrace":
                return parseArgument();
            case "operatorname": {
                boolean limits = peekChar("*");
                if (limits) position++;
                String word = rawArgument();
                MathNode.Symbol op = new MathNode.Symbol(word, word, limits ? AtomClass.LARGE : AtomClass.OPERATOR);
                return limits ? new MathNode.BigOp(op, null, null) : op;
            }
            case "left":
                return parseFenced();
            case "right", "middle", "big", "Big", "bigg", "Bigg", "bigl", "bigr", "Bigl", "Bigr",
                 "biggl", "biggr", "Biggl", "Biggr", "bigm", "Bigm":
                return parseDelimiter();
            case "begin":
                return parseEnvironment(rawArgument());
            case "not":
                return negate(parseArgument());
            case "overset", "stackrel": {
                MathNode over = parseArgument();
                return new MathNode.Script(parseArgument(), null, over);
            }
            case "underset": {
                MathNode under = parseArgument();
                return new MathNode.Script(parseArgument(), under, null);
            }
            case "bmod", "mod":
                return new MathNode.Symbol("mod", "mod", AtomClass.BINARY);
            case "pmod":
                return new MathNode.Group(List.of(Symbols.character("("),
                        new MathNode.Symbol("mod", "mod", AtomClass.OPERATOR), parseArgument(), Symbols.character(")")));
            case "textcolor":
                rawArgument();
                return parseArgument();
            case "color", "label", "tag", "hspace", "vspace", "phantom", "hphantom", "vphantom":
                rawArgument();
                return name.equals("hspace") ? new MathNode.Space(1) : MathNode.Group.EMPTY;
            case "displaystyle", "textstyle", "scriptstyle", "scriptscriptstyle", "limits", "nolimits",
                 "nonumber", "notag", "rm", "bf", "it", "cal", "relax":
                return MathNode.Group.EMPTY;
            default:
                return unknown(name);
        }
    }

    private static Integer spaceWidth(String name) {
        return switch (name) {
            case "quad" -> 2;
            case "qquad" -> 4;
            case ",", ":", ";", ">", " ", "enspace", "thinspace", "medspace", "thickspace" -> 1;
            case "!", "negthinspace", "negmedspace", "negthickspace" -> 0;
            default -> null;
        };
    }

    /** An unknown command, with any brace groups that immediately follow it as arguments. */
    private MathNode unknown(String name) {
        List<MathNode> arguments = new ArrayList<>();
        while (peek() != null && peek().is(Token.Kind.OPEN_BRACE)) {
            position++;
            arguments.add(parseGroupBody());
        }
        return new MathNode.Unknown(name, arguments);
    }

    private static MathNode negate(MathNode node) {
        if (node instanceof MathNode.Symbol s) {
            if (s.unicode().equals("=")) return Symbols.command("ne");
            if (s.unicode().equals("∈")) return Symbols.command("notin");
            return new MathNode.Symbol(s.unicode() + "\u0338", "not " + s.ascii(), s.atom());
        }
        return new MathNode.Group(List.of(new MathNode.Symbol("¬", "not ", AtomClass.ORDINARY), node));
    }

    private MathNode parseFenced() {
        MathNode.Symbol left = parseDelimiter();
        fenceDepth++;
        List<MathNode> body = parseRow(Context.FENCE);
        fenceDepth--;
        MathNode.Symbol right = MathNode.Symbol.NONE;
        Token token = peek();
        if (token != null && token.isCommand("right")) {
            position++;
            right = parseDelimiter();
        }
        return new MathNode.Fenced(left, new MathNode.Group(body), right);
    }

    /** The delimiter after {@code \left}, {@code \right}, {@code \big}…; {@code .} is none. */
    private MathNode.Symbol parseDelimiter() {
        skipSpaces();
        Token token = peek();
        if (token == null) return MathNode.Symbol.NONE;
        if (token.is(Token.Kind.CHAR)) {
            position++;
            if (token.text().equals(".")) return MathNode.Symbol.NONE;
            return Symbols.character(token.text());
        }
        if (token.is(Token.Kind.COMMAND) && !token.isCommand("right") && !token.isCommand("end")) {
            position++;
            MathNode.Symbol symbol = Symbols.command(token.text());
            if (symbol != null) return symbol;
            return switch (token.text()) {
                case "lbrack" -> Symbols.character("[");
                case "rbrack" -> Symbols.character("]");
                default -> MathNode.Symbol.ordinary(token.source());
            };
        }
        return MathNode.Symbol.NONE;
    }

    private MathNode parseEnvironment(String name) {
        MatrixStyle style = MatrixStyle.forEnvironment(name);
        if (name.equals("array") || name.startsWith("alignat")) rawArgument();
        environmentDepth++;
        List<List<MathNode>> rows = parseRows(Context.CELL);
        environmentDepth--;
        return new MathNode.Matrix(rows, style == null ? MatrixStyle.MATRIX : style);
    }

    // ---- raw arguments ------------------------------------------------------------------

    /** A braced argument as plain text (for {@code \text}, environment names); spaces kept. */
    private String rawArgument() {
        skipSpaces();
        Token token = peek();
        if (token == null) return "";
        position++;
        if (!token.is(Token.Kind.OPEN_BRACE)) return textOf(token);
        StringBuilder text = new StringBuilder();
        int depth = 1;
        while (position < tokens.size()) {
            Token next = tokens.get(position++);
            if (next.is(Token.Kind.OPEN_BRACE)) {
                depth++;
            } else if (next.is(Token.Kind.CLOSE_BRACE)) {
                if (--depth == 0) break;
            } else {
                text.append(textOf(next));
            }
        }
        return text.toString();
    }

    private static String textOf(Token token) {
        if (!token.is(Token.Kind.COMMAND)) return token.text();
        if (spaceWidth(token.text()) != null) return " ";
        MathNode.Symbol symbol = Symbols.command(token.text());
        if (symbol != null && token.text().length() == 1) return symbol.unicode();
        return token.source();
    }

    private MathNode parseOptionalArgument() {
        skipSpaces();
        if (!peekChar("[")) return null;
        position++;
        List<MathNode> items = parseRow(Context.OPTIONAL);
        if (peekChar("]")) position++;
        return new MathNode.Group(items);
    }

    /** Skips the {@code [2pt]} that may follow {@code \\}. */
    private void skipOptionalArgument() {
        if (!peekChar("[")) return;
        while (position < tokens.size() && !tokens.get(position).isChar("]")) position++;
        position++;
    }

    // ---- token access -------------------------------------------------------------------

    private Token peek() {
        return position < tokens.size() ? tokens.get(position) : null;
    }

    private boolean peekChar(String character) {
        Token token = peek();
        return token != null && token.isChar(character);
    }

    private void skipSpaces() {
        while (position < tokens.size() && tokens.get(position).is(Token.Kind.SPACE)) position++;
    }
}
