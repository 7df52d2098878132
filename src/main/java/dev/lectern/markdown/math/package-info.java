/**
 * Dollar math for flexmark: {@link dev.lectern.markdown.math.MathExtension} teaches the parser
 * {@code $…$} as {@link dev.lectern.markdown.math.InlineMath} and {@code $$…$$} on lines of
 * their own as the block {@link dev.lectern.markdown.math.DisplayMath}. Both nodes only carry
 * the TeX source; turning it into text is the job of {@code dev.lectern.render.math}. Prices
 * such as {@code $200}, escaped {@code \$} and dollars in code spans stay literal text.
 */
package dev.lectern.markdown.math;
