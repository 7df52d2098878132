package dev.lectern.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Properties;

/** Run in a child JVM by {@link DriverStartTest}: one connection as lectern opens it, then SQLite's version. */
public final class DriverProbe {
    private DriverProbe() {
    }

    public static void main(String[] args) throws Exception {
        Database.warmUpInBackground();
        try (Connection c = Driver.connect("jdbc:sqlite::memory:", new Properties());
             Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT sqlite_version()")) {
            r.next();
            System.out.println("sqlite " + r.getString(1));
        }
    }
}
