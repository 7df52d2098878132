/**
 * SQLite plumbing shared by the index and the study data: file locations by the XDG rules, 
 * connections with WAL and a busy timeout, ordered migrations under PRAGMA user_version, and 
 * every SQL statement lectern runs (IndexTables; StudyTables, CardTables and NoteTables for study data). The index is a cache that may be 
 * deleted at any time; study data is never dropped.
 */
package dev.lectern.store;
