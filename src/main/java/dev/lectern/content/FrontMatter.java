package dev.lectern.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * The YAML block at the top of a Markdown file, read with a real YAML parser (SnakeYAML Engine)
 * down to nodes so that each field keeps the file line it came from. Values are strings or lists
 * of strings; anything else (a nested map) is reported as a problem for that field.
 *
 * @param body the Markdown after the block (the whole text when there is no block)
 * @param bodyLine the 1-based file line where {@code body} starts
 */
public record FrontMatter(Map<String, Field> fields, String body, int bodyLine, List<Problem> problems) {

    /** One field's value (a String or a List of Strings) and its 1-based file line. */
    public record Field(Object value, int line) {
    }

    /** Splits {@code text} into front matter and body, reporting problems against {@code file}. */
    public static FrontMatter parse(String file, String text) {
        return split(file, text, true);
    }

    /**
     * The body after the front matter, and its first line, with the YAML left unread (no fields,
     * no problems): for a file whose fields the index already holds. Reading an essay this way
     * loads no YAML parser.
     */
    public static FrontMatter bodyOnly(String file, String text) {
        return split(file, text, false);
    }

    private static FrontMatter split(String file, String text, boolean readFields) {
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        List<Problem> problems = new ArrayList<>();
        if (!(text.startsWith("---\n") || text.startsWith("---\r\n") || text.equals("---"))) {
            return new FrontMatter(Map.of(), text, 1, problems);
        }
        int lineNo = 1;
        int pos = text.indexOf('\n') + 1;
        int yamlStart = pos;
        int yamlEnd = -1;
        int bodyStart = -1;
        while (pos > 0 && pos <= text.length()) {
            int nl = text.indexOf('\n', pos);
            int lineEnd = nl < 0 ? text.length() : nl;
            lineNo++;
            String line = text.substring(pos, lineEnd).stripTrailing();
            if (line.equals("---") || line.equals("...")) {
                yamlEnd = pos;
                bodyStart = nl < 0 ? text.length() : nl + 1;
                break;
            }
            if (nl < 0) break;
            pos = nl + 1;
        }
        if (yamlEnd < 0) {
            problems.add(new Problem(file, 1, "front matter opened with --- is never closed; read as plain Markdown"));
            return new FrontMatter(Map.of(), text, 1, problems);
        }
        String yaml = text.substring(yamlStart, yamlEnd);
        Map<String, Field> fields = new LinkedHashMap<>();
        if (readFields) readYaml(file, yaml, fields, problems);
        return new FrontMatter(fields, text.substring(bodyStart), lineNo + 1, problems);
    }

    private static void readYaml(String file, String yaml, Map<String, Field> fields, List<Problem> problems) {
        if (yaml.isBlank()) return;
        Optional<Node> root;
        try {
            root = new Compose(LoadSettings.builder().setLabel(file).setAllowDuplicateKeys(false).build())
                    .composeString(yaml);
        } catch (MarkedYamlEngineException e) {
            // The context mark is where the broken construct began (an unclosed bracket), which is
            // where the author must look; the problem mark is often the end of the block.
            int line = e.getContextMark().or(e::getProblemMark).map(m -> m.getLine() + 2).orElse(1);
            problems.add(new Problem(file, line, "front matter is not valid YAML: " + e.getProblem()));
            return;
        } catch (YamlEngineException | IllegalStateException e) {
            problems.add(new Problem(file, 1, "front matter is not valid YAML: " + e.getMessage()));
            return;
        }
        if (root.isEmpty()) return;
        if (!(root.get() instanceof MappingNode map)) {
            problems.add(new Problem(file, lineOf(root.get()), "front matter must be a set of `key: value` lines"));
            return;
        }
        for (NodeTuple t : map.getValue()) {
            int line = lineOf(t.getKeyNode());
            if (!(t.getKeyNode() instanceof ScalarNode k)) {
                problems.add(new Problem(file, line, "front-matter keys must be plain words"));
                continue;
            }
            Node v = t.getValueNode();
            if (v instanceof ScalarNode s) {
                fields.put(k.getValue(), new Field(s.getValue(), line));
            } else if (v instanceof SequenceNode seq) {
                List<String> items = new ArrayList<>();
                boolean ok = true;
                for (Node item : seq.getValue()) {
                    if (item instanceof ScalarNode s) {
                        items.add(s.getValue());
                    } else {
                        ok = false;
                    }
                }
                if (!ok) problems.add(new Problem(file, line, "`" + k.getValue() + "` must be a list of plain values"));
                fields.put(k.getValue(), new Field(List.copyOf(items), line));
            } else {
                problems.add(new Problem(file, line, "`" + k.getValue() + "` must be a value or a list, not a nested map"));
            }
        }
    }

    private static int lineOf(Node n) {
        return n.getStartMark().map(Mark::getLine).orElse(0) + 2;
    }

    /** The field as a string, or null when absent; a list is reported and ignored. */
    public String string(String key, String file, List<Problem> out) {
        Field f = fields.get(key);
        if (f == null) return null;
        if (f.value() instanceof String s) return s.isBlank() ? null : s.strip();
        out.add(new Problem(file, f.line(), "`" + key + "` must be a single value, not a list"));
        return null;
    }

    /** The field as a list of strings; a single value becomes a one-item list; absent is empty. */
    @SuppressWarnings("unchecked")
    public List<String> list(String key) {
        Field f = fields.get(key);
        if (f == null) return List.of();
        if (f.value() instanceof List<?> l) return (List<String>) l;
        String s = ((String) f.value()).strip();
        if (s.isEmpty()) return List.of();
        // Accept "a, b" written without brackets: authors do it, and it can only mean a list.
        List<String> parts = new ArrayList<>();
        for (String p : s.split(",")) if (!p.isBlank()) parts.add(p.strip());
        return parts;
    }

    public int line(String key) {
        Field f = fields.get(key);
        return f == null ? 0 : f.line();
    }
}
