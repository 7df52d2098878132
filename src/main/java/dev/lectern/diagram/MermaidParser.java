package dev.lectern.diagram;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the flowchart subset of Mermaid that lectern draws:
 * <pre>
 * graph TD                      (or flowchart; TD/TB, BT, LR, RL; TD when omitted)
 * a[box] --> b(round)           edges: --> (arrow), --- (line), -.-> (dotted), ==> (thick)
 * b -->|label| c((circle))      labels: -->|text| or -- text --> (also -. text .-> and == text ==>)
 * c --> d{decision} --> a       chains; a &amp; b --> c fans in; ';' separates statements
 * %% a comment
 * </pre>
 * Everything else Mermaid knows (subgraphs, classes, styles, clicks, other diagram types) is
 * reported as unsupported, with its line, so the caller can show the source instead. The parser
 * never throws; it records {@link Issue}s.
 */
final class MermaidParser {
    /** A problem with its kind: unsupported syntax is valid Mermaid that lectern does not draw. */
    record Issue(int line, boolean unsupported, String what) {
        DiagramProblem problem() {
            return new DiagramProblem(line, unsupported ? "unsupported syntax: " + what : what);
        }

        String note() {
            return unsupported
                    ? "unsupported mermaid syntax at line " + line + ": " + what + " — shown as source"
                    : "mermaid error at line " + line + ": " + what + " — shown as source";
        }
    }

    /** The outcome: a chart when there were no issues. */
    record Result(Flowchart chart, List<Issue> issues) {
        boolean ok() {
            return issues.isEmpty() && chart != null;
        }
    }

    private static final Set<String> UNSUPPORTED_KEYWORDS = Set.of(
            "subgraph", "end", "classdef", "class", "style", "linkstyle", "click", "direction",
            "call", "href", "acctitle", "accdescr", "title");

    private record EdgeForm(Pattern pattern, Stroke stroke, boolean arrow, boolean inlineText) {
    }

    private static final String TEXT = "((?:(?!--|==|-\\.|\\.-|\\|).)+?)";
    private static final List<EdgeForm> EDGE_FORMS = List.of(
            new EdgeForm(Pattern.compile("-{2,}>"), Stroke.LIGHT, true, false),
            new EdgeForm(Pattern.compile("-\\.+->"), Stroke.DOTTED, true, false),
            new EdgeForm(Pattern.compile("={2,}>"), Stroke.THICK, true, false),
            new EdgeForm(Pattern.compile("-{3,}"), Stroke.LIGHT, false, false),
            new EdgeForm(Pattern.compile("-\\.+-"), Stroke.DOTTED, false, false),
            new EdgeForm(Pattern.compile("={3,}"), Stroke.THICK, false, false),
            new EdgeForm(Pattern.compile("--\\s*" + TEXT + "\\s*(-{2,}>|-{3,})"), Stroke.LIGHT, true, true),
            new EdgeForm(Pattern.compile("-\\.\\s*" + TEXT + "\\s*(\\.+->|\\.+-)"), Stroke.DOTTED, true, true),
            new EdgeForm(Pattern.compile("==\\s*" + TEXT + "\\s*(={2,}>|={3,})"), Stroke.THICK, true, true));
    private static final Pattern UNSUPPORTED_EDGE = Pattern.compile("<-|<=|~~~|-{2,}[ox]\\b|={2,}[ox]\\b|[ox]-{2,}");

    private final String[] lines;
    private final List<Issue> issues = new ArrayList<>();
    private final Map<String, Integer> nodeIndex = new LinkedHashMap<>();
    private final List<String> ids = new ArrayList<>();
    private final List<String> labels = new ArrayList<>();
    private final List<NodeShape> shapes = new ArrayList<>();
    private final List<FlowEdge> edges = new ArrayList<>();
    private FlowDirection direction = FlowDirection.TD;

    private MermaidParser(String source) {
        this.lines = (source == null ? "" : source).split("\r\n|\r|\n", -1);
    }

    static Result parse(String source) {
        MermaidParser parser = new MermaidParser(source);
        try {
            parser.run();
        } catch (RuntimeException e) {
            parser.issues.add(new Issue(1, false, "could not parse"));
        }
        return parser.result();
    }

