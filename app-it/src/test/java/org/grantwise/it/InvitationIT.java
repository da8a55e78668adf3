package org.grantwise.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.grantwise.it.support.Browser;
import org.grantwise.it.support.Fixtures;
import org.grantwise.it.support.KeycloakAdmin;
import org.grantwise.it.support.Mailbox;
import org.grantwise.it.support.Registration;
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
 * Joining an organisation only through the invitation's own link, by the login whose verified
 * e-mail address was invited: never by registering with, or changing a login to, that address.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InvitationIT {

  private static final String RIVERSIDE = "Riverside Community Anchor";

  @Test
  void theApiInvitesListsAndWithdrawsWithoutShowingTheLink() {
    String anchor1 = TestEnv.token("anchor1");
    String email = "api-" + suffix() + "@example.org";

    HttpResponse<String> invited = invite(anchor1, "{\"email\": \"" + email + "\"}");
    assertThat(invited.statusCode()).as(invited.body()).isEqualTo(201);
    JsonObject body = TestEnv.object(invited.body());
    long id = body.getJsonNumber("id").longValue();
    assertThat(body.getString("email")).isEqualTo(email);
    assertThat(Instant.parse(body.getString("expiresAt")))
        .isAfter(Instant.now().plus(Duration.ofDays(13)))
        .isBefore(Instant.now().plus(Duration.ofDays(15)));
    assertThat(invited.headers().firstValue("Location").orElseThrow())
        .endsWith("/api/organisation/invitations/" + id);
    String mail = Mailbox.waitFor(email, "Join " + RIVERSIDE);
    String token = joinPath(mail).substring(joinPath(mail).indexOf("invitation=") + 11);
    assertThat(invited.body()).as("the API never shows the link's token").doesNotContain(token);

    assertThat(invite(anchor1, "{\"email\": \"" + email.toUpperCase() + "\"}"))
        .satisfies(r -> assertThat(r.statusCode()).isEqualTo(422))
        .satisfies(
            r -> assertThat(r.body()).contains("\"field\":\"email\"", "already been invited"));
    assertThat(invite(anchor1, "{\"email\": \"not-an-address\"}").statusCode()).isEqualTo(422);
    assertThat(invite(anchor1, "{}").statusCode()).isEqualTo(422);
    assertThat(
            invite(TestEnv.token("officer1"), "{\"email\": \"x-" + suffix() + "@example.org\"}")
                .statusCode())
        .as("fund staff have no organisation to invite to")
        .isEqualTo(403);

    HttpResponse<String> listed = list(anchor1);
    assertThat(listed.statusCode()).isEqualTo(200);
    assertThat(status(anchor1, email)).isEqualTo("OPEN");
    assertThat(list(TestEnv.token("anchor2")).body())
        .as("another organisation's invitations are not listed")
        .doesNotContain(email);

    assertThat(revoke(TestEnv.token("anchor2"), id).statusCode())
        .as("another organisation cannot withdraw it")
        .isEqualTo(404);
    assertThat(revoke(anchor1, id).statusCode()).isEqualTo(204);
    assertThat(status(anchor1, email)).isEqualTo("REVOKED");
    assertThat(invite(anchor1, "{\"email\": \"" + email + "\"}").statusCode())
        .as("a withdrawn address may be invited again")
        .isEqualTo(201);
  }

  @Test
  void aLoginWithTheInvitedAddressButNoLinkDoesNotJoin() {
    // The hole: a stranger registered with (or changed their login to) an invited address and was
    // made a member when they signed in.
    String email = "target-" + suffix() + "@example.org";
    assertThat(invite(TestEnv.token("anchor1"), "{\"email\": \"" + email + "\"}").statusCode())
        .isEqualTo(201);

    // Registered with the invited address and not verified: Keycloak lets them nowhere.
    String unverified = "squatter-" + suffix();
    String squatter = KeycloakAdmin.createUser(unverified, email, false);
    HttpResponse<String> grant =
        KeycloakAdmin.passwordGrant(unverified, TestEnv.password(unverified), null);
    assertThat(grant.statusCode()).as(grant.body()).isEqualTo(400);
    assertThat(grant.body()).contains("not fully set up");
    try (Browser browser = Browser.open()) {
      signInAtKeycloak(browser, unverified);
      new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
          .until(d -> d.getPageSource().contains("verify your email"));
      assertThat(browser.driver().getCurrentUrl()).startsWith(TestEnv.KEYCLOAK);
    }

    // An existing login that changes its address to the invited one (and even has it verified)
    // signs in to the pages, where the application used to read the e-mail claim: no membership.
    KeycloakAdmin.delete(squatter); // frees the address
    String mover = "mover-" + suffix();
    String moverId = KeycloakAdmin.createUser(mover, mover + "@example.org", true);
    KeycloakAdmin.update(moverId, "{\"email\": \"" + email + "\", \"emailVerified\": true}");
    try (Browser browser = Browser.open()) {
      browser.signIn(mover);
      browser.visit("/applicant/index.xhtml");
      assertThat(browser.visibleText()).contains("not linked to an organisation");
    }
    assertThat(me(TestEnv.token(mover)).isNull("organisation")).isTrue();
    HttpResponse<String> applications =
        TestEnv.get(TestEnv.APP + "/api/applications", TestEnv.token(mover));
    assertThat(applications.body()).doesNotContain("\"organisation\":\"" + RIVERSIDE);
  }

  @Test
  void theLinkJoinsOnlyTheInvitedVerifiedLoginAndOnlyOnce() {
    String s = suffix();
    String email = "colleague-" + s + "@example.org";
    assertThat(invite(TestEnv.token("anchor1"), "{\"email\": \"" + email + "\"}").statusCode())
        .isEqualTo(201);
    String join = joinPath(Mailbox.waitFor(email, "Join " + RIVERSIDE));

    // Someone else's login (verified, another address) who got hold of the link is refused.
    String other = "other-" + s;
    KeycloakAdmin.createUser(other, other + "@example.org", true);
    try (Browser browser = Browser.open()) {
      browser.signIn(other);
      browser.visit(join);
      assertThat(browser.heading()).isEqualTo("Join your organisation");
      assertThat(browser.driver().findElement(By.id("offer")).getText()).contains(RIVERSIDE);
      browser.assertAccessible();
      browser.clickAndWait(By.id("join"));
      assertThat(browser.driver().findElement(By.id("error-summary")).getText())
          .contains("This invitation is for another email address");
    }
    assertThat(me(TestEnv.token(other)).isNull("organisation")).isTrue();

    // The colleague opens the link, registers with the invited address, confirms it from
    // Keycloak's e-mail, comes back to the link and joins.
    String colleague = "colleague-" + s;
    try (Browser browser = Browser.open()) {
      WebDriver d = browser.driver();
      Registration.register(browser, join, colleague, email);
      // Keycloak brings a new login back to the page without the link's query (noted in the
      // README): the colleague opens the link from the e-mail again, now signed in.
      browser.visit(join);
      assertThat(d.findElements(By.id("join"))).as(browser.visibleText()).isNotEmpty();
      browser.clickAndWait(By.id("join"));
      assertThat(browser.heading()).isEqualTo("Your applications");
      assertThat(d.findElement(By.id("joined")).getText()).contains(RIVERSIDE);
      assertThat(d.findElement(By.id("organisation")).getText()).contains(RIVERSIDE);
    }
    assertThat(me(TestEnv.token(colleague)).getJsonObject("organisation").getString("name"))
        .isEqualTo(RIVERSIDE);
    assertThat(status(TestEnv.token("anchor1"), email)).isEqualTo("ACCEPTED");

    // The link works once.
    try (Browser browser = Browser.open()) {
      browser.signIn(other);
      browser.visit(join);
      assertThat(browser.driver().findElement(By.id("unusable")).getText())
          .contains("already been used");
    }
  }

  @Test
  void aLinkWithAWrongTokenOffersNothing() {
    try (Browser browser = Fixtures.signedIn("anchor2")) {
      browser.visit("/applicant/join.xhtml?invitation=" + "A".repeat(43));
      assertThat(browser.visibleText()).contains("already belongs to Hillhead");
    }
    String s = suffix();
    String login = "nolink-" + s;
    KeycloakAdmin.createUser(login, login + "@example.org", true);
    try (Browser browser = Browser.open()) {
      browser.signIn(login);
      for (String token : new String[] {"A".repeat(43), "short", "%3Cscript%3E"}) {
        browser.visit("/applicant/join.xhtml?invitation=" + token);
        assertThat(browser.driver().findElement(By.id("unusable")).getText()).contains("not valid");
        assertThat(browser.driver().findElements(By.id("join"))).isEmpty();
      }
      browser.assertAccessible();
    }
  }

  // --- helpers ---------------------------------------------------------------------------------

  /** The path and query of the join link in an invitation e-mail (the host is the server's). */
  static String joinPath(String mail) {
    String link = Mailbox.link(mail, "/applicant/join\\.xhtml\\?invitation=");
    return link.substring(link.indexOf("/applicant/join.xhtml"));
  }

  static HttpResponse<String> invite(String token, String json) {
    return TestEnv.send(
        HttpRequest.newBuilder(URI.create(TestEnv.APP + "/api/organisation/invitations"))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  private static HttpResponse<String> list(String token) {
    return TestEnv.get(TestEnv.APP + "/api/organisation/invitations", token);
  }

  private static HttpResponse<String> revoke(String token, long id) {
    return TestEnv.send(
        HttpRequest.newBuilder(URI.create(TestEnv.APP + "/api/organisation/invitations/" + id))
            .header("Authorization", "Bearer " + token)
            .DELETE()
            .build());
  }

  static JsonObject me(String token) {
    HttpResponse<String> response = TestEnv.get(TestEnv.APP + "/api/me", token);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return TestEnv.object(response.body());
  }

  /** The status of the newest invitation to the address in the caller's list. */
  private static String status(String token, String email) {
    return TestEnv.json(list(token).body()).asJsonArray().getValuesAs(JsonObject.class).stream()
        .filter(i -> i.getString("email").equals(email))
        .findFirst()
        .orElseThrow()
        .getString("status");
  }

  private static void signInAtKeycloak(Browser browser, String username) {
    WebDriver d = browser.driver();
    d.get(TestEnv.APP + "/");
    new WebDriverWait(d, Duration.ofSeconds(30))
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
    d.findElement(By.id("username")).sendKeys(username);
    d.findElement(By.id("password")).sendKeys(TestEnv.password(username));
    d.findElement(By.id("kc-login")).click();
  }

  private static String suffix() {
    return UUID.randomUUID().toString().substring(0, 8);
  }
}
