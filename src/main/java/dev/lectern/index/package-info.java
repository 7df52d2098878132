/**
 * The search index: an incremental indexer that notices added, changed and removed files by 
 * size, time and content hash; a parser for the user's query syntax; the translation into a 
 * quoted FTS5 expression so that no user text is read as FTS5 syntax; ranked search with 
 * snippets, and suggestions when nothing matches.
 */
package dev.lectern.index;
