package org.grantwise.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.grantwise.it.support.TestEnv;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The officers' queue with 100,000 submitted applications. Not part of {@code ./mvnw verify} (the
 * name does not end in IT); run it alone:
 *
 * <pre>./mvnw -B verify -Dit.test=QueueBenchmark -Dsurefire.failIfNoSpecifiedTests=false</pre>
 *
 * <p>Loads the data with {@code generate_series} into the test database, then for each scenario
 * requests the real queue page as manager1 (through Faces, the service and the repository) and,
 * with PostgreSQL's statement log switched on, reads how long each SQL statement the repository
 * issued took in the database. Prints p50/p95 of the page and of the two statements (the page of
 * rows and the count), and the query plan of each statement as issued (its parameters filled in).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class QueueBenchmark {

  private static final int WARM_UP = 3;
  private static final int RUNS = Integer.getInteger("bench.runs", 20);
  private static final Path POSTGRES_LOG =
      Path.of(System.getProperty("grantwise.it.pglog", "../.grantwise/test/logs/postgres.log"));

  /** Scenario name → the queue page's query string. */
  private static final Map<String, String> SCENARIOS = new LinkedHashMap<>();

  static {
    SCENARIOS.put("first page (newest submitted first)", "sort=SUBMITTED&desc=true");
    SCENARIOS.put("first page (default sort)", "");
    SCENARIOS.put("filter status+theme", "status=SUBMITTED&theme=TRAINING_UPSKILLING");
    SCENARIOS.put("filter model+amount range", "model=PROGRESSION&min=20000&max=40000");
    SCENARIOS.put("filter area", "area=glasgow");
    SCENARIOS.put("filter assigned officer", "officer=officer3");
    SCENARIOS.put("sort by organisation desc", "sort=ORGANISATION&desc=true");
    SCENARIOS.put("sort by title", "sort=TITLE");
    SCENARIOS.put("sort by requested desc", "sort=REQUESTED&desc=true");
    SCENARIOS.put("search reference", "search=GW-2025-054321");
    SCENARIOS.put("search title word", "search=allotment+garden");
    SCENARIOS.put("search organisation", "search=food+bank+0040");
    SCENARIOS.put("last page (offset 99,975)", "page=3999");
  }

  private static final Pattern EXECUTE =
      Pattern.compile("duration: ([0-9.]+) ms\\s+execute [^:]*: (.*)$");
  private static final Pattern PARAMETERS = Pattern.compile("DETAIL:\\s+[Pp]arameters: (.*)$");
  private static final Pattern PARAMETER = Pattern.compile("\\$(\\d+) = ('(?:[^']|'')*'|NULL)");

  @Test
  void queueWith100000Applications() throws Exception {
    try (Connection db = connect()) {
      long t0 = System.nanoTime();
      try (InputStream sql = getClass().getResourceAsStream("/bench/queue-100k.sql");
          Statement s = db.createStatement()) {
        s.execute(new String(sql.readAllBytes(), StandardCharsets.UTF_8));
      }
      System.out.printf(
          Locale.ROOT,
          "%nLoaded in %.1f s: %d queue applications (not drafts), %d drafts%n",
          (System.nanoTime() - t0) / 1e9,
          single(db, "select count(*) from grant_application where status <> 'DRAFT'"),
          single(db, "select count(*) from grant_application where status = 'DRAFT'"));
      assertThat(single(db, "select count(*) from grant_application where created_by = 'bench'"))
          .isEqualTo(110_000);

      setStatementLog(db, true);
      String run = Long.toString(System.currentTimeMillis(), 36);
      List<String> report = new ArrayList<>();
      report.add(
          String.format(
              Locale.ROOT,
              "| %-36s | %9s | %14s | %14s | %14s |",
              "scenario (N=" + RUNS + ")",
              "matched",
              "page p50/p95",
              "rows SQL",
              "count SQL"));
      report.add(
          "|" + "-".repeat(38) + "|" + "-".repeat(11) + "|" + ("-".repeat(16) + "|").repeat(3));
      Map<String, List<Executed>> plansToShow = new LinkedHashMap<>();
      for (Map.Entry<String, String> scenario : SCENARIOS.entrySet()) {
        String token = TestEnv.token("manager1");
        String url = TestEnv.APP + "/assessment/queue.xhtml?" + scenario.getValue();
        for (int i = 0; i < WARM_UP; i++) {
          page(url, token);
        }
        // The log is kept across test runs: the marker is unique to this run and scenario.
        String marker = "bench-" + run + "-" + plansToShow.size();
        mark(db, marker + "-start");
        List<Double> pageTimes = new ArrayList<>();
        String lastPage = "";
        for (int i = 0; i < RUNS; i++) {
          long start = System.nanoTime();
          lastPage = page(url, token);
          pageTimes.add((System.nanoTime() - start) / 1e6);
        }
        mark(db, marker + "-end");
        Thread.sleep(300); // let the server log catch up
        List<Executed> statements = statementsBetween(marker + "-start", marker + "-end");
        List<Executed> rows =
            statements.stream()
                .filter(
                    st ->
                        st.sql().contains("from grant_application")
                            && !st.sql().startsWith("select count"))
                .toList();
        List<Executed> counts =
            statements.stream().filter(st -> st.sql().startsWith("select count")).toList();
        Matcher found = Pattern.compile("\\((\\d+) found").matcher(lastPage);
        report.add(
            String.format(
                Locale.ROOT,
                "| %-36s | %9s | %14s | %14s | %14s |",
                scenario.getKey(),
                found.find()
                    ? String.format(Locale.ROOT, "%,d", Long.parseLong(found.group(1)))
                    : "?",
                p50p95(pageTimes),
                p50p95(rows.stream().map(Executed::millis).toList()),
                p50p95(counts.stream().map(Executed::millis).toList())));
        List<Executed> last = new ArrayList<>();
        if (!rows.isEmpty()) {
          last.add(rows.get(rows.size() - 1));
        }
        if (!counts.isEmpty()) {
          last.add(counts.get(counts.size() - 1));
        }
        plansToShow.put(scenario.getKey(), last);
      }
      setStatementLog(db, false);

      System.out.println();
      System.out.println("Query plans of the statements as the repository issued them:");
      for (Map.Entry<String, List<Executed>> e : plansToShow.entrySet()) {
        for (Executed st : e.getValue()) {
          System.out.println();
          System.out.println("== " + e.getKey() + ": " + st.literalSql());
          System.out.println(explain(db, st.literalSql()));
        }
      }
      System.out.println();
      String manager = TestEnv.token("manager1");
      for (String export : List.of("queue.csv", "queue.xlsx")) {
        long start = System.nanoTime();
        HttpResponse<byte[]> file =
            HttpClient.newHttpClient()
                .send(
                    HttpRequest.newBuilder(URI.create(TestEnv.APP + "/assessment/" + export))
                        .header("Authorization", "Bearer " + manager)
                        .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        assertThat(file.statusCode()).isEqualTo(200);
        report.add(
            String.format(
                Locale.ROOT,
                "Export of the whole queue as %s: %.1f s, %,d bytes",
                export,
                (System.nanoTime() - start) / 1e9,
                file.body().length));
      }
      System.out.println("Queue benchmark, milliseconds (page = the whole HTTP request):");
      report.forEach(System.out::println);
      System.out.println();
    }
  }

  /** An executed statement from the PostgreSQL log: its duration, SQL and parameters. */
  record Executed(double millis, String sql, Map<Integer, String> parameters) {
    String literalSql() {
      String text = sql;
      for (int n = parameters.size(); n >= 1; n--) {
        text = text.replace("$" + n, parameters.getOrDefault(n, "NULL"));
      }
      return text;
    }
  }

  private static List<Executed> statementsBetween(String from, String to) throws IOException {
    List<String> lines = Files.readAllLines(POSTGRES_LOG, StandardCharsets.UTF_8);
    List<Executed> statements = new ArrayList<>();
    boolean inside = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.contains("'" + from + "'")) {
        inside = true;
        continue;
      }
      if (line.contains("'" + to + "'")) {
        break;
      }
      Matcher m = EXECUTE.matcher(line);
      if (!inside || !m.find()) {
        continue;
      }
      Map<Integer, String> parameters = new LinkedHashMap<>();
      if (i + 1 < lines.size()) {
        Matcher p = PARAMETERS.matcher(lines.get(i + 1));
        if (p.find()) {
          Matcher each = PARAMETER.matcher(p.group(1));
          while (each.find()) {
            parameters.put(Integer.parseInt(each.group(1)), each.group(2));
          }
        }
      }
      statements.add(new Executed(Double.parseDouble(m.group(1)), m.group(2).trim(), parameters));
    }
    return statements;
  }

  private static String page(String url, String token) throws IOException, InterruptedException {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(url))
                    .header("Authorization", "Bearer " + token)
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(url).isEqualTo(200);
    return response.body();
  }

  private static String p50p95(List<Double> millis) {
    if (millis.isEmpty()) {
      return "-";
    }
    List<Double> sorted = millis.stream().sorted().toList();
    return String.format(
        Locale.ROOT,
        "%.1f / %.1f",
        sorted.get((int) Math.ceil(0.50 * sorted.size()) - 1),
        sorted.get((int) Math.ceil(0.95 * sorted.size()) - 1));
  }

  private static String explain(Connection db, String sql) throws SQLException {
    StringBuilder plan = new StringBuilder();
    try (Statement s = db.createStatement();
        ResultSet r = s.executeQuery("explain (analyze, buffers) " + sql)) {
      while (r.next()) {
        plan.append("   ").append(r.getString(1)).append('\n');
      }
    }
    return plan.toString();
  }

  private static void setStatementLog(Connection db, boolean on) throws SQLException {
    try (Statement s = db.createStatement()) {
      s.execute("alter system set log_min_duration_statement = " + (on ? "0" : "-1"));
      s.execute("select pg_reload_conf()");
    }
  }

  private static void mark(Connection db, String marker) throws SQLException {
    try (var s = db.prepareStatement("select '" + marker + "'")) {
      s.execute();
    }
  }

  private static long single(Connection db, String sql) throws SQLException {
    try (Statement s = db.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }

  private static Connection connect() throws SQLException {
    String url =
        System.getenv()
            .getOrDefault("GRANTWISE_DB_URL", "jdbc:postgresql://127.0.0.1:15433/grantwise");
    return DriverManager.getConnection(
        url,
        System.getenv().getOrDefault("GRANTWISE_DB_USER", "grantwise"),
        System.getenv().getOrDefault("GRANTWISE_DB_PASSWORD", "grantwise-local-demo"));
  }
}
