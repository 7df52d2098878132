package dev.lectern.render.math;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lays a formula out on a single line: fractions as {@code a/b}, scripts in Unicode super- and
 * subscript characters when every character has one (else {@code x_{ij}} / {@code x^(2k)}),
 * matrices as {@code (a, b; c, d)}.
 */
final class InlineLayout {
    private final boolean unicode;
    /*
     * Scripts are rendered more than once (to pick Unicode or fallback form, and to see whether a
     * row ends in a fallback script), so without memory a formula nested n deep costs 3^n: a
     * 1,000-deep x^{x^{...}} never finished. One layout is used by one thread for one formula.
     */
    private final Map<MathNode, String> tightText = new IdentityHashMap<>();
    private final Map<MathNode, String> looseText = new IdentityHashMap<>();

    InlineLayout(boolean unicode) {
        this.unicode = unicode;
    }

    /** The node on one line; {@code tight} drops the spaces around operators and relations. */
    String render(MathNode node, boolean tight) {
        Map<MathNode, String> memo = tight ? tightText : looseText;
        String known = memo.get(node);
        if (known != null) return known;
        String text = layOut(node, tight);
        memo.put(node, text);
        return text;
    }

    private String layOut(MathNode node, boolean tight) {
        if (node instanceof MathNode.Symbol s) return unicode ? s.unicode() : s.ascii();
        if (node instanceof MathNode.Group g) return row(g.items(), tight);
        if (node instanceof MathNode.Script s) {
            return render(s.base(), tight) + subscript(s.sub()) + superscript(s.sup());
        }
        if (node instanceof MathNode.BigOp b) {
            return render(b.operator(), tight) + subscript(b.lower()) + superscript(b.upper());
        }
        if (node instanceof MathNode.Frac f) return fraction(f);
        if (node instanceof MathNode.Sqrt s) return root(s);
        if (node instanceof MathNode.Accent a) return accent(render(a.body(), tight), a.kind());
        if (node instanceof MathNode.Fenced f) {
            return render(f.left(), tight) + render(f.body(), tight) + render(f.right(), tight);
        }
        if (node instanceof MathNode.Matrix m) return matrix(m, tight);
        if (node instanceof MathNode.Text t) return t.text();
        if (node instanceof MathNode.Styled s) {
            String body = render(s.body(), tight);
            return unicode ? s.font().apply(body) : body;
        }
        if (node instanceof MathNode.Space s) return " ".repeat(s.width());
        if (node instanceof MathNode.Unknown u) return unknown(u, tight);
        return "";
    }

