/**
 * Runnable snippets: finding them in an essay ({@link dev.lectern.run.Snippets}), the languages
 * they may be written in ({@link dev.lectern.run.Language}), and running one in isolation
 * ({@link dev.lectern.run.SnippetRunner}): a fresh temporary directory, standard input closed, a
 * minimal environment, a time limit, an output cap, and the whole process tree killed at the end.
 * A snippet is the author's code, not the reader's: the runner contains it, it does not sandbox
 * it, so snippets from a library you do not trust should not be run.
 */
package dev.lectern.run;
