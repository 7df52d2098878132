/**
 * {@code lectern serve}: the full-screen reader behind an SSH port, for many readers in one
 * process. Apache MINA SSHD does the protocol (this is the only package that imports it); a
 * reader is known by their public key, whose SHA-256 fingerprint names the folder of their own
 * study data, while the library and its index are opened once and shared
 * ({@link dev.lectern.app.LibraryIndex}). A connection may open one thing, a PTY shell running
 * the reader; exec, subsystems (sftp), forwarding, agent and X11 are refused.
 */
package dev.lectern.ssh;
