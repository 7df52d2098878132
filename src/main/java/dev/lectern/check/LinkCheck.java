package dev.lectern.check;

import dev.lectern.content.Problem;
import dev.lectern.markdown.Section;
import dev.lectern.markdown.SectionSplitter;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Resolves the relative links and images of library files: the target file must exist, and a
 * {@code #fragment} into a Markdown file must name one of its headings (GitHub's anchor rule, so
 * the same links work on GitHub). Links with a scheme ({@code https:}, {@code mailto:}) are not
 * followed: a check must not depend on the network.
 */
final class LinkCheck {
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    private final Path root;
    private final Map<String, LibraryCheck.Parsed> byPath;
    private final Map<String, Set<String>> anchors = new HashMap<>();
    private final Set<String> linkedTo = new java.util.HashSet<>();

    LinkCheck(Path root, Map<String, LibraryCheck.Parsed> byPath) {
        this.root = root;
        this.byPath = byPath;
    }

    void check(LibraryCheck.Parsed from, String url, int line, String what, List<Problem> problems) {
        String path = from.file().path();
        String target = url.strip();
        if (target.isEmpty()) {
            problems.add(new Problem(path, line, what + " with an empty target"));
            return;
        }
        if (SCHEME.matcher(target).find() || target.startsWith("//")) return;
        int hash = target.indexOf('#');
        String file = hash < 0 ? target : target.substring(0, hash);
        String fragment = hash < 0 ? "" : decode(target.substring(hash + 1));
        int query = file.indexOf('?');
        if (query >= 0) file = file.substring(0, query);
        file = decode(file);
        String resolved;
        if (file.isEmpty()) {
            resolved = path;
        } else {
            Path parent = Path.of(path).getParent();
            Path rel = (parent == null ? Path.of(file) : parent.resolve(file)).normalize();
            resolved = rel.toString().replace('\\', '/');
            if (!byPath.containsKey(resolved) && !Files.exists(root.resolve(rel))) {
                problems.add(new Problem(path, line, what + " to `" + url + "`: no such file"
                        + (resolved.startsWith("..") ? " (outside the library)" : " in the library")));
                return;
            }
        }
        if (!resolved.equals(path)) linkedTo.add(resolved);
        if (fragment.isEmpty()) return;
        LibraryCheck.Parsed target2 = byPath.get(resolved);
        if (target2 == null) return; // not Markdown we read: its fragments mean something else
        Set<String> known = anchorsOf(target2);
        if (!known.contains(fragment)) {
            String near = nearest(fragment, known);
            problems.add(new Problem(path, line, what + " to `" + url + "`: " + resolved + " has no heading with anchor `"
                    + fragment + "`" + (near == null ? "" : " (did you mean `#" + near + "`?)")));
        }
    }

    /** Whether a link from another file of the library reached this path (after {@link #check}). */
    boolean linkedFromElsewhere(String path) {
        return linkedTo.contains(path);
    }

    private Set<String> anchorsOf(LibraryCheck.Parsed p) {
        return anchors.computeIfAbsent(p.file().path(), k -> {
            Set<String> s = new LinkedHashSet<>();
            for (Section sec : SectionSplitter.split(p.frontMatter().body())) {
                if (!sec.anchor().isEmpty()) s.add(sec.anchor());
            }
            return s;
        });
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }

    /** The anchor closest to a mistyped one, when it is close enough to be the one meant. */
    private static String nearest(String wanted, Set<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : known) {
            int d = distance(wanted, k);
            if (d < bestDistance) {
                bestDistance = d;
                best = k;
            }
        }
        return bestDistance <= Math.max(2, wanted.length() / 4) ? best : null;
    }

    private static int distance(String a, String b) {
        return dev.lectern.text.EditDistance.between(a, b);
    }
}
