package org.grantwise.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.grantwise.it.support.Browser;
import org.grantwise.it.support.Fixtures;
import org.grantwise.it.support.TestEnv;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Submission received, changes requested and decision released reach the applicant and the assigned
 * officers as a notice in the application and as an e-mail, which the tests read from the mail
 * sink's directory.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NotificationIT {

  private static final Path MAIL = Path.of(System.getProperty("grantwise.it.mailDir"));

  @Test
  void applicantsAndOfficersHearOfSubmissionChangesAndDecisionInTheAppAndByEmail()
      throws Exception {
    String anchor1 = TestEnv.token("anchor1");
    String manager1 = TestEnv.token("manager1");
    long id = Fixtures.draftApplication(anchor1, Fixtures.completeForm());
    Fixtures.uploadRequiredDocuments(id, anchor1);
    HttpResponse<String> submitted = Fixtures.submit(id, anchor1);
    assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
    String reference = TestEnv.object(submitted.body()).getString("reference");

    JsonObject received = notice(anchor1, id, "SUBMISSION_RECEIVED");
    assertThat(received.getString("subject")).isEqualTo(reference + " received");
    assertThat(received.getBoolean("read")).isFalse();
    assertThat(mailTo("anchor1@example.org", reference + " received"))
        .contains("We have received " + reference, "/applicant/application.xhtml?id=" + id);

    // Changes requested: the applicant and the assigned officer are told.
    assertThat(
            post("/api/applications/" + id + "/assignment", manager1, "{\"officer\": \"officer1\"}")
                .statusCode())
        .isEqualTo(200);
    HttpResponse<String> changes =
        post(
            "/api/applications/" + id + "/decision",
            manager1,
            "{\"decision\": \"REQUEST_CHANGES\", \"reason\": \"Add a year-3 budget line.\"}");
    assertThat(changes.statusCode()).as(changes.body()).isEqualTo(200);
    assertThat(notice(anchor1, id, "CHANGES_REQUESTED").getString("body"))
        .contains("Add a year-3 budget line.");
    assertThat(notice(TestEnv.token("officer1"), id, "CHANGES_REQUESTED").getString("subject"))
        .isEqualTo("Changes requested to " + reference);
    assertThat(mailTo("anchor1@example.org", "Changes requested to " + reference))
        .contains("Add a year-3 budget line.");
    assertThat(mailTo("officer1@example.org", "Changes requested to " + reference))
        .contains("has gone back to the applicant");

    // Resubmitted, declined and released: the decision notice arrives only on release.
    assertThat(Fixtures.submit(id, anchor1).statusCode()).isEqualTo(200);
    assertThat(mailTo("officer1@example.org", reference + " resubmitted"))
        .contains("ready for assessment");
    HttpResponse<String> declined =
        post(
            "/api/applications/" + id + "/decision",
            manager1,
            "{\"decision\": \"DECLINE\", \"reason\": \"The round is oversubscribed.\"}");
    assertThat(declined.statusCode()).as(declined.body()).isEqualTo(200);
    assertThat(kinds(anchor1, id)).doesNotContain("DECISION_RELEASED");
    HttpResponse<String> released =
        post("/api/rounds/" + Fixtures.roundId() + "/release-decisions", manager1, "{}");
    assertThat(released.statusCode()).as(released.body()).isEqualTo(200);
    assertThat(notice(anchor1, id, "DECISION_RELEASED").getString("body"))
        .contains("has not been funded");
    assertThat(mailTo("anchor1@example.org", "Decision on " + reference))
        .contains(reference, "has not been funded");
    // Another organisation hears nothing of it.
    assertThat(kinds(TestEnv.token("anchor2"), id)).isEmpty();

    // In the browser: the header counts new notices; opening the list (a GET, which a link or an
    // image on another site could make) leaves them new; the list's button (a Faces POST) marks
    // them read.
    try (Browser browser = Fixtures.signedIn("anchor1")) {
      assertThat(browser.driver().findElement(By.id("notices-link")).getText())
          .matches("Notices \\(\\d+ new\\)");
      browser.clickAndWait(By.id("notices-link"));
      assertThat(browser.heading()).isEqualTo("Notices");
      assertThat(browser.driver().findElement(By.id("notices")).getText())
          .contains("Decision on " + reference, "New");
      browser.assertAccessible();
      browser.visit("/notices.xhtml");
      assertThat(browser.driver().findElement(By.id("notices-link")).getText())
          .matches("Notices \\(\\d+ new\\)");
      assertThat(notice(anchor1, id, "DECISION_RELEASED").getBoolean("read")).isFalse();
      browser.clickAndWait(By.id("mark-read"));
      assertThat(browser.driver().findElement(By.id("notices-link")).getText())
          .isEqualTo("Notices");
      assertThat(browser.driver().findElement(By.id("notices")).getText())
          .contains("Decision on " + reference)
          .doesNotContain("New");
    }
    assertThat(notice(anchor1, id, "DECISION_RELEASED").getBoolean("read")).isTrue();
  }

  private static JsonObject notice(String token, long applicationId, String kind) {
    return notices(token).stream()
        .filter(n -> n.getJsonNumber("applicationId").longValue() == applicationId)
        .filter(n -> n.getString("kind").equals(kind))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + kind + " notice for " + applicationId));
  }

  private static List<String> kinds(String token, long applicationId) {
    return notices(token).stream()
        .filter(
            n ->
                !n.isNull("applicationId")
                    && n.getJsonNumber("applicationId").longValue() == applicationId)
        .map(n -> n.getString("kind"))
        .toList();
  }

  private static List<JsonObject> notices(String token) {
    HttpResponse<String> response = TestEnv.get(TestEnv.APP + "/api/me/notifications", token);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return TestEnv.json(response.body()).asJsonArray().getValuesAs(JsonObject.class);
  }

  /** Waits (up to 30 s: the delivery job runs every 5 s) for an e-mail in the mail sink. */
  private static String mailTo(String address, String subject) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < deadline) {
      if (Files.isDirectory(MAIL)) {
        try (Stream<Path> files = Files.list(MAIL)) {
          for (Path file : files.filter(f -> f.toString().endsWith(".eml")).toList()) {
            String message = read(file);
            if (message.contains("X-Sink-To: " + address + "\r\n")
                && message.contains("Subject: Grantwise: " + subject + "\r\n")) {
              return message.replace("=\r\n", "");
            }
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      Thread.sleep(500);
    }
    throw new AssertionError("no e-mail to " + address + " with subject " + subject);
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static HttpResponse<String> post(String path, String token, String json) {
    return TestEnv.send(
        HttpRequest.newBuilder(URI.create(TestEnv.APP + path))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build());
  }
}
