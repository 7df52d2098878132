/**
 * Diagram fences drawn as box-drawing text for a terminal width: {@code mermaid} flowcharts (a
 * subset: {@code graph}/{@code flowchart} TD, LR, BT, RL; box, round, circle and decision nodes;
 * solid, open, dotted and thick edges with labels; cycles routed round the side) laid out in
 * layers, and {@code cells}, a small language of labelled rows of boxed cells with column
 * headers and ▲ pointers, for arrays, stacks, KV caches and attention masks:
 * <pre>
 * title: KV cache after 3 tokens, one layer
 * cols: t0 | t1 | t2 | t3
 * keys: k0 | k1 | k2 | _
 * values: v0 | v1 | v2 | _
 * ^ 3 next write
 * </pre>
 * ({@code label: a | b} is a row, {@code | a | b} a row without label, {@code _} an empty cell,
 * {@code ^ i note} a pointer under cell i of the row above, {@code #} a comment, a blank line a
 * new block; see {@link dev.lectern.diagram.CellsParser}.) {@link dev.lectern.diagram.Diagrams}
 * is the entry point; it never throws, and shows anything it cannot draw as source with a note.
 * Output is plain lines; styling is the renderer's business.
 */
package dev.lectern.diagram;
