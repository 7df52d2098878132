/**
 * Markdown structure that more than the renderer needs: heading anchors by GitHub's rule, the 
 * plain text of inline Markdown, and a fast line-based splitter into sections for the search 
 * index.
 */
package dev.lectern.markdown;