    /** The items of a row joined with the spaces {@link Spacing} asks for. */
    String row(List<MathNode> items, boolean tight) {
        List<Spacing.Atom> atoms = atoms(items, tight, false);
        int[] gaps = Spacing.gaps(atoms, tight);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < atoms.size(); i++) {
            out.append(" ".repeat(gaps[i])).append(atoms.get(i).text());
        }
        return out.toString();
    }

    /**
     * The row's items with what spacing needs to know. On one line, a script written as
     * {@code _x} or {@code ^(…)} must not run into a following letter; in display layout such
     * scripts sit on their own row, so {@code display} turns that check off.
     */
    List<Spacing.Atom> atoms(List<MathNode> items, boolean tight, boolean display) {
        List<Spacing.Atom> atoms = new ArrayList<>(items.size());
        for (MathNode item : items) {
            atoms.add(new Spacing.Atom(item, Spacing.classOf(item), render(item, tight),
                    Spacing.isWord(item, unicode), !display && endsInFallbackScript(item)));
        }
        return atoms;
    }

    private boolean endsInFallbackScript(MathNode node) {
        MathNode sub = null;
        MathNode sup = null;
        if (node instanceof MathNode.Script s) {
            sub = s.sub();
            sup = s.sup();
        } else if (node instanceof MathNode.BigOp b) {
            sub = b.lower();
            sup = b.upper();
        } else if (node instanceof MathNode.Group g && !g.items().isEmpty()) {
            return endsInFallbackScript(g.items().get(g.items().size() - 1));
        }
        if (sup != null && !scriptText(sup).isEmpty()) return superscript(sup).startsWith("^");
        return sub != null && subscript(sub).startsWith("_");
    }

    /** A script's text for an inline position: always tight. */
    String scriptText(MathNode script) {
        return script == null ? "" : render(script, true);
    }

    /** Unicode subscript characters if every character has one; otherwise {@code _x} or {@code _{…}}. */
    String subscript(MathNode script) {
        String text = scriptText(script);
        if (text.isEmpty()) return "";
        String mapped = unicode ? Scripts.subscript(text) : null;
        if (mapped != null) return mapped;
        return Box.width(text) == 1 ? "_" + text : "_{" + text + "}";
    }

    /** Unicode superscript characters if every character has one; otherwise {@code ^x} or {@code ^(…)}. */
    String superscript(MathNode script) {
        String text = scriptText(script);
        if (text.isEmpty()) return "";
        if (text.chars().allMatch(c -> c == '\'' || c == '′')) return text;
        String mapped = unicode ? Scripts.superscript(text) : null;
        if (mapped != null) return mapped;
        return Box.width(text) == 1 ? "^" + text : "^(" + text + ")";
    }

    private String fraction(MathNode.Frac frac) {
        String numerator = render(frac.numerator(), true);
        String denominator = render(frac.denominator(), true);
        if (needsParentheses(frac.numerator(), false)) numerator = "(" + numerator + ")";
        if (needsParentheses(frac.denominator(), true)) denominator = "(" + denominator + ")";
        return numerator + "/" + denominator;
    }

    /**
     * Whether a fraction part needs parentheses on one line: when it has an operator, relation
     * or comma outside brackets ({@code a+b}), or, for a denominator, when it is a product of
     * more than one factor ({@code 2π}; {@code P(B)} is one factor), so {@code a/b} reads
     * unambiguously.
     */
    private static boolean needsParentheses(MathNode part, boolean denominator) {
        if (part instanceof MathNode.Frac) return true;
        if (part instanceof MathNode.Text t) return t.text().strip().contains(" ");
        if (part instanceof MathNode.Styled s) return needsParentheses(s.body(), denominator);
        if (!(part instanceof MathNode.Group g)) return false;
        List<MathNode> items = g.items().stream().filter(i -> !(i instanceof MathNode.Space)).toList();
        if (items.size() == 1) return needsParentheses(items.get(0), denominator);
        int depth = 0;
        int factors = 0;
        for (int i = 0; i < items.size(); i++) {
            AtomClass atom = Spacing.classOf(items.get(i));
            if (atom == AtomClass.OPEN) {
                if (depth++ == 0 && factors == 0) factors++;
            } else if (atom == AtomClass.CLOSE) {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0) {
                boolean application = atom == AtomClass.OPERATOR && !(items.get(i) instanceof MathNode.BigOp)
                        && i + 1 < items.size() && Spacing.classOf(items.get(i + 1)) == AtomClass.OPEN;
                if (application) {
                    factors++;
                    continue;
                }
                if (atom == AtomClass.RELATION || atom == AtomClass.PUNCTUATION || atom == AtomClass.OPERATOR
                        || atom == AtomClass.INNER || (atom == AtomClass.BINARY && i > 0)) {
                    return true;
                }
                if (atom != AtomClass.BINARY && !isPostfix(items.get(i))) factors++;
            }
        }
        return denominator && factors > 1;
    }

    /** Factorial and primes bind to the factor before them. */
    private static boolean isPostfix(MathNode node) {
        return node instanceof MathNode.Symbol s && (s.unicode().equals("!") || s.unicode().equals("′"));
    }

    private String root(MathNode.Sqrt sqrt) {
        String body = render(sqrt.body(), true);
        String index = sqrt.index() == null ? "" : render(sqrt.index(), true);
        if (!unicode) {
            return index.isEmpty() ? "sqrt(" + body + ")" : "root(" + index + ", " + body + ")";
        }
        String sign = switch (index) {
            case "" -> "√";
            case "3" -> "∛";
            case "4" -> "∜";
            default -> {
                String raised = Scripts.superscript(index);
                yield (raised != null ? raised : "(" + index + ")") + "√";
            }
        };
        return sign + (isSingleAtom(sqrt.body()) ? body : "(" + body + ")");
    }

    /** True for a part that prints as one unit: a symbol, a scripted symbol, a fenced group. */
    static boolean isSingleAtom(MathNode node) {
        if (node instanceof MathNode.Group g) return g.items().size() == 1 && isSingleAtom(g.items().get(0));
        if (node instanceof MathNode.Script s) return isSingleAtom(s.base());
        if (node instanceof MathNode.Styled s) return isSingleAtom(s.body());
        if (node instanceof MathNode.Symbol s) return s.atom() == AtomClass.ORDINARY;
        return node instanceof MathNode.Fenced || node instanceof MathNode.Accent
                || node instanceof MathNode.Sqrt;
    }

    String accent(String body, AccentKind kind) {
        if (!unicode) return kind.asciiName + "(" + body + ")";
        if (Box.width(body) == 1) return body + kind.combining;
        if (kind.spans) {
            StringBuilder out = new StringBuilder();
            body.codePoints().forEach(c -> {
                out.appendCodePoint(c);
                if (!Box.isCombining(c) && c != ' ') out.append(kind.combining);
            });
            return out.toString();
        }
        return kind.asciiName + "(" + body + ")";
    }

    private String matrix(MathNode.Matrix matrix, boolean tight) {
        MatrixStyle style = matrix.style();
        boolean aligned = style == MatrixStyle.ALIGNED;
        String cellSeparator = aligned ? " " : ", ";
        List<String> rows = new ArrayList<>();
        for (List<MathNode> cells : matrix.rows()) {
            List<String> texts = new ArrayList<>();
            for (MathNode cell : cells) texts.add(render(cell, tight));
            rows.add(String.join(cellSeparator, texts).strip());
        }
        String left = unicode ? style.left : style.asciiLeft;
        String right = unicode ? style.right : style.asciiRight;
        if (style == MatrixStyle.CASES) right = "}";
        return left + String.join("; ", rows) + right;
    }

    private String unknown(MathNode.Unknown unknown, boolean tight) {
        StringBuilder out = new StringBuilder("\\").append(unknown.name());
        for (MathNode argument : unknown.arguments()) {
            out.append('{').append(render(argument, tight)).append('}');
        }
        return out.toString();
    }
}
