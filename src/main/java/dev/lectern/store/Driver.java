package dev.lectern.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;

/**
 * Connections straight from sqlite-jdbc. {@code DriverManager} would find the same driver, but
 * its first call scans the class path for every JDBC driver there is, a cost paid at the start of
 * each command; lectern has one driver.
 */
final class Driver {
    private Driver() {
    }

    static Connection connect(String url, Properties props) throws SQLException {
        return org.sqlite.JDBC.createConnection(url, props);
    }
}
