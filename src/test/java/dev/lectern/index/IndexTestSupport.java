package dev.lectern.index;

import dev.lectern.content.Library;
import dev.lectern.content.LibraryLayout;
import dev.lectern.content.LibraryLoader;
import dev.lectern.store.Database;
import dev.lectern.store.IndexTables;
import dev.lectern.store.Schemas;
import java.nio.file.Path;
import java.sql.Connection;

/** An index over a library folder, opened on a temporary file. */
final class IndexTestSupport implements AutoCloseable {
    final Connection connection;
    final IndexTables tables;
    final Path root;

    IndexTestSupport(Path root, Path indexFile) throws Exception {
        this.root = root;
        this.connection = Database.open(indexFile, Schemas.INDEX, false);
        this.tables = new IndexTables(connection);
    }

    IndexReport update() throws Exception {
        return new Indexer(tables).update(LibraryLayout.scan(root), null);
    }

    Searcher searcher() throws Exception {
        Library lib = LibraryLoader.load(root);
        return new Searcher(tables, lib);
    }

    @Override
    public void close() throws Exception {
        connection.close();
    }
}
