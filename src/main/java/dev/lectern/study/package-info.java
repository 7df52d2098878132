/**
 * What lectern remembers about a reader: which essays are read and where the reader is in each, 
 * keyed by library id and slug (and the slug's aliases) so that progress survives a rebuilt 
 * index and a renamed essay.
 */
package dev.lectern.study;
