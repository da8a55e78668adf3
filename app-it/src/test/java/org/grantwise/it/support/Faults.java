package org.grantwise.it.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;

/**
 * Faults for the fault tests: stops and starts parts of the test environment through {@code
 * ./grantwise test-env ...}, and reads the test database directly to check what was stored.
 */
public final class Faults {

  public static final Path SCRIPT =
      Path.of(System.getProperty("grantwise.it.script", "../grantwise"));

  private Faults() {}

  /** Runs {@code ./grantwise test-env <command>}; answers how long it took, in seconds. */
  public static double testEnv(String command) {
    long start = System.nanoTime();
    try {
      Process process =
          new ProcessBuilder(SCRIPT.toString(), "test-env", command)
              .redirectErrorStream(true)
              .start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
        throw new IllegalStateException("grantwise test-env " + command + " failed: " + output);
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    return (System.nanoTime() - start) / 1e9;
  }

  /** A connection to the test database, as the application's user. */
  public static Connection database() throws SQLException {
    return DriverManager.getConnection(
        System.getenv()
            .getOrDefault("GRANTWISE_DB_URL", "jdbc:postgresql://127.0.0.1:15433/grantwise"),
        System.getenv().getOrDefault("GRANTWISE_DB_USER", "grantwise"),
        System.getenv().getOrDefault("GRANTWISE_DB_PASSWORD", "grantwise-local-demo"));
  }

  /** The first column of the first row of a query with parameters. */
  public static long count(String sql, Object... parameters) {
    try (Connection db = database();
        PreparedStatement statement = db.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The response body shows nothing internal: no stack trace, exception name or SQL. */
  public static boolean leaksNothing(String body) {
    String lower = body.toLowerCase();
    return !lower.contains("exception")
        && !lower.contains("at org.")
        && !lower.contains("at java.")
        && !lower.contains("sqlstate")
        && !lower.contains("postgres")
        && !lower.contains("insert into")
        && !lower.contains("select ");
  }
}
