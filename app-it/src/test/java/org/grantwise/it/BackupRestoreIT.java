package org.grantwise.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.grantwise.it.support.Fixtures;
import org.grantwise.it.support.TestDatabase;
import org.grantwise.it.support.TestEnv;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The documented backup and restore ({@code ./grantwise backup} and {@code restore}) against the
 * test PostgreSQL while the application runs: every table's row count and a checksum of its content
 * (and every sequence's position) are the same in a database restored from the backup as in the
 * database backed up, the restored database's triggers still guard the audit trail, a restore swaps
 * databases only when nobody is connected, and never touches the live one otherwise.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BackupRestoreIT {

  private static final Path SCRIPT =
      Path.of(System.getProperty("grantwise.it.script", "../grantwise")).toAbsolutePath();
  private static final String COPY = "gw_backup_check";
  private static final String SWAPPED = "gw_backup_swap";

  @AfterAll
  static void dropCopies() throws SQLException {
    for (String db : databases("gw_backup_%")) {
      TestDatabase.drop(db);
    }
  }

  @Test
  void aRestoredBackupHoldsEveryRowOfEveryTable() throws Exception {
    applicationsOutcomeRecordsAndAuditRows();
    Path dir = Files.createDirectories(Path.of("target", "backup-it"));
    Path file = dir.resolve("grantwise-" + System.currentTimeMillis() + ".dump");

    // The application keeps running (the e-mail job writes every few seconds): back up when the
    // database is quiet, and take a snapshot before and after so the backup is known to match it.
    Map<String, String> source = null;
    for (int attempt = 0; attempt < 3 && source == null; attempt++) {
      Files.deleteIfExists(file);
      waitForNoPendingEmail();
      Map<String, String> before = snapshot(TestDatabase.APPLICATION_DB);
      Result backup = run("backup", file.toString(), "--port", port(), "--db", "grantwise");
      assertThat(backup.exit).as(backup.output).isZero();
      Map<String, String> after = snapshot(TestDatabase.APPLICATION_DB);
      if (before.equals(after)) {
        source = before;
      }
    }
    assertThat(source).as("the database kept changing during the backup").isNotNull();
    assertThat(Files.size(file)).isPositive();
    assertThat(source)
        .as("tables with rows that the backup must carry")
        .hasEntrySatisfying("table grant_application", v -> assertThat(v).doesNotStartWith("0:"))
        .hasEntrySatisfying("table outcome_record", v -> assertThat(v).doesNotStartWith("0:"))
        .hasEntrySatisfying("table audit_log", v -> assertThat(v).doesNotStartWith("0:"))
        .hasEntrySatisfying(
            "table application_document_content", v -> assertThat(v).doesNotStartWith("0:"))
        .containsKey("table flyway_schema_history");

    // Into a fresh database beside the live one.
    TestDatabase.drop(COPY);
    Result restored = run("restore", file.toString(), "--as", COPY, "--port", port());
    assertThat(restored.exit).as(restored.output).isZero();
    assertThat(snapshot(COPY)).isEqualTo(source);

    // The restored database works like the original: its audit triggers log a change, and the
    // log still refuses to be rewritten.
    try (Connection c = TestDatabase.connect(COPY);
        Statement s = c.createStatement()) {
      long logged = count(s, "SELECT count(*) FROM audit_log");
      s.executeUpdate(
          "UPDATE grant_application SET title = title || ' (restored)'"
              + " WHERE id = (SELECT min(id) FROM grant_application)");
      assertThat(count(s, "SELECT count(*) FROM audit_log")).isEqualTo(logged + 1);
      assertThatThrownBy(() -> s.executeUpdate("DELETE FROM audit_log"))
          .hasMessageContaining("append-only");
      assertThat(count(s, "SELECT count(*) FROM pg_extension WHERE extname = 'pg_trgm'"))
          .isEqualTo(1);
    }
  }

  @Test
  void aRestoreReplacesADatabaseNobodyUsesAndKeepsTheOldOne() throws Exception {
    Path file = Files.createDirectories(Path.of("target", "backup-it")).resolve("swap.dump");
    Files.deleteIfExists(file);
    assertThat(run("backup", file.toString(), "--port", port(), "--db", "grantwise").exit).isZero();
    Map<String, String> backedUp = snapshot(restoreAs(file, "gw_backup_reference"));

    TestDatabase.recreate(SWAPPED);
    try (Connection c = TestDatabase.connect(SWAPPED);
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE before_the_restore (x int)");
    }
    Result swapped = run("restore", file.toString(), "--port", port(), "--db", SWAPPED);
    assertThat(swapped.exit).as(swapped.output).isZero();
    assertThat(swapped.output).contains("kept as " + SWAPPED + "_before_restore_");
    assertThat(snapshot(SWAPPED)).isEqualTo(backedUp);
    List<String> kept = databases(SWAPPED + "_before_restore_%");
    assertThat(kept).hasSize(1);
    try (Connection c = TestDatabase.connect(kept.get(0));
        Statement s = c.createStatement()) {
      assertThat(count(s, "SELECT count(*) FROM before_the_restore")).isZero();
    }
  }

  @Test
  void aRestoreOverTheDatabaseTheApplicationUsesIsRefusedAndChangesNothing() throws Exception {
    Path file = Files.createDirectories(Path.of("target", "backup-it")).resolve("refused.dump");
    Files.deleteIfExists(file);
    assertThat(run("backup", file.toString(), "--port", port(), "--db", "grantwise").exit).isZero();
    Result refused = run("restore", file.toString(), "--port", port(), "--db", "grantwise");
    assertThat(refused.exit).isNotZero();
    assertThat(refused.output).contains("open connection", "stop the application first");
    assertThat(databases("grantwise%")).containsExactly("grantwise");
    assertThat(TestEnv.get(TestEnv.APP + "/api/me", TestEnv.token("anchor1")).statusCode())
        .isEqualTo(200);

    Result notABackup =
        run("restore", SCRIPT.toString(), "--as", "gw_backup_never", "--port", port());
    assertThat(notABackup.exit).isNotZero();
    assertThat(notABackup.output).contains("is not a backup");
    assertThat(databases("gw_backup_never")).isEmpty();
  }

  // --- data ------------------------------------------------------------------------------------

  /** An awarded application with documents, outcome records on its project, and so audit rows. */
  private static void applicationsOutcomeRecordsAndAuditRows() {
    String anchor1 = TestEnv.token("anchor1");
    String project = Fixtures.fundedProject(anchor1);
    String records =
        "["
            + Fixtures.outcomeRecord(
                "BK-1", "BASELINE", "2026-02-01", "\"contexts\": [\"MADE_WELCOME\"]")
            + ","
            + Fixtures.outcomeRecord("BK-2", "BASELINE", "2026-02-01", "\"mechanisms\": []")
            + ","
            + Fixtures.outcomeRecord(
                "BK-1", "EXIT", "2026-06-01", "\"shortTermOutcomes\": [\"LIFE_CHANGING\"]")
            + "]";
    HttpResponse<String> posted = TestEnv.post(Fixtures.recordsOf(project), anchor1, records);
    assertThat(posted.statusCode()).as(posted.body()).isEqualTo(200);
    Fixtures.draftApplication(anchor1, Fixtures.completeForm());
  }

  // --- helpers ---------------------------------------------------------------------------------

  /**
   * Per table "rows:md5 of every row as text, in order"; per sequence its last value; the schema
   * version.
   */
  private static Map<String, String> snapshot(String database) throws SQLException {
    Map<String, String> snapshot = new TreeMap<>();
    try (Connection c = TestDatabase.connect(database);
        Statement s = c.createStatement()) {
      List<String> tables = new ArrayList<>();
      try (ResultSet rs =
          s.executeQuery("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")) {
        while (rs.next()) {
          tables.add(rs.getString(1));
        }
      }
      for (String table : tables) {
        try (ResultSet rs =
            s.executeQuery(
                "SELECT count(*), md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), ''))"
                    + " FROM \""
                    + table
                    + "\" t")) {
          rs.next();
          snapshot.put("table " + table, rs.getLong(1) + ":" + rs.getString(2));
        }
      }
      try (ResultSet rs =
          s.executeQuery(
              "SELECT sequencename, last_value FROM pg_sequences WHERE schemaname = 'public'")) {
        while (rs.next()) {
          snapshot.put("sequence " + rs.getString(1), String.valueOf(rs.getObject(2)));
        }
      }
      try (ResultSet rs =
          s.executeQuery(
              "SELECT count(*) FROM pg_trigger WHERE NOT tgisinternal"
                  + " UNION ALL SELECT count(*) FROM pg_indexes WHERE schemaname = 'public'")) {
        rs.next();
        snapshot.put("triggers", rs.getString(1));
        rs.next();
        snapshot.put("indexes", rs.getString(1));
      }
    }
    assertThat(snapshot).as("tables in %s", database).containsKey("table grant_application");
    return snapshot;
  }

  private static String restoreAs(Path file, String database) throws Exception {
    TestDatabase.drop(database);
    Result restored = run("restore", file.toString(), "--as", database, "--port", port());
    assertThat(restored.exit).as(restored.output).isZero();
    return database;
  }

  private static void waitForNoPendingEmail() throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    try (Connection c = TestDatabase.connect(TestDatabase.APPLICATION_DB);
        Statement s = c.createStatement()) {
      while (count(s, "SELECT count(*) FROM notification WHERE email_state = 'PENDING'") > 0) {
        assertThat(System.nanoTime()).as("e-mails still pending after 60 s").isLessThan(deadline);
        Thread.sleep(500);
      }
    }
    Thread.sleep(1000); // a send that had claimed the last ones commits
  }

  private static long count(Statement s, String sql) throws SQLException {
    try (ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static List<String> databases(String like) throws SQLException {
    List<String> names = new ArrayList<>();
    try (Connection c = TestDatabase.connect("postgres");
        PreparedStatement s =
            c.prepareStatement("SELECT datname FROM pg_database WHERE datname LIKE ? ORDER BY 1")) {
      s.setString(1, like);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          names.add(rs.getString(1));
        }
      }
    }
    return names;
  }

  private static String port() {
    return String.valueOf(TestDatabase.PORT);
  }

  private record Result(int exit, String output) {}

  private static Result run(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("bash", SCRIPT.toString()));
    command.addAll(List.of(args));
    Path log = Files.createTempFile("grantwise-script", ".log");
    Process process =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!process.waitFor(180, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("./grantwise " + String.join(" ", args) + " took over 3 minutes");
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);
    Files.delete(log);
    return new Result(process.exitValue(), output);
  }
}
