import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Waits until a URL answers 200, for the start script (no curl needed on a JDK-only machine).
 * Usage: java bin/WaitFor.java URL TIMEOUT_SECONDS [PID_TO_WATCH]
 */
public class WaitFor {
  public static void main(String[] args) throws Exception {
    URI uri = URI.create(args[0]);
    long deadline = System.nanoTime() + Duration.ofSeconds(Long.parseLong(args[1])).toNanos();
    long pid = args.length > 2 ? Long.parseLong(args[2]) : -1;
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    while (System.nanoTime() < deadline) {
      if (pid > 0 && ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true)) {
        System.err.println("process " + pid + " ended while waiting for " + uri);
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
}
