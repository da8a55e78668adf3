package org.grantwise.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.grantwise.it.support.Browser;
import org.grantwise.it.support.KeycloakAdmin;
import org.grantwise.it.support.Mailbox;
import org.grantwise.it.support.TestDatabase;
import org.grantwise.it.support.TestEnv;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Logins are people: accounts keyed on Keycloak's subject, passwords that resist guessing, staff
 * second factors, and tokens that stop working when their login signs out or is disabled.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccountSecurityIT {

  // --- identity by subject, not username -------------------------------------------------------

  @Test
  void aUsernameRegisteredAgainIsANewPersonWithNoOrganisation() throws SQLException {
    String username = "reborn-" + suffix();
    String first = KeycloakAdmin.createUser(username, username + "@example.org", true);
    sql(
        "INSERT INTO user_account (keycloak_user_id, username, email, organisation_id)"
            + " SELECT ?, ?, ?, id FROM organisation WHERE charity_number = 'SC012345'",
        first,
        username,
        username + "@example.org");
    assertThat(organisationOf(TestEnv.token(username)))
        .as("the first person of the name is a member")
        .isEqualTo("Riverside Community Anchor");

    KeycloakAdmin.delete(first);
    String second = KeycloakAdmin.createUser(username, username + "@example.org", true);
    String token = TestEnv.token(username);
    assertThat(organisationOf(token)).as("the second person of the name is not").isNull();
    assertThat(TestEnv.get(TestEnv.APP + "/api/applications", token).body())
        .as("and sees none of the first one's applications")
        .isEqualTo("[]");
    assertThat(TestEnv.get(TestEnv.APP + "/api/me/notifications", token).body()).isEqualTo("[]");

    try (Browser browser = Browser.open()) {
      browser.signIn(username);
      assertThat(browser.heading()).isEqualTo("Your organisation's details");
    }
    assertThat(
            rows(
                "SELECT keycloak_user_id, coalesce(organisation_id::text, '-'),"
                    + " (replaced_at IS NOT NULL)::text FROM user_account WHERE username = ?"
                    + " ORDER BY id",
                username))
        .as("the old account is kept, unlinked, for the audit trail; the new one has nothing")
        .hasSize(2)
        .satisfies(r -> assertThat(r.get(0)).startsWith(first + "|").endsWith("|true"))
        .satisfies(r -> assertThat(r.get(1)).isEqualTo(second + "|-|false"));
    assertThat(organisationOf(TestEnv.token(username))).isNull();
  }

  @Test
  void anAccountWithoutAKeycloakIdIsNotClaimedByWhoeverRegistersItsName() throws SQLException {
    // Like the load-test data: accounts made from a username alone, linked to an organisation.
    String username = "loadanchor-" + suffix();
    sql(
        "INSERT INTO user_account (username, email, organisation_id)"
            + " SELECT ?, ?, id FROM organisation WHERE charity_number = 'SC012345'",
        username,
        username + "@example.org");
    KeycloakAdmin.createUser(username, username + "@example.org", true);
    assertThat(organisationOf(TestEnv.token(username))).isNull();
    try (Browser browser = Browser.open()) {
      browser.signIn(username);
      assertThat(browser.heading()).isEqualTo("Your organisation's details");
    }
    assertThat(organisationOf(TestEnv.token(username))).isNull();
    assertThat(
            rows(
                "SELECT coalesce(keycloak_user_id, '-'), (replaced_at IS NOT NULL)::text"
                    + " FROM user_account WHERE username = ? ORDER BY id",
                username))
        .first()
        .isEqualTo("-|true");
  }

  // --- passwords -------------------------------------------------------------------------------

  @Test
  void commonAndReusedPasswordsAreRefusedAndResetGoesByEmail() {
    JsonObject realm =
        TestEnv.object(TestEnv.get(KeycloakAdmin.REALM, KeycloakAdmin.token()).body());
    assertThat(realm.getBoolean("verifyEmail")).isTrue();
    assertThat(realm.getBoolean("resetPasswordAllowed")).isTrue();
    assertThat(realm.getString("passwordPolicy"))
        .contains(
            "length(12)", "notUsername", "notEmail", "passwordBlacklist(", "passwordHistory(");

    String username = "policy-" + suffix();
    String id = KeycloakAdmin.createUser(username, username + "@example.org", true);
    for (String common : List.of("passwordpassword", "123456789012", "PasswordPassword")) {
      assertThat(KeycloakAdmin.setPassword(id, common).statusCode())
          .as("the common password %s is refused", common)
          .isEqualTo(400);
    }
    String one = "lantern-orchard-" + suffix();
    String two = "compass-meadow-" + suffix();
    assertThat(KeycloakAdmin.setPassword(id, one).statusCode()).isEqualTo(204);
    assertThat(KeycloakAdmin.setPassword(id, two).statusCode()).isEqualTo(204);
    assertThat(KeycloakAdmin.setPassword(id, one).statusCode())
        .as("a recent password cannot be used again")
        .isEqualTo(400);

    try (Browser browser = Browser.open()) {
      WebDriver d = browser.driver();
      d.get(TestEnv.APP + "/");
      WebDriverWait wait = new WebDriverWait(d, Duration.ofSeconds(30));
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
      d.findElement(By.cssSelector("a[href*='reset-credentials']")).click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
      d.findElement(By.id("username")).sendKeys(username);
      d.findElement(By.cssSelector("[type='submit']")).click();
      wait.until(x -> x.getPageSource().contains("instructions"));
    }
    assertThat(
            Mailbox.link(
                Mailbox.waitFor(username + "@example.org", "action-token"), "action-token"))
        .startsWith(TestEnv.KEYCLOAK + "/realms/grantwise/login-actions/action-token");
  }

  @Test
  void staffMustSetUpAOneTimeCodeAndApplicantsGetNoOfflineTokens() {
    String officer = "staff-" + suffix();
    KeycloakAdmin.createUser(officer, officer + "@example.org", true, "officer");
    try (Browser browser = Browser.open()) {
      WebDriver d = browser.driver();
      d.get(TestEnv.APP + "/officer/index.xhtml");
      WebDriverWait wait = new WebDriverWait(d, Duration.ofSeconds(30));
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
      d.findElement(By.id("username")).sendKeys(officer);
      d.findElement(By.id("password")).sendKeys(TestEnv.password(officer));
      d.findElement(By.id("kc-login")).click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("totp")));
      assertThat(d.getCurrentUrl())
          .as("a password alone does not let fund staff in")
          .startsWith(TestEnv.KEYCLOAK);
    }

    String applicant = "offline-" + suffix();
    KeycloakAdmin.createUser(applicant, applicant + "@example.org", true);
    HttpResponse<String> offline =
        KeycloakAdmin.passwordGrant(applicant, TestEnv.password(applicant), "offline_access");
    assertThat(offline.statusCode()).as(offline.body()).isEqualTo(400);
    assertThat(offline.body()).contains("offline_access");
  }

  // --- tokens ----------------------------------------------------------------------------------

  @Test
  void aServiceTokenForAnotherClientIsNotASession() {
    String clientId = "other-service-" + suffix();
    String secret = "other-service-secret-" + suffix(); // a throwaway test client's secret
    String admin = KeycloakAdmin.token();
    HttpResponse<String> created =
        KeycloakAdmin.send(
            "POST",
            KeycloakAdmin.REALM + "/clients",
            admin,
            "{\"clientId\": \""
                + clientId
                + "\", \"publicClient\": false, \"serviceAccountsEnabled\": true,"
                + " \"standardFlowEnabled\": false, \"secret\": \""
                + secret
                + "\"}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String location = created.headers().firstValue("Location").orElseThrow();
    String serviceUser =
        TestEnv.object(TestEnv.get(location + "/service-account-user", admin).body())
            .getString("id");
    JsonObject manager =
        TestEnv.object(TestEnv.get(KeycloakAdmin.REALM + "/roles/manager", admin).body());
    assertThat(
            KeycloakAdmin.send(
                    "POST",
                    KeycloakAdmin.REALM + "/users/" + serviceUser + "/role-mappings/realm",
                    admin,
                    "[" + manager + "]")
                .statusCode())
        .isEqualTo(204);
    HttpResponse<String> token =
        TestEnv.send(
            HttpRequest.newBuilder(
                    URI.create(
                        TestEnv.KEYCLOAK + "/realms/grantwise/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "grant_type=client_credentials&client_id="
                            + clientId
                            + "&client_secret="
                            + secret))
                .build());
    assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
    String accessToken = TestEnv.object(token.body()).getString("access_token");
    assertThat(TestEnv.get(TestEnv.APP + "/api/me", accessToken).statusCode())
        .as("signed by the realm, with the manager role, but not meant for Grantwise")
        .isEqualTo(401);
    assertThat(TestEnv.get(TestEnv.APP + "/api/me", TestEnv.token("manager1")).statusCode())
        .as("the scripting client's tokens are meant for Grantwise")
        .isEqualTo(200);
  }

  @Test
  void aSignedOutOrDisabledLoginsTokenStopsWorkingWithinSeconds() {
    String username = "leaver-" + suffix();
    String id = KeycloakAdmin.createUser(username, username + "@example.org", true);
    JsonObject grant =
        TestEnv.object(
            KeycloakAdmin.passwordGrant(username, TestEnv.password(username), null).body());
    String access = grant.getString("access_token");
    assertThat(TestEnv.get(TestEnv.APP + "/api/me", access).statusCode()).isEqualTo(200);
    HttpResponse<String> logout =
        TestEnv.send(
            HttpRequest.newBuilder(
                    URI.create(
                        TestEnv.KEYCLOAK + "/realms/grantwise/protocol/openid-connect/logout"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "client_id=grantwise-cli&refresh_token="
                            + grant.getString("refresh_token")))
                .build());
    assertThat(logout.statusCode()).as(logout.body()).isEqualTo(204);
    double signedOut = secondsUntilRefused(access);
    System.out.printf("TOKEN signed out: refused after %.1f s%n", signedOut);
    assertThat(signedOut).isLessThan(10);

    String again = TestEnv.token(username);
    assertThat(TestEnv.get(TestEnv.APP + "/api/me", again).statusCode()).isEqualTo(200);
    try (Browser browser = Browser.open()) {
      browser.signIn(username);
      KeycloakAdmin.update(id, "{\"enabled\": false}");
      double disabled = secondsUntilRefused(again);
      System.out.printf("TOKEN disabled: refused after %.1f s%n", disabled);
      assertThat(disabled).isLessThan(10);
      long start = System.nanoTime();
      new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
          .pollingEvery(Duration.ofMillis(500))
          .until(
              d -> {
                browser.visit("/applicant/index.xhtml");
                return browser.onKeycloakLogin();
              });
      System.out.printf(
          "TOKEN disabled: the page asked to sign in again after %.1f s%n",
          (System.nanoTime() - start) / 1e9);
    }
  }

  @Test
  void theWebClientRedirectsOnlyToThePathsTheApplicationUses() {
    for (String allowed : List.of("/", "/applicant/index.xhtml", "/manager/index.xhtml?x=1")) {
      assertThat(authorise(TestEnv.APP + allowed).statusCode())
          .as("sign-in for %s is offered", allowed)
          .isEqualTo(200);
    }
    for (String refused :
        List.of(
            TestEnv.APP + "/api/me",
            TestEnv.APP + "/openapi",
            TestEnv.APP + "/jakarta.faces.resource/x",
            "http://127.0.0.1:18081/applicant/index.xhtml",
            "http://evil.example/applicant/index.xhtml")) {
      HttpResponse<String> response = authorise(refused);
      assertThat(response.statusCode()).as("sign-in redirecting to %s", refused).isEqualTo(400);
      assertThat(response.body()).contains("redirect_uri");
    }
  }

  private static HttpResponse<String> authorise(String redirect) {
    return TestEnv.get(
        TestEnv.KEYCLOAK
            + "/realms/grantwise/protocol/openid-connect/auth?client_id=grantwise-web"
            + "&response_type=code&scope=openid&redirect_uri="
            + java.net.URLEncoder.encode(redirect, java.nio.charset.StandardCharsets.UTF_8),
        null);
  }

  // --- helpers ---------------------------------------------------------------------------------

  /** Calls the API with the token every half second until it answers 401; the seconds it took. */
  private static double secondsUntilRefused(String token) {
    long start = System.nanoTime();
    while (System.nanoTime() - start < Duration.ofSeconds(20).toNanos()) {
      int status = TestEnv.get(TestEnv.APP + "/api/me", token).statusCode();
      if (status == 401) {
        return (System.nanoTime() - start) / 1e9;
      }
      assertThat(status).isEqualTo(200);
      sleep(500);
    }
    throw new AssertionError("the token still worked after 20 s");
  }

  private static String organisationOf(String token) {
    JsonObject me = InvitationIT.me(token);
    return me.isNull("organisation") ? null : me.getJsonObject("organisation").getString("name");
  }

  private static void sql(String statement, Object... values) throws SQLException {
    try (Connection c = TestDatabase.connect(TestDatabase.APPLICATION_DB);
        PreparedStatement s = c.prepareStatement(statement)) {
      for (int i = 0; i < values.length; i++) {
        s.setObject(i + 1, values[i]);
      }
      s.executeUpdate();
    }
  }

  /** Each row as its columns joined by '|'. */
  private static List<String> rows(String query, Object... values) throws SQLException {
    try (Connection c = TestDatabase.connect(TestDatabase.APPLICATION_DB);
        PreparedStatement s = c.prepareStatement(query)) {
      for (int i = 0; i < values.length; i++) {
        s.setObject(i + 1, values[i]);
      }
      List<String> rows = new ArrayList<>();
      try (ResultSet r = s.executeQuery()) {
        int columns = r.getMetaData().getColumnCount();
        while (r.next()) {
          List<String> cells = new ArrayList<>();
          for (int i = 1; i <= columns; i++) {
            cells.add(r.getString(i));
          }
          rows.add(String.join("|", cells));
        }
      }
      return rows;
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String suffix() {
    return UUID.randomUUID().toString().substring(0, 8);
  }
}
