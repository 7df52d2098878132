/**
 * The application core that the command line, the full-screen reader and the SSH server all
 * stand on: where the library is ({@link dev.lectern.app.LibraryLocation}), the library with
 * its index kept fresh ({@link dev.lectern.app.LibraryIndex}, safe to share between readers),
 * and one reader's session over it with that reader's study data
 * ({@link dev.lectern.app.Session}). It uses {@code content}, {@code index}, {@code store} and
 * {@code study}, and knows nothing of {@code cli}, {@code tui} or {@code ssh}.
 */
package dev.lectern.app;
