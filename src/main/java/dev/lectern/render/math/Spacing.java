package dev.lectern.render.math;

import java.util.List;

/**
 * The space between neighbouring atoms of a row, a simplified version of TeX's table: one
 * column around binary operators and relations, after punctuation, and between a named
 * function or big operator and its operand. In tight rows (scripts, inline fraction parts)
 * only the spaces that keep words apart remain.
 */
final class Spacing {
    /** One item of a row as the spacing rules see it. */
    record Atom(MathNode node, AtomClass atom, String text, boolean word, boolean endsInFallbackScript) {
    }

    private Spacing() {
    }

    /** The atom class of a node as a neighbour in a row. */
    static AtomClass classOf(MathNode node) {
        if (node instanceof MathNode.Symbol s) {
            return s.atom() == AtomClass.LARGE ? AtomClass.OPERATOR : s.atom();
        }
        if (node instanceof MathNode.Script s) return classOf(s.base());
        if (node instanceof MathNode.BigOp) return AtomClass.OPERATOR;
        if (node instanceof MathNode.Frac) return AtomClass.INNER;
        if (node instanceof MathNode.Group g && g.items().size() == 1) return classOf(g.items().get(0));
        return AtomClass.ORDINARY;
    }

    /**
     * True for nodes that print as a word made from a command: an ASCII Greek name, a
     * multi-letter symbol, an unknown {@code \command}; they need a space before a letter.
     */
    static boolean isWord(MathNode node, boolean unicode) {
        if (node instanceof MathNode.Symbol s) return isWord(unicode ? s.unicode() : s.ascii());
        if (node instanceof MathNode.Script s) return isWord(s.base(), unicode);
        if (node instanceof MathNode.Styled s) return isWord(s.body(), unicode);
        if (node instanceof MathNode.Unknown) return true;
        if (node instanceof MathNode.Group g && g.items().size() == 1) return isWord(g.items().get(0), unicode);
        return false;
    }

    /** Columns of space before each atom. */
    static int[] gaps(List<Atom> atoms, boolean tight) {
        int[] gaps = new int[atoms.size()];
        AtomClass previous = null;
        Atom previousAtom = null;
        boolean previousUnary = false;
        for (int i = 0; i < atoms.size(); i++) {
            Atom atom = atoms.get(i);
            if (atom.node() instanceof MathNode.Space) {
                previous = null;
                previousAtom = null;
                previousUnary = false;
                continue;
            }
            AtomClass current = atom.atom();
            boolean unary = current == AtomClass.BINARY
                    && (isUnaryContext(previous) || i == atoms.size() - 1);
            if (unary) current = AtomClass.ORDINARY;
            if (previous != null && !previousUnary) {
                gaps[i] = tight ? tightGap(previousAtom, previous, atom, current)
                        : gap(previousAtom, previous, atom, current);
            }
            previous = current;
            previousAtom = atom;
            previousUnary = unary;
        }
        return gaps;
    }

    private static boolean isUnaryContext(AtomClass previous) {
        return previous == null || previous == AtomClass.BINARY || previous == AtomClass.RELATION
                || previous == AtomClass.OPEN || previous == AtomClass.PUNCTUATION
                || previous == AtomClass.OPERATOR;
    }

    private static int gap(Atom left, AtomClass before, Atom right, AtomClass after) {
        if (before == AtomClass.OPEN || after == AtomClass.CLOSE || after == AtomClass.PUNCTUATION) return 0;
        if (before == AtomClass.RELATION && after == AtomClass.RELATION) return 0;
        if (before == AtomClass.RELATION || after == AtomClass.RELATION) return 1;
        if (before == AtomClass.BINARY || after == AtomClass.BINARY) return 1;
        if (before == AtomClass.PUNCTUATION) return 1;
        if (before == AtomClass.INNER || after == AtomClass.INNER) return after == AtomClass.OPEN ? 0 : 1;
        return tightGap(left, before, right, after);
    }

    private static int tightGap(Atom left, AtomClass before, Atom right, AtomClass after) {
        if (isNamedFunction(left.node()) && right.node() instanceof MathNode.Fenced) return 0;
        if (after == AtomClass.OPEN && left.node() instanceof MathNode.BigOp op
                && !isWord(op.operator().unicode())) {
            return 1; // ∑ (a + b), but max(a, b)
        }
        if (before == AtomClass.OPERATOR && (after == AtomClass.ORDINARY || after == AtomClass.OPERATOR
                || after == AtomClass.INNER)) {
            return 1;
        }
        if (after == AtomClass.OPERATOR && (before == AtomClass.ORDINARY || before == AtomClass.CLOSE
                || before == AtomClass.INNER)) {
            return 1;
        }
        return wordsTouch(left, right) ? 1 : 0;
    }

    /** A named function such as {@code \log}, possibly with scripts: applied directly to a bracket. */
    private static boolean isNamedFunction(MathNode node) {
        if (node instanceof MathNode.Script s) return isNamedFunction(s.base());
        return node instanceof MathNode.Symbol s && s.atom() == AtomClass.OPERATOR;
    }

    /** True when a word (such as ASCII {@code alpha}) would run into a neighbouring letter. */
    private static boolean wordsTouch(Atom left, Atom right) {
        String before = left.text();
        String after = right.text();
        if (before.isEmpty() || after.isEmpty()) return false;
        if (left.endsInFallbackScript() && Character.isLetterOrDigit(after.codePointAt(0))) return true;
        if (!left.word() && !right.word()) return false;
        return Character.isLetterOrDigit(before.codePointBefore(before.length()))
                && Character.isLetterOrDigit(after.codePointAt(0));
    }

    private static boolean isWord(String text) {
        int letters = 0;
        for (int c : text.codePoints().toArray()) {
            if (!Character.isLetter(c)) return false;
            letters++;
        }
        return letters >= 2;
    }
}
