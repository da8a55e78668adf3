package org.grantwise.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.grantwise.it.support.Faults;
import org.grantwise.it.support.Fixtures;
import org.grantwise.it.support.TestEnv;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A WildFly node is killed with SIGKILL while it imports an outcome-record file, then started
 * again: the project's records are all the old ones (never part of the file), and the import then
 * succeeds. The node is a second server of its own (a copy of the provisioned one, ports +5000), so
 * the suite's shared server is never touched.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ImportKillFaultIT {

  private static final Path PROVISIONED =
      Path.of(System.getProperty("grantwise.it.earServer", "../app-ear/target/server"));
  private static final Path NODE = Path.of("target", "fault-node").toAbsolutePath();
  // Not 20000 or more: the clustering sockets (JGroups from 55200) would pass port 65535.
  private static final int OFFSET = 5_000;
  private static final String NODE_APP = "http://127.0.0.1:" + (8080 + OFFSET);
  private static final String NODE_READY = "http://127.0.0.1:" + (9990 + OFFSET) + "/health/ready";

  /** Marks the node's database sessions, so the test sees its import running. */
  private static final String NAME = "grantwise-fault-node";

  private static final int OLD_ROWS = 300;
  private static final int NEW_ROWS = 60_000;

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private Process node;

  @AfterEach
  void stopTheNode() throws InterruptedException {
    if (node != null) {
      node.descendants().forEach(ProcessHandle::destroy);
      node.destroy();
      if (!node.waitFor(60, TimeUnit.SECONDS)) {
        kill();
      }
    }
  }

  @Test
  void anImportKilledHalfWayLeavesTheOldRecordsAndSucceedsAfterTheRestart() throws Exception {
    String anchor1 = TestEnv.token("anchor1");
    String ref = Fixtures.fundedProject(anchor1);
    String path = "/api/projects/" + ref + "/outcome-records/import";
    HttpResponse<String> old =
        OutcomeImportApiIT.upload(
            TestEnv.APP + path, anchor1, OutcomeImportBenchmark.file(OLD_ROWS));
    assertThat(old.statusCode()).as(old.body()).isEqualTo(200);
    String before = fingerprint(ref);

    copyServer();
    double firstStart = start();
    byte[] file = OutcomeImportBenchmark.file(NEW_ROWS);
    CompletableFuture<HttpResponse<String>> importing =
        HTTP.sendAsync(
            HttpRequest.newBuilder(URI.create(NODE_APP + path))
                .header("Authorization", "Bearer " + anchor1)
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofByteArray(file))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    long writing = waitForTheImportToWrite();
    kill();
    long killedAfterMillis = (System.nanoTime() - writing) / 1_000_000;

    String answer;
    try {
      HttpResponse<String> response = importing.get(30, TimeUnit.SECONDS);
      answer = response.statusCode() + " " + response.body();
      assertThat(response.statusCode())
          .as("no success for an import that was killed")
          .isNotEqualTo(200);
    } catch (java.util.concurrent.ExecutionException e) {
      answer = "no answer (" + e.getCause().getClass().getSimpleName() + ")";
    }
    waitForTheNodesSessionsToEnd();
    String afterKill = fingerprint(ref);
    long countAfterKill = count(ref);
    // All or nothing: the old records exactly as they were, or every record of the file.
    assertThat(countAfterKill).isIn((long) OLD_ROWS, (long) NEW_ROWS);
    if (countAfterKill == OLD_ROWS) {
      assertThat(afterKill).as("the old records unchanged").isEqualTo(before);
    }

    double restart = start();
    HttpResponse<String> again =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(NODE_APP + path))
                .header("Authorization", "Bearer " + TestEnv.token("anchor1"))
                .header("Content-Type", "text/csv")
                .timeout(Duration.ofMinutes(3))
                .POST(HttpRequest.BodyPublishers.ofByteArray(file))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
    int created = TestEnv.object(again.body()).getInt("created");
    int updated = TestEnv.object(again.body()).getInt("updated");
    assertThat(created + updated).isEqualTo(NEW_ROWS);
    assertThat(count(ref)).isEqualTo(NEW_ROWS);
    System.out.printf(
        "%nFAULT SIGKILL during import: second node started in %.1f s; %d-row import killed %d ms"
            + " after its first write was seen; client got: %s; records after the kill %d (old: %d,"
            + " file: %d); node restarted in %.1f s; the import then created %d and updated %d%n",
        firstStart,
        NEW_ROWS,
        killedAfterMillis,
        answer.length() > 120 ? answer.substring(0, 120) : answer,
        countAfterKill,
        OLD_ROWS,
        NEW_ROWS,
        restart,
        created,
        updated);
  }

  private static void copyServer() throws IOException, InterruptedException {
    Process copy =
        new ProcessBuilder(
                "bash",
                "-c",
                "rm -rf \"$1\" && cp -a \"$2\" \"$1\"",
                "copy",
                NODE.toString(),
                PROVISIONED.toAbsolutePath().toString())
            .inheritIO()
            .start();
    assertThat(copy.waitFor()).isZero();
  }

  /** Starts the node and waits until it is ready; answers how long that took, in seconds. */
  private double start() throws Exception {
    long started = System.nanoTime();
    ProcessBuilder builder =
        new ProcessBuilder(
                NODE.resolve("bin/standalone.sh").toString(),
                "-Djboss.socket.binding.port-offset=" + OFFSET,
                "-Djboss.bind.address=127.0.0.1",
                "-Djboss.bind.address.management=127.0.0.1",
                "-Djboss.node.name=fault-node",
                // A session cluster of its own, apart from the test server's and a demo's.
                "-Djboss.default.multicast.address=230.0.10.5")
            .redirectErrorStream(true)
            .redirectOutput(NODE.resolve("console.log").toFile());
    Map<String, String> env = builder.environment();
    Map<String, String> same = new HashMap<>(System.getenv());
    String url =
        same.getOrDefault("GRANTWISE_DB_URL", "jdbc:postgresql://127.0.0.1:15433/grantwise");
    env.put("GRANTWISE_DB_URL", url + (url.contains("?") ? "&" : "?") + "ApplicationName=" + NAME);
    env.put(
        "JAVA_OPTS", "-Xms128m -Xmx768m -Djava.net.preferIPv4Stack=true -Djava.awt.headless=true");
    env.put("LAUNCH_JBOSS_IN_BACKGROUND", "1");
    node = builder.start();
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
    while (System.nanoTime() < deadline) {
      assertThat(node.isAlive()).as("the node runs; see %s", NODE.resolve("console.log")).isTrue();
      try {
        HttpResponse<String> ready =
            HTTP.send(
                HttpRequest.newBuilder(URI.create(NODE_READY))
                    .timeout(Duration.ofSeconds(5))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        if (ready.statusCode() == 200) {
          return (System.nanoTime() - started) / 1e9;
        }
      } catch (IOException notYet) {
        // still starting
      }
      Thread.sleep(500);
    }
    throw new AssertionError("the second node did not become ready in 4 minutes");
  }

  /** SIGKILL to the node's JVM (and its launcher script): no shutdown, no cleanup. */
  private void kill() throws InterruptedException {
    node.descendants().forEach(ProcessHandle::destroyForcibly);
    node.destroyForcibly();
    node.waitFor(30, TimeUnit.SECONDS);
  }

  /** Waits until the node's import is writing outcome records; answers when it was first seen. */
  private static long waitForTheImportToWrite() throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
    try (Connection db = Faults.database();
        PreparedStatement writing =
            db.prepareStatement(
                "SELECT count(*) FROM pg_stat_activity WHERE application_name = ?"
                    + " AND state = 'active' AND query ILIKE '%outcome_record%'"
                    + " AND (query ILIKE 'insert%' OR query ILIKE 'update%')")) {
      writing.setString(1, NAME);
      while (System.nanoTime() < deadline) {
        try (ResultSet rows = writing.executeQuery()) {
          rows.next();
          if (rows.getLong(1) > 0) {
            return System.nanoTime();
          }
        }
        Thread.sleep(20);
      }
    }
    throw new AssertionError("the import never started writing");
  }

  /** PostgreSQL ends the killed node's sessions (and rolls back their work) once it notices. */
  private static void waitForTheNodesSessionsToEnd() throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      if (Faults.count("SELECT count(*) FROM pg_stat_activity WHERE application_name = ?", NAME)
          == 0) {
        return;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("the killed node's database sessions did not end");
  }

  private static long count(String ref) {
    return Faults.count(
        "SELECT count(*) FROM outcome_record r JOIN funded_project p ON p.id = r.project_id"
            + " WHERE p.project_ref = ?",
        ref);
  }

  /** Every record of the project, in one hash: equal hashes, equal records. */
  private static String fingerprint(String ref) throws SQLException {
    try (Connection db = Faults.database();
        PreparedStatement statement =
            db.prepareStatement(
                "SELECT md5(string_agg(r::text, '|' ORDER BY r.id)) FROM outcome_record r"
                    + " JOIN funded_project p ON p.id = r.project_id WHERE p.project_ref = ?")) {
      statement.setString(1, ref);
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        return rows.getString(1);
      }
    }
  }
}
