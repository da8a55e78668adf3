package org.grantwise.it.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/** Where the system under test runs, and small HTTP helpers for the API tests. */
public final class TestEnv {

  public static final String APP =
      System.getProperty("grantwise.it.appUrl", "http://127.0.0.1:18080");
  public static final String MANAGEMENT =
      System.getProperty("grantwise.it.managementUrl", "http://127.0.0.1:19990");
  public static final String KEYCLOAK =
      System.getProperty("grantwise.it.keycloakUrl", "http://127.0.0.1:18180");
  public static final Path WEBAPP =
      Path.of(System.getProperty("grantwise.it.webapp", "../app-web/src/main/webapp"));
  public static final Path AXE =
      Path.of(System.getProperty("grantwise.it.axe", "../.grantwise/test/axe.min.js"));

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(10))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  private TestEnv() {}

  /** The demo password of a demo user (local demo credentials, as in the README). */
  public static String password(String username) {
    return "demo-" + username;
  }

  /** An access token for a demo user, from the realm's public scripting client. */
  public static String token(String username) {
    Map<String, String> form =
        Map.of(
            "grant_type",
            "password",
            "client_id",
            "grantwise-cli",
            "username",
            username,
            "password",
            password(username));
    String body =
        form.entrySet().stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    HttpResponse<String> response =
        send(
            HttpRequest.newBuilder(
                    URI.create(KEYCLOAK + "/realms/grantwise/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          "No token for " + username + ": " + response.statusCode() + " " + response.body());
    }
    return object(response.body()).getString("access_token");
  }

  public static HttpResponse<String> get(String url, String token) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return send(request.build());
  }

  /** A JSON POST with the caller's bearer token. */
  public static HttpResponse<String> post(String url, String token, String json) {
    return send(
        HttpRequest.newBuilder(URI.create(url))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  public static HttpResponse<String> delete(String url, String token) {
    return send(
        HttpRequest.newBuilder(URI.create(url))
            .header("Authorization", "Bearer " + token)
            .DELETE()
            .build());
  }

  public static HttpResponse<String> send(HttpRequest request) {
    try {
      return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public static JsonStructure json(String body) {
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      return reader.read();
    }
  }

  public static JsonObject object(String body) {
    return json(body).asJsonObject();
  }
}
