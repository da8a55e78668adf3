package org.grantwise.infrastructure.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.grantwise.application.TokenCheck;

/**
 * Whether Keycloak still stands behind a token it signed. A token stays valid by its signature
 * until it expires (5 minutes), but its user may have signed out or been disabled since; Keycloak's
 * introspection endpoint says so. Each answer is kept on the node for {@link #KEPT}, so a
 * signed-out or disabled login stops working within that time on every node, and Keycloak is asked
 * at most once per token per that time. When Keycloak cannot answer, the signature alone decides
 * (and the failure is logged): its outage must not stop the fund's work.
 */
@ApplicationScoped
public class TokenStatus implements TokenCheck {

  private static final Logger LOG = Logger.getLogger(TokenStatus.class.getName());

  /** How long an answer is kept: the bound on how long a revoked token keeps working. */
  public static final Duration KEPT = Duration.ofSeconds(5);

  private static final Duration TIMEOUT = Duration.ofSeconds(2);

  private static final int MAX_KEPT = 20_000;

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

  private final String introspection =
      env("GRANTWISE_OIDC_PROVIDER_URL", "http://127.0.0.1:8180/realms/grantwise")
          + "/protocol/openid-connect/token/introspect";

  private final String clientId = env("GRANTWISE_OIDC_CLIENT_ID", "grantwise-web");

  // Local demo secret, matching the committed demo realm; production sets the variable.
  private final String clientSecret =
      env("GRANTWISE_OIDC_CLIENT_SECRET", "grantwise-local-demo-secret");

  private final Map<String, Answer> answers = new ConcurrentHashMap<>();

  private volatile Instant quietUntil = Instant.EPOCH;

  private record Answer(boolean active, Instant until) {}

  /** False when Keycloak says the token's session or user is no longer active. */
  @Override
  public boolean active(String token) {
    Instant now = Instant.now();
    String key = hash(token);
    Answer known = answers.get(key);
    if (known != null && now.isBefore(known.until())) {
      return known.active();
    }
    if (now.isBefore(quietUntil)) {
      return true; // Keycloak did not answer a moment ago: do not wait on it for every request
    }
    try {
      boolean active = introspect(token);
      if (answers.size() > MAX_KEPT) {
        answers.values().removeIf(a -> now.isAfter(a.until()));
      }
      answers.put(key, new Answer(active, now.plus(KEPT)));
      return active;
    } catch (IOException | RuntimeException e) {
      quietUntil = now.plus(KEPT);
      LOG.log(
          Level.WARNING,
          "Keycloak could not say whether a token is still active; its signature decides: {0}",
          e.getMessage());
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return true;
    }
  }

  private boolean introspect(String token) throws IOException, InterruptedException {
    String form =
        "token="
            + URLEncoder.encode(token, StandardCharsets.UTF_8)
            + "&client_id="
            + URLEncoder.encode(clientId, StandardCharsets.UTF_8)
            + "&client_secret="
            + URLEncoder.encode(clientSecret, StandardCharsets.UTF_8);
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(introspection))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .timeout(TIMEOUT)
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IOException("introspection answered " + response.statusCode());
    }
    try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
      JsonObject answer = reader.readObject();
      return answer.getBoolean("active", false);
    }
  }

  private static String hash(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
