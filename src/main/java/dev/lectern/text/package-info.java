/**
 * The styled-text model every printer shares: roles, styles, spans and lines, with display 
 * widths that are right for wide and combining characters, grapheme-safe cutting, and the theme 
 * that maps roles to colours. Nothing here writes to a terminal except AnsiWriter, which turns 
 * lines into escape codes for the CLI.
 */
package dev.lectern.text;
