package dev.lectern.markdown.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MathExtensionTest {
    private static final Parser PARSER = Parser.builder(new MutableDataSet().set(Parser.EXTENSIONS, List.of(
            MathExtension.create(), TablesExtension.create(), StrikethroughExtension.create(),
            TaskListExtension.create(), FootnoteExtension.create(), AutolinkExtension.create()))).build();

    private static Node parse(String markdown) {
        return PARSER.parse(markdown);
    }

    private static <T extends Node> List<T> all(Node root, Class<T> type) {
        List<T> found = new ArrayList<>();
        for (Node node : root.getDescendants()) {
            if (type.isInstance(node)) found.add(type.cast(node));
        }
        return found;
    }

    private static List<String> inlineLatex(String markdown) {
        return all(parse(markdown), InlineMath.class).stream().map(InlineMath::latex).toList();
    }

    private static String text(Node node) {
        return new TextCollectingVisitor().collectAndGetText(node);
    }

    @Test
    void simpleInlineMath() {
        assertEquals(List.of("x^2", "\\alpha + \\beta"), inlineLatex("Let $x^2$ and $\\alpha + \\beta$ be."));
    }

    @Test
    void pricesAreNotMath() {
        Node doc = parse("It costs $200 and $300, or $5.");
        assertTrue(all(doc, InlineMath.class).isEmpty());
        assertEquals("It costs $200 and $300, or $5.", text(doc).strip());
        assertTrue(inlineLatex("$20 at the start of a line, then $x$").equals(List.of("x")));
    }

    @Test
    void dollarNeedsNonSpaceInsideAndNoDigitAfterClose() {
        assertTrue(inlineLatex("a $ b$ c").isEmpty());
        assertTrue(inlineLatex("a $b $ c").isEmpty());
        assertTrue(inlineLatex("from $a$5 on").isEmpty());
        assertEquals(List.of("x"), inlineLatex("($x$)"));
    }

    @Test
    void escapedDollarIsLiteral() {
        Node doc = parse("Pay \\$x$ now and $\\$5$ later");
        assertEquals(List.of("\\$5"), all(doc, InlineMath.class).stream().map(InlineMath::latex).toList());
        assertTrue(text(doc).startsWith("Pay $x$ now"));
    }

    @Test
    void inlineMathInsideEmphasis() {
        Node doc = parse("*see $x_1 * y_2$ here*");
        List<Emphasis> emphasis = all(doc, Emphasis.class);
        assertEquals(1, emphasis.size());
        List<InlineMath> math = all(emphasis.get(0), InlineMath.class);
        assertEquals(1, math.size());
        assertEquals("x_1 * y_2", math.get(0).latex());
    }

    @Test
    void codeSpansKeepDollars() {
        Node doc = parse("`$x$` and $y$ and `a $b` $c$");
        assertEquals(List.of("$x$", "a $b"), all(doc, Code.class).stream().map(c -> c.getText().toString()).toList());
        assertEquals(List.of("y", "c"), all(doc, InlineMath.class).stream().map(InlineMath::latex).toList());
    }

    @Test
    void doubleDollarInsideParagraphIsDisplayStyleInline() {
        List<InlineMath> math = all(parse("see $$a+b$$ here"), InlineMath.class);
        assertEquals(1, math.size());
        assertEquals("a+b", math.get(0).latex());
        assertTrue(math.get(0).isDisplayStyle());
    }

    @Test
    void displayMathAcrossLines() {
        Node doc = parse("Before\n\n$$\na + b\n  = c\n$$\n\nAfter\n");
        List<DisplayMath> blocks = all(doc, DisplayMath.class);
        assertEquals(1, blocks.size());
        assertEquals("a + b\n  = c", blocks.get(0).latex());
        assertEquals(2, all(doc, Paragraph.class).size());
    }

    @Test
    void displayMathOnOneLine() {
        List<DisplayMath> blocks = all(parse("$$ x^2 + y^2 $$\n"), DisplayMath.class);
        assertEquals(1, blocks.size());
        assertEquals("x^2 + y^2", blocks.get(0).latex());
    }

    @Test
    void displayMathWithTextOnMarkerLines() {
        List<DisplayMath> blocks = all(parse("$$ a = b\n+ c $$\n"), DisplayMath.class);
        assertEquals(1, blocks.size());
        assertEquals("a = b\n+ c", blocks.get(0).latex());
    }

    @Test
    void displayMathInterruptsParagraph() {
        Node doc = parse("The formula\n$$\nx\n$$\nends.");
        assertEquals(List.of("x"), all(doc, DisplayMath.class).stream().map(DisplayMath::latex).toList());
    }

    @Test
    void displayMathInListItems() {
        Node doc = parse("- first $a$\n- second\n\n  $$\n  \\sum_i x_i\n  $$\n- third\n");
        List<DisplayMath> blocks = all(doc, DisplayMath.class);
        assertEquals(1, blocks.size());
        assertEquals("\\sum_i x_i", blocks.get(0).latex());
        assertInstanceOf(ListItem.class, blocks.get(0).getParent());
        assertEquals(3, all(doc, ListItem.class).size());
        assertEquals(List.of("a"), all(doc, InlineMath.class).stream().map(InlineMath::latex).toList());
    }

    @Test
    void displayMathInBlockQuote() {
        Node doc = parse("> quoted\n>\n> $$\n> E = mc^2\n> $$\n");
        List<DisplayMath> blocks = all(doc, DisplayMath.class);
        assertEquals(1, blocks.size());
        assertEquals("E = mc^2", blocks.get(0).latex());
        assertInstanceOf(BlockQuote.class, blocks.get(0).getParent());
    }

    @Test
    void unclosedDisplayMathIsAParagraph() {
        Node doc = parse("$$\nx + y\n\nLater text\n");
        assertTrue(all(doc, DisplayMath.class).isEmpty());
        assertEquals(2, all(doc, Paragraph.class).size());
        assertTrue(text(doc).contains("$$"));
    }

    @Test
    void unclosedAtEndOfDocumentDoesNotCrash() {
        assertTrue(all(parse("$$"), DisplayMath.class).isEmpty());
        assertTrue(all(parse("$$\n"), DisplayMath.class).isEmpty());
        assertTrue(all(parse("text $"), InlineMath.class).isEmpty());
        assertTrue(all(parse("$$$$"), DisplayMath.class).isEmpty());
        assertFalse(text(parse("a $$ b")).isEmpty());
    }
}
