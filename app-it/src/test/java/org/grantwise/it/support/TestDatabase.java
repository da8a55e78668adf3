package org.grantwise.it.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Direct JDBC access to the test PostgreSQL (port 15433), for tests about the database itself:
 * backups and migrations. They work in databases of their own on the same server, next to the
 * application's.
 */
public final class TestDatabase {

  public static final String HOST = "127.0.0.1";
  public static final int PORT = Integer.getInteger("grantwise.it.pgPort", 15433);
  public static final String APPLICATION_DB = "grantwise";
  public static final String USER = "grantwise";
  public static final String PASSWORD = "grantwise-local-demo"; // local test credential

  private TestDatabase() {}

  public static String url(String database) {
    return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + database;
  }

  public static Connection connect(String database) throws SQLException {
    return DriverManager.getConnection(url(database), USER, PASSWORD);
  }

  /** Drops the database if it is there, then creates it empty. */
  public static void recreate(String database) throws SQLException {
    drop(database);
    try (Connection c = connect("postgres");
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + database);
    }
  }

  public static void drop(String database) throws SQLException {
    try (Connection c = connect("postgres");
        Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
    }
  }
}
