package dev.lectern.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Study-data migrations: appended only, and an older file keeps every row when upgraded. */
class StudySchemaTest {
    @TempDir
    Path dir;

    @Test
    void aVersionOneFileUpgradesKeepingReadEssaysAndSeedingTheReadingLog() throws Exception {
        Path file = dir.resolve("study.db");
        try (Connection c = Database.open(file, Schemas.STUDY.subList(0, 1), true); Statement s = c.createStatement()) {
            s.execute("INSERT INTO essay_state (library, slug, read_at) VALUES ('lib', 'softmax', '2026-11-01T10:00:00Z')");
            s.execute("INSERT INTO essay_state (library, slug, position_block) VALUES ('lib', 'rope', 4)");
        }
        try (Connection c = Database.open(file, Schemas.STUDY, true)) {
            assertEquals(Schemas.STUDY.get(Schemas.STUDY.size() - 1).version(), Database.userVersion(c));
            StudyTables t = new StudyTables(c);
            assertEquals(2, t.allStates().size());
            assertEquals(List.of(new StudyTables.ReadRow("lib", "softmax", "2026-11-01T10:00:00Z")), t.readLog("lib"));
        }
    }

    @Test
    void migrationVersionsCountUpFromOne() {
        for (int i = 0; i < Schemas.STUDY.size(); i++) assertEquals(i + 1, Schemas.STUDY.get(i).version());
    }
}
