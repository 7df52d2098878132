/**
 * TeX math to terminal text. {@link dev.lectern.render.math.MathRenderer} is the only public
 * type: it tokenizes a formula ({@code Tokenizer}), parses it into a small tree of
 * {@code MathNode}s ({@code MathParser}, with the command table in {@code Symbols}), and lays
 * the tree out either on one line ({@code InlineLayout}) or as a two-dimensional block of
 * lines ({@code DisplayLayout} over {@code Box}), with Unicode where the terminal can show it
 * and a readable ASCII form where it cannot. Nothing in here throws on bad input: unknown
 * commands are shown as written and unbalanced braces are tolerated.
 */
package dev.lectern.render.math;
