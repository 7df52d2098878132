/**
 * SQLite plumbing shared by the index and the study data: file locations by the XDG rules, 
 * connections with WAL and a busy timeout, ordered migrations under PRAGMA user_version, and 
 * every SQL statement lectern runs (IndexTables; StudyTables, CardTables and NoteTables for study data, StudyMerge for import).
 * The index is a cache that may be deleted at any time (IndexFile rebuilds it, or falls back to one in memory); study data is
 * never dropped: StudyFile refuses a damaged, read-only or misplaced study file before writing to it, and renames it only when
 * the user asks. Transactions begin IMMEDIATE and are retried whole when SQLite answers BUSY (Busy).
 */
package dev.lectern.store;
