package dev.lectern.index;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds the FTS5 MATCH string for a parsed query. Every term is a double-quoted FTS5 string
 * (inner quotes doubled), so no user text is ever read as an FTS5 operator, column filter or
 * bareword: {@code NEAR(}, {@code AND OR}, {@code c++} and {@code "x} are all plain words here.
 */
public final class FtsExpression {
    private FtsExpression() {
    }

    /** The MATCH string; the query must have at least one positive term. */
    public static String of(SearchQuery q) {
        List<String> positive = new ArrayList<>();
        List<String> negative = new ArrayList<>();
        for (SearchQuery.Term t : q.terms()) {
            String quoted = quote(t.text());
            if (t instanceof SearchQuery.Word w && w.prefix()) quoted += "*";
            (t.negated() ? negative : positive).add(quoted);
        }
        if (positive.isEmpty()) throw new IllegalArgumentException("a query needs a positive term");
        String expr = "(" + String.join(" AND ", positive) + ")";
        for (String n : negative) expr = "(" + expr + " NOT " + n + ")";
        return expr;
    }

    static String quote(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