    private Result result() {
        if (!issues.isEmpty()) {
            return new Result(null, List.copyOf(issues));
        }
        List<FlowNode> nodes = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            nodes.add(new FlowNode(ids.get(i), splitLabel(labels.get(i)), shapes.get(i)));
        }
        return new Result(new Flowchart(direction, nodes, edges), List.of());
    }

    private void run() {
        int headerLine = 0;
        for (int i = 0; i < lines.length; i++) {
            int lineNo = i + 1;
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("%%")) {
                continue;
            }
            boolean lineReported = false;
            for (String statement : splitStatements(line)) {
                statement = statement.strip();
                if (statement.isEmpty()) {
                    continue;
                }
                String word = firstWord(statement);
                if (headerLine == 0) {
                    String lower = word.toLowerCase(Locale.ROOT);
                    if (!lower.equals("graph") && !lower.equals("flowchart")) {
                        issues.add(new Issue(lineNo, true, "diagram type '" + DisplayWidth.truncate(DisplayWidth.clean(word), 30) + "'"));
                        return;
                    }
                    headerLine = lineNo;
                    String rest = statement.substring(word.length()).strip();
                    if (!rest.isEmpty()) {
                        FlowDirection parsed = FlowDirection.parse(firstWord(rest));
                        if (parsed == null || !rest.equals(firstWord(rest))) {
                            issues.add(new Issue(lineNo, false, "unknown direction '" + DisplayWidth.truncate(DisplayWidth.clean(rest), 20) + "' (use TD, LR, BT or RL)"));
                        } else {
                            direction = parsed;
                        }
                    }
                    continue;
                }
                if (UNSUPPORTED_KEYWORDS.contains(word.toLowerCase(Locale.ROOT))) {
                    if (!lineReported) {
                        issues.add(new Issue(lineNo, true, word));
                        lineReported = true;
                    }
                    continue;
                }
                int before = issues.size();
                new StatementReader(statement, lineNo).read();
                lineReported |= issues.size() > before;
            }
        }
        if (headerLine == 0) {
            issues.add(new Issue(1, false, "empty graph: expected 'graph TD' or 'flowchart LR'"));
        } else if (ids.isEmpty() && issues.isEmpty()) {
            issues.add(new Issue(headerLine, false, "empty graph: no nodes"));
        }
    }

    private static String firstWord(String s) {
        int end = 0;
        while (end < s.length() && !Character.isWhitespace(s.charAt(end))) {
            end++;
        }
        return s.substring(0, end);
    }

    /** Splits on ';' outside brackets, quotes and |labels|. */
    private static List<String> splitStatements(String line) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        boolean quoted = false;
        boolean piped = false;
        int start = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                if (c == '[' || c == '(' || c == '{') {
                    depth++;
                } else if (c == ']' || c == ')' || c == '}') {
                    depth = Math.max(0, depth - 1);
                } else if (c == '|' && depth == 0) {
                    piped = !piped;
                } else if (c == ';' && depth == 0 && !piped) {
                    parts.add(line.substring(start, i));
                    start = i + 1;
                }
            }
        }
        parts.add(line.substring(start));
        return parts;
    }

    private static List<String> splitLabel(String label) {
        String[] parts = label.split("(?i)<br\\s*/?>", -1);
        List<String> out = new ArrayList<>();
        for (String part : parts) {
            out.add(DisplayWidth.truncate(DisplayWidth.clean(part).strip(), 60));
        }
        return out;
    }

    private int declare(String id, String label, NodeShape shape) {
        Integer at = nodeIndex.get(id);
        if (at == null) {
            at = ids.size();
            nodeIndex.put(id, at);
            ids.add(id);
            labels.add(id);
            shapes.add(NodeShape.BOX);
        }
        if (label != null) {
            labels.set(at, label);
            shapes.set(at, shape);
        }
        return at;
    }

    /** Reads one statement: node groups joined by edges. */
    private final class StatementReader {
        private final String text;
        private final int lineNo;
        private int pos;

        StatementReader(String text, int lineNo) {
            this.text = text;
            this.lineNo = lineNo;
        }

        void read() {
            List<Integer> sources = nodeGroup();
            if (sources == null) {
                if (issues.isEmpty() || issues.get(issues.size() - 1).line() != lineNo) {
                    fail("expected a node id at '" + rest() + "'");
                }
                return;
            }
            while (true) {
                skipSpaces();
                if (pos >= text.length()) {
                    return;
                }
                Matcher unsupported = UNSUPPORTED_EDGE.matcher(text).region(pos, text.length());
                if (unsupported.lookingAt()) {
                    issues.add(new Issue(lineNo, true, "edge '" + unsupported.group() + "'"));
                    return;
                }
                EdgeForm form = null;
                Matcher m = null;
                for (EdgeForm candidate : EDGE_FORMS) {
                    Matcher attempt = candidate.pattern().matcher(text).region(pos, text.length());
                    if (attempt.lookingAt()) {
                        form = candidate;
                        m = attempt;
                        break;
                    }
                }
                if (form == null) {
                    char c = text.charAt(pos);
                    if (c == ']' || c == ')' || c == '}') {
                        fail("unbalanced brackets: unexpected '" + c + "'");
                    } else {
                        fail("expected an edge such as --> at '" + rest() + "'");
                    }
                    return;
                }
                pos = m.end();
                String label = form.inlineText() ? m.group(1).strip() : "";
                boolean arrow = form.inlineText() ? m.group(2).endsWith(">") : form.arrow();
                skipSpaces();
                if (pos < text.length() && text.charAt(pos) == '|') {
                    int close = text.indexOf('|', pos + 1);
                    if (close < 0) {
                        fail("unbalanced '|' around an edge label");
                        return;
                    }
                    label = text.substring(pos + 1, close).strip();
                    pos = close + 1;
                }
                label = unquote(label).replaceAll("(?i)<br\\s*/?>", " ");
                label = DisplayWidth.truncate(DisplayWidth.clean(label).strip(), 40);
                skipSpaces();
                if (pos >= text.length()) {
                    fail("edge with no target");
                    return;
                }
                int before = issues.size();
                List<Integer> targets = nodeGroup();
                if (targets == null) {
                    if (issues.size() == before) {
                        fail("edge with no target");
                    }
                    return;
                }
                for (int from : sources) {
                    for (int to : targets) {
                        edges.add(new FlowEdge(from, to, form.stroke(), arrow, label));
                    }
                }
                sources = targets;
            }
        }

        private String rest() {
            return DisplayWidth.truncate(DisplayWidth.clean(text.substring(Math.min(pos, text.length()))), 20);
        }

        private void fail(String message) {
            issues.add(new Issue(lineNo, false, message));
        }

        private void skipSpaces() {
            while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
        }

        private List<Integer> nodeGroup() {
            List<Integer> group = new ArrayList<>();
            while (true) {
                skipSpaces();
                Integer node = node();
                if (node == null) {
                    return null;
                }
                group.add(node);
                skipSpaces();
                if (pos < text.length() && text.charAt(pos) == '&') {
                    pos++;
                    continue;
                }
                return group;
            }
        }

        private Integer node() {
            int start = pos;
            while (pos < text.length()) {
                char c = text.charAt(pos);
                if (Character.isLetterOrDigit(c) || c == '_') {
                    pos++;
                } else if (c == '-' && pos > start && pos + 1 < text.length()
                        && Character.isLetterOrDigit(text.charAt(pos + 1))) {
                    pos++; // kebab-case ids such as pre-norm, but never the start of an edge
                } else {
                    break;
                }
            }
            if (pos == start) {
                return null;
            }
            String id = text.substring(start, pos);
            if (text.startsWith(":::", pos)) {
                issues.add(new Issue(lineNo, true, "class shorthand ':::'"));
                return null;
            }
            String[][] forms = {
                {"(((", ")))", "CIRCLE"}, {"((", "))", "CIRCLE"}, {"([", "])", "ROUND"},
                {"[[", "]]", "BOX"}, {"[(", ")]", "BOX"}, {"[/", "/]", "BOX"}, {"[\\", "\\]", "BOX"},
                {"{{", "}}", "DECISION"}, {"(", ")", "ROUND"}, {"[", "]", "BOX"},
                {"{", "}", "DECISION"}, {">", "]", "BOX"},
            };
            for (String[] form : forms) {
                if (!text.startsWith(form[0], pos)) {
                    continue;
                }
                if (form[0].equals(">") && (pos + 1 >= text.length() || text.indexOf(']', pos) < 0)) {
                    continue;
                }
                int open = pos + form[0].length();
                int close;
                String label;
                int after = open;
                while (after < text.length() && text.charAt(after) == ' ') {
                    after++;
                }
                if (after < text.length() && text.charAt(after) == '"') {
                    int endQuote = text.indexOf('"', after + 1);
                    if (endQuote < 0) {
                        fail("unbalanced quotes in the label of '" + id + "'");
                        return null;
                    }
                    label = text.substring(after + 1, endQuote);
                    close = text.indexOf(form[1], endQuote + 1);
                    if (close >= 0 && !text.substring(endQuote + 1, close).isBlank()) {
                        close = -1;
                    }
                } else {
                    close = closing(form[0], form[1], open);
                    label = close < 0 ? "" : text.substring(open, close).strip();
                }
                if (form[0].equals("[/") || form[0].equals("[\\")) {
                    int alt = closing(form[0], form[0].equals("[/") ? "\\]" : "/]", open);
                    if (close < 0 || (alt >= 0 && alt < close)) {
                        close = alt;
                        label = close < 0 ? "" : text.substring(open, close).strip();
                    }
                }
                if (close < 0) {
                    fail("unbalanced brackets: '" + form[0] + "' after '" + DisplayWidth.truncate(DisplayWidth.clean(id), 20) + "' is never closed with '" + form[1] + "'");
                    return null;
                }
                pos = close + form[1].length();
                if (label.isEmpty()) {
                    label = id;
                }
                return declare(id, label, NodeShape.valueOf(form[2]));
            }
            return declare(id, null, null);
        }

        /** Index of the closing delimiter, or -1; an opener of the same kind first means unbalanced. */
        private int closing(String open, String close, int from) {
            int at = text.indexOf(close, from);
            char opener = open.charAt(0);
            if (at >= 0 && opener != '>') {
                int nested = text.indexOf(opener, from);
                if (nested >= 0 && nested < at && close.length() == 1) {
                    return -1;
                }
            }
            return at;
        }
    }

    private static String unquote(String s) {
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            return s.substring(1, s.length() - 1);
        }
        return s;
    }
}
