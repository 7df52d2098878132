package dev.lectern.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SectionSplitterTest {
    @Test
    void splitsAtHeadingsWithGithubAnchors() {
        List<Section> s = SectionSplitter.split("# The *Softmax* Function\n\nintro\n\n## Why divide by `√d_k`?\n\nx\n\n## Intro\n\n## Intro\n");
        assertEquals(List.of("the-softmax-function", "why-divide-by-d_k", "intro", "intro-1"),
                s.stream().map(Section::anchor).toList());
        assertEquals("Why divide by √d_k?", s.get(1).heading());
    }

    @Test
    void hashesInsideCodeFencesAreNotHeadings() {
        List<Section> s = SectionSplitter.split("# A\n\n```python\n# a comment\n```\n\n## B\n");
        assertEquals(List.of("a", "b"), s.stream().map(Section::anchor).toList());
    }

    @Test
    void setextHeadingsAreHeadings() {
        List<Section> s = SectionSplitter.split("Title\n=====\n\ntext\n\nPart two\n--------\n\nmore\n");
        assertEquals(List.of("title", "part-two"), s.stream().map(Section::anchor).toList());
        assertEquals(1, s.get(0).level());
        assertEquals(2, s.get(1).level());
    }

    @Test
    void anchorsFollowGithubForPunctuationAndCase() {
        assertEquals("whats-new-in-c-20", Anchors.slug(HeadingText.plain("What's New in C++ 20?")));
        assertEquals("top-k--top-p", Anchors.slug(HeadingText.plain("Top-k & top-p")));
        assertEquals("rlhf-and-dpo", Anchors.slug(HeadingText.plain("[RLHF](x.md) and **DPO**")));
    }
}
