import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Waits until a URL answers 200, for the start script (no curl needed on a JDK-only machine).
 * Usage: java bin/WaitFor.java URL TIMEOUT_SECONDS [PROCESS_GROUP_TO_WATCH]
 *
 * <p>Gives up early when no process of the watched process group is left (the service died).
 */
public class WaitFor {
  public static void main(String[] args) throws Exception {
    URI uri = URI.create(args[0]);
    long deadline = System.nanoTime() + Duration.ofSeconds(Long.parseLong(args[1])).toNanos();
    long pid = args.length > 2 ? Long.parseLong(args[2]) : -1;
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    while (System.nanoTime() < deadline) {
      if (pid > 0 && !groupAlive(pid)) {
        System.err.println("process group " + pid + " ended while waiting for " + uri);
        System.exit(2);
      }
      try {
        HttpResponse<Void> response =
            client.send(
                HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() == 200) {
          return;
        }
      } catch (java.io.IOException e) {
        // not listening yet
      }
      Thread.sleep(500);
    }
    System.err.println("timed out waiting for " + uri);
    System.exit(1);
  }

  /** Whether any process is in the group (Linux: the fifth field of /proc/PID/stat). */
  private static boolean groupAlive(long group) {
    return ProcessHandle.allProcesses()
        .anyMatch(
            p -> {
              try {
                String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc", String.valueOf(p.pid()), "stat"));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                return Long.parseLong(fields[2]) == group;
              } catch (java.io.IOException | RuntimeException gone) {
                return false;
              }
            });
  }
}
