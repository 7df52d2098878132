/**
 * The command line: one picocli class per command, each returning its exit code; output through 
 * Out, which prints styled lines on a terminal, plain text when piped or with NO_COLOR, and JSON 
 * with --json. Command classes stay free of heavy types so that picocli's start-up reflection 
 * stays cheap.
 */
package dev.lectern.cli;
