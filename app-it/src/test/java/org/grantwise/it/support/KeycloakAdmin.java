package org.grantwise.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** The test Keycloak's admin API, for tests that make, change and remove logins of their own. */
public final class KeycloakAdmin {

  /** The test Keycloak's bootstrap admin (local test credential, as in ./grantwise). */
  private static final String ADMIN_PASSWORD = "grantwise-local-admin";

  public static final String REALM = TestEnv.KEYCLOAK + "/admin/realms/grantwise";

  private KeycloakAdmin() {}

  public static String token() {
    HttpResponse<String> response =
        TestEnv.send(
            HttpRequest.newBuilder(
                    URI.create(TestEnv.KEYCLOAK + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "grant_type=password&client_id=admin-cli&username=admin&password="
                            + ADMIN_PASSWORD))
                .build());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return TestEnv.object(response.body()).getString("access_token");
  }

  /**
   * Makes a login with the demo password rule ({@link TestEnv#password}) and the given realm roles;
   * returns its Keycloak id (the tokens' {@code sub}).
   */
  public static String createUser(
      String username, String email, boolean emailVerified, String... roles) {
    String admin = token();
    HttpResponse<String> created =
        send(
            "POST",
            REALM + "/users",
            admin,
            Json.createObjectBuilder()
                .add("username", username)
                .add("enabled", true)
                .add("email", email)
                .add("emailVerified", emailVerified)
                .add("firstName", "Test")
                .add("lastName", "Login")
                .add(
                    "credentials",
                    Json.createArrayBuilder()
                        .add(
                            Json.createObjectBuilder()
                                .add("type", "password")
                                .add("value", TestEnv.password(username))
                                .add("temporary", false)))
                .build()
                .toString());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String location = created.headers().firstValue("Location").orElseThrow();
    String id = location.substring(location.lastIndexOf('/') + 1);
    if (roles.length > 0) {
      JsonArrayBuilder mappings = Json.createArrayBuilder();
      for (String role : roles) {
        mappings.add(TestEnv.object(TestEnv.get(REALM + "/roles/" + role, admin).body()));
      }
      HttpResponse<String> mapped =
          send(
              "POST",
              REALM + "/users/" + id + "/role-mappings/realm",
              admin,
              mappings.build().toString());
      assertThat(mapped.statusCode()).as(mapped.body()).isEqualTo(204);
    }
    return id;
  }

  public static JsonObject user(String id) {
    return TestEnv.object(TestEnv.get(REALM + "/users/" + id, token()).body());
  }

  /** Changes a user's representation (a JSON object of the fields to change). */
  public static void update(String id, String json) {
    HttpResponse<String> response = send("PUT", REALM + "/users/" + id, token(), json);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
  }

  public static void delete(String id) {
    HttpResponse<String> response = send("DELETE", REALM + "/users/" + id, token(), null);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
  }

  /** Sets a password as an administrator would; Keycloak answers 400 when the policy refuses it. */
  public static HttpResponse<String> setPassword(String id, String password) {
    return send(
        "PUT",
        REALM + "/users/" + id + "/reset-password",
        token(),
        Json.createObjectBuilder()
            .add("type", "password")
            .add("value", password)
            .add("temporary", false)
            .build()
            .toString());
  }

  /** A password grant from the public scripting client, as the README's scripts use. */
  public static HttpResponse<String> passwordGrant(String username, String password, String scope) {
    String form =
        "grant_type=password&client_id=grantwise-cli&username="
            + URLEncoder.encode(username, StandardCharsets.UTF_8)
            + "&password="
            + URLEncoder.encode(password, StandardCharsets.UTF_8)
            + (scope == null ? "" : "&scope=" + URLEncoder.encode(scope, StandardCharsets.UTF_8));
    return TestEnv.send(
        HttpRequest.newBuilder(
                URI.create(TestEnv.KEYCLOAK + "/realms/grantwise/protocol/openid-connect/token"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build());
  }

  public static HttpResponse<String> send(String method, String url, String token, String json) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token);
    if (json == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request
          .header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(json));
    }
    return TestEnv.send(request.build());
  }
}
