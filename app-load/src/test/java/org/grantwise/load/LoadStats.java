package org.grantwise.load;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the load test measured: every response's time and status by journey group and request, and
 * every acknowledged save (application, field, marker) for the check against the database after the
 * run. Gatling's own report has the same request times; this class exists to print p50/p95/p99 per
 * journey group and to know exactly which saves the server acknowledged.
 */
final class LoadStats {

  /** Response times in milliseconds and error counts of one group or request. */
  private static final class Series {
    private long[] millis = new long[1024];
    private int size;
    private int errors;

    synchronized void add(long ms, boolean error) {
      if (size == millis.length) {
        millis = Arrays.copyOf(millis, size * 2);
      }
      millis[size++] = ms;
      if (error) {
        errors++;
      }
    }

    synchronized long[] sorted() {
      long[] copy = Arrays.copyOf(millis, size);
      Arrays.sort(copy);
      return copy;
    }

    synchronized int errors() {
      return errors;
    }
  }

  private final Map<String, Series> groups = new ConcurrentHashMap<>();
  private final Map<String, Series> requests = new ConcurrentHashMap<>();
  private final BufferedWriter saves;
  private int acknowledged;

  LoadStats(Path savesFile) {
    try {
      Files.createDirectories(savesFile.getParent());
      saves = Files.newBufferedWriter(savesFile, StandardCharsets.UTF_8);
      saves.write("seq,kind,application_id,field,marker\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One response: group is "applicant page", "officer API", ...; the request's own name. */
  void response(String group, String request, long millis, int status) {
    boolean error = status >= 400 || status == 0;
    groups.computeIfAbsent(group, g -> new Series()).add(millis, error);
    requests.computeIfAbsent(group + ": " + request, r -> new Series()).add(millis, error);
  }

  /**
   * A save the server acknowledged (2xx): kind is "application" or "assessment:officerN", field the
   * form field (or assessment column) that holds the marker.
   */
  synchronized void saved(String kind, long applicationId, String field, String marker) {
    try {
      acknowledged++;
      saves.write(
          acknowledged + "," + kind + "," + applicationId + "," + field + "," + marker + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  synchronized int acknowledged() {
    return acknowledged;
  }

  synchronized void close() {
    try {
      saves.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The table the run prints: per group, the application overall, then per request. */
  String report() {
    StringBuilder out = new StringBuilder();
    String header =
        String.format(
            Locale.ROOT,
            "%-52s %8s %7s %7s %7s %7s %7s%n",
            "",
            "requests",
            "errors",
            "p50 ms",
            "p95 ms",
            "p99 ms",
            "max ms");
    out.append(header);
    Map<String, Series> sortedGroups = new TreeMap<>(groups);
    List<long[]> application = new ArrayList<>();
    int applicationErrors = 0;
    for (Map.Entry<String, Series> e : sortedGroups.entrySet()) {
      long[] times = e.getValue().sorted();
      out.append(line("group " + e.getKey(), times, e.getValue().errors()));
      if (!e.getKey().startsWith("keycloak")) {
        application.add(times);
        applicationErrors += e.getValue().errors();
      }
    }
    long[] all = application.stream().flatMapToLong(Arrays::stream).sorted().toArray();
    out.append(line("OVERALL (application pages + API)", all, applicationErrors));
    out.append(System.lineSeparator());
    for (Map.Entry<String, Series> e : new TreeMap<>(requests).entrySet()) {
      out.append(line("  " + e.getKey(), e.getValue().sorted(), e.getValue().errors()));
    }
    return out.toString();
  }

  /** p95 over the application's pages and API (Keycloak's token endpoint left out). */
  long applicationP95() {
    long[] all =
        groups.entrySet().stream()
            .filter(e -> !e.getKey().startsWith("keycloak"))
            .flatMapToLong(e -> Arrays.stream(e.getValue().sorted()))
            .sorted()
            .toArray();
    return percentile(all, 95);
  }

  int applicationErrors() {
    return groups.entrySet().stream()
        .filter(e -> !e.getKey().startsWith("keycloak"))
        .mapToInt(e -> e.getValue().errors())
        .sum();
  }

  private static String line(String name, long[] sorted, int errors) {
    return String.format(
        Locale.ROOT,
        "%-52s %8d %7d %7d %7d %7d %7d%n",
        name.length() > 52 ? name.substring(0, 52) : name,
        sorted.length,
        errors,
        percentile(sorted, 50),
        percentile(sorted, 95),
        percentile(sorted, 99),
        sorted.length == 0 ? 0 : sorted[sorted.length - 1]);
  }

  /** Nearest-rank percentile. */
  static long percentile(long[] sorted, int p) {
    if (sorted.length == 0) {
      return 0;
    }
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, rank - 1)];
  }
}
