package dev.lectern.store;

import java.util.List;

/**
 * One step of a schema: the statements that take a database from {@code version - 1} to
 * {@code version}. Applied in one transaction together with {@code PRAGMA user_version}.
 */
public record Migration(int version, String description, List<String> statements) {
    public Migration {
        statements = List.copyOf(statements);
    }
}
