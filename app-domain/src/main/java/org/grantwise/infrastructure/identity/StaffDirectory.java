package org.grantwise.infrastructure.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Who holds a realm role, asked of Keycloak, which owns the users and their roles. The web client's
 * service account reads them through Keycloak's admin API (it holds {@code view-users} and {@code
 * view-realm}, both needed to list a role's users). The answer is kept for a short while on each
 * node; that is a cache of Keycloak's data, not state of the application's own.
 */
@ApplicationScoped
public class StaffDirectory {

  private static final Logger LOG = Logger.getLogger(StaffDirectory.class.getName());

  private static final Duration KEPT = Duration.ofSeconds(30);

  private static final Duration TIMEOUT = Duration.ofSeconds(3);

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

  private final String realmUrl =
      env("GRANTWISE_OIDC_PROVIDER_URL", "http://127.0.0.1:8180/realms/grantwise");

  private final String clientId = env("GRANTWISE_OIDC_CLIENT_ID", "grantwise-web");

  // Local demo secret, matching the committed demo realm; production sets the variable.
  private final String clientSecret =
      env("GRANTWISE_OIDC_CLIENT_SECRET", "grantwise-local-demo-secret");

  private volatile Cached officers;

  private record Cached(Set<String> usernames, Instant until) {}

  /**
   * The usernames of the realm's officers, or empty when Keycloak cannot say just now (it is down,
   * or its client has no service account): callers then go on without the check rather than stop
   * the fund's work.
   */
  public Optional<Set<String>> officers() {
    Cached cached = officers;
    if (cached != null && Instant.now().isBefore(cached.until())) {
      return Optional.of(cached.usernames());
    }
    try {
      Set<String> usernames = usersInRole("officer");
      officers = new Cached(usernames, Instant.now().plus(KEPT));
      return Optional.of(usernames);
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.WARNING, "Could not read the officers from Keycloak: {0}", e.getMessage());
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  private Set<String> usersInRole(String role) throws IOException, InterruptedException {
    String adminUrl = realmUrl.replaceFirst("/realms/", "/admin/realms/");
    Set<String> usernames = new TreeSet<>();
    int first = 0;
    int page = 500;
    String token = serviceToken();
    while (true) {
      HttpResponse<String> response =
          send(
              HttpRequest.newBuilder(
                      URI.create(
                          adminUrl + "/roles/" + role + "/users?first=" + first + "&max=" + page))
                  .header("Authorization", "Bearer " + token)
                  .timeout(TIMEOUT)
                  .GET()
                  .build());
      JsonArray users = read(response.body()).asJsonArray();
      users.forEach(u -> usernames.add(u.asJsonObject().getString("username")));
      if (users.size() < page) {
        return usernames;
      }
      first += page;
    }
  }

  private String serviceToken() throws IOException, InterruptedException {
    String form =
        "grant_type=client_credentials&client_id="
            + URLEncoder.encode(clientId, StandardCharsets.UTF_8)
            + "&client_secret="
            + URLEncoder.encode(clientSecret, StandardCharsets.UTF_8);
    HttpResponse<String> response =
        send(
            HttpRequest.newBuilder(URI.create(realmUrl + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .timeout(TIMEOUT)
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
    JsonObject token = read(response.body()).asJsonObject();
    return ((JsonString) token.get("access_token")).getString();
  }

  private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IOException(request.uri().getPath() + " answered " + response.statusCode());
    }
    return response;
  }

  private static jakarta.json.JsonStructure read(String body) {
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      return reader.read();
    }
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
