package org.grantwise.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.grantwise.it.support.TestEnv.post;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.grantwise.it.support.Browser;
import org.grantwise.it.support.Faults;
import org.grantwise.it.support.Fixtures;
import org.grantwise.it.support.TestEnv;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * The decision rules a penetration test found missing: no withdrawal once a decision is recorded, a
 * release that releases what it can and reports the rest, awards within what the application asked
 * and around the decision date, an award only after a completed assessment (or with a recorded
 * reason), and a moderator who does not settle their own disagreement.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DecisionRulesIT {

  private static final String API = TestEnv.APP + "/api";

  /** Years 1 and 2 of the test application's budget: £20,000 and £18,500 asked. */
  private static final String AWARD =
      "{\"decision\": \"AWARD\", \"awardedAmounts\": [{\"year\": 1, \"amount\": 20000},"
          + " {\"year\": 2, \"amount\": 18500}], \"startDate\": \"2027-04-01\"}";

  @Test
  void anApplicantCannotWithdrawOnceADecisionIsRecordedAndTheRoundStillReleases() {
    String anchor1 = TestEnv.token("anchor1");
    String manager1 = TestEnv.token("manager1");
    long id = Fixtures.assessedApplication(anchor1);
    String app = API + "/applications/" + id;
    HttpResponse<String> awarded = post(app + "/decision", manager1, AWARD);
    assertThat(awarded.statusCode()).as(awarded.body()).isEqualTo(200);

    HttpResponse<String> withdrawn =
        post(app + "/withdraw", anchor1, "{\"reason\": \"We found other funding\"}");
    assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(409);
    JsonObject error = TestEnv.object(withdrawn.body());
    assertThat(error.getString("error")).isNotBlank();
    assertThat(error.getString("message")).contains("decision", "being released");
    assertThat(status(id, anchor1)).isEqualTo("UNDER_ASSESSMENT");

    HttpResponse<String> released = release(manager1);
    assertThat(released.statusCode()).as(released.body()).isEqualTo(200);
    assertThat(notReleasedIds(released)).doesNotContain(id);
    assertThat(status(id, anchor1)).isEqualTo("AWARDED");
  }

  @Test
  void oneApplicationThatCannotBeReleasedDoesNotHoldBackTheRestOfTheRound() throws SQLException {
    String anchor1 = TestEnv.token("anchor1");
    String manager1 = TestEnv.token("manager1");
    long awarded = Fixtures.assessedApplication(anchor1);
    assertThat(post(API + "/applications/" + awarded + "/decision", manager1, AWARD).statusCode())
        .isEqualTo(200);
    long stuck = Fixtures.submittedApplication(anchor1);
    HttpResponse<String> declined =
        post(
            API + "/applications/" + stuck + "/decision",
            manager1,
            "{\"decision\": \"DECLINE\", \"reason\": \"Outside the priorities\"}");
    assertThat(declined.statusCode()).as(declined.body()).isEqualTo(200);
    String stuckReference = reference(stuck, manager1);
    // What a withdrawal after the decision left behind before it was refused: such rows may be in
    // a database of an earlier release.
    sql("UPDATE grant_application SET status = 'WITHDRAWN' WHERE id = ?", stuck);
    try {
      // The manager's release page says what could not be released, and why.
      try (Browser browser = Browser.open()) {
        WebDriver d = browser.driver();
        browser.signIn("manager1").visit("/manager/index.xhtml");
        ((JavascriptExecutor) d).executeScript("window.confirm = function () { return true; };");
        browser.clickAndWait(By.xpath("//input[starts-with(@value, 'Release the decisions of')]"));
        assertThat(browser.visibleText())
            .containsPattern("\\d+ decisions? ha(s|ve) been released to applicants");
        assertThat(d.findElement(By.id("not-released")).getText())
            .contains(stuckReference, "withdrawn");
        browser.assertAccessible();
      }
      assertThat(status(awarded, anchor1)).as("released on the page").isEqualTo("AWARDED");

      HttpResponse<String> again = release(manager1);
      assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
      JsonObject body = TestEnv.object(again.body());
      assertThat(body.getInt("released")).isNotNegative();
      JsonObject row =
          body.getJsonArray("notReleased").getValuesAs(JsonObject.class).stream()
              .filter(r -> r.getJsonNumber("applicationId").longValue() == stuck)
              .findFirst()
              .orElseThrow();
      assertThat(row.getString("reference")).isEqualTo(stuckReference);
      assertThat(row.getString("reason")).contains("withdrawn");
      assertThat(
              Faults.count(
                  "SELECT count(*) FROM decision WHERE application_id = ? AND released_at IS NULL",
                  stuck))
          .as("the stuck decision is left as it was")
          .isEqualTo(1);
    } finally {
      sql("UPDATE grant_application SET status = 'UNDER_ASSESSMENT' WHERE id = ?", stuck);
    }
    // Once the application is back under assessment, its decision is released like any other.
    HttpResponse<String> last = release(manager1);
    assertThat(notReleasedIds(last)).doesNotContain(stuck);
    assertThat(status(stuck, anchor1)).isEqualTo("DECLINED");
  }

  @Test
  void anAwardMustBeForYearsOfTheBudgetWithinWhatWasAskedAndStartNearTheDecision() {
    String anchor1 = TestEnv.token("anchor1");
    String manager1 = TestEnv.token("manager1");
    long id = Fixtures.assessedApplication(anchor1);
    String decision = API + "/applications/" + id + "/decision";

    // Year 3 of a two-year budget.
    HttpResponse<String> year3 =
        post(
            decision,
            manager1,
            "{\"decision\": \"AWARD\", \"awardedAmounts\": [{\"year\": 1, \"amount\": 20000},"
                + " {\"year\": 3, \"amount\": 10000}], \"startDate\": \"2027-04-01\"}");
    assertThat(year3.statusCode()).as(year3.body()).isEqualTo(422);
    assertThat(message(year3, "awardedAmounts[2].year")).contains("year 3", "budget");

    HttpResponse<String> fraction =
        post(
            decision,
            manager1,
            "{\"decision\": \"AWARD\", \"awardedAmounts\": [{\"year\": 1.5, \"amount\": 20000}],"
                + " \"startDate\": \"2027-04-01\"}");
    assertThat(fraction.statusCode()).as(fraction.body()).isEqualTo(422);
    assertThat(fields(fraction)).contains("awardedAmounts[1].year");

    HttpResponse<String> overAsked =
        post(
            decision,
            manager1,
            "{\"decision\": \"AWARD\", \"awardedAmounts\": [{\"year\": 1, \"amount\": 20000.01}],"
                + " \"startDate\": \"2027-04-01\"}");
    assertThat(overAsked.statusCode()).isEqualTo(422);
    assertThat(message(overAsked, "awardedAmounts[1].amount")).contains("£20000 requested");

    LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
    for (String start :
        List.of(
            "1901-01-01",
            "2999-01-01",
            today.minusMonths(12).minusDays(1).toString(),
            today.plusMonths(12).plusDays(1).toString())) {
      HttpResponse<String> refused =
          post(
              decision,
              manager1,
              "{\"decision\": \"AWARD\", \"awardedAmounts\": [{\"year\": 1, \"amount\": 20000}],"
                  + " \"startDate\": \""
                  + start
                  + "\"}");
      assertThat(refused.statusCode()).as(start + ": " + refused.body()).isEqualTo(422);
      assertThat(message(refused, "startDate")).contains("12 months");
    }

    HttpResponse<String> tooLong =
        post(
            decision,
            manager1,
            "{\"decision\": \"AWARD\", \"awardedAmounts\": [{\"year\": 1, \"amount\": 20000}],"
                + " \"startDate\": \"2027-04-01\", \"conditions\": \""
                + "x".repeat(4001)
                + "\"}");
    assertThat(tooLong.statusCode()).as(tooLong.body()).isEqualTo(422);
    assertThat(fields(tooLong)).contains("conditions");
    assertThat(status(id, manager1)).as("nothing decided").isEqualTo("UNDER_ASSESSMENT");
    assertThat(Faults.count("SELECT count(*) FROM decision WHERE application_id = ?", id)).isZero();

    // The edges are allowed: 12 months before the decision date, and the full amounts asked.
    HttpResponse<String> awarded =
        post(
            decision,
            manager1,
            "{\"decision\": \"AWARD\", \"awardedAmounts\": [{\"year\": 1, \"amount\": 20000},"
                + " {\"year\": 2, \"amount\": 18500}], \"startDate\": \""
                + today.minusMonths(12)
                + "\"}");
    assertThat(awarded.statusCode()).as(awarded.body()).isEqualTo(200);
  }

  @Test
  void anAwardNeedsACompletedAssessmentOrARecordedReasonToDecideWithoutOne() {
    String anchor1 = TestEnv.token("anchor1");
    String manager1 = TestEnv.token("manager1");
    String officer1 = TestEnv.token("officer1");
    long id = Fixtures.submittedApplication(anchor1);
    String app = API + "/applications/" + id;

    HttpResponse<String> unassessed = post(app + "/decision", manager1, AWARD);
    assertThat(unassessed.statusCode()).as(unassessed.body()).isEqualTo(422);
    assertThat(message(unassessed, "noAssessmentReason")).contains("completed assessment");

    // A draft assessment is not enough.
    assertThat(post(app + "/assignment", manager1, "{\"officer\": \"officer1\"}").statusCode())
        .isEqualTo(200);
    assertThat(post(app + "/conflict-declaration", officer1, "{\"conflict\": false}").statusCode())
        .isEqualTo(201);
    assertThat(
            post(
                    app + "/assessments",
                    officer1,
                    "{\"scores\": [{\"criterion\": \"PRIORITIES_FIT\", \"score\": 3,"
                        + " \"justification\": \"Fits the fund\"}], \"status\": \"DRAFT\"}")
                .statusCode())
        .isEqualTo(200);
    HttpResponse<String> draftOnly = post(app + "/decision", manager1, AWARD);
    assertThat(draftOnly.statusCode()).as(draftOnly.body()).isEqualTo(422);
    assertThat(fields(draftOnly)).contains("noAssessmentReason");
    // The award's own reason is not a reason to skip the assessment.
    HttpResponse<String> withAwardReason =
        post(
            app + "/decision",
            manager1,
            AWARD.replaceFirst("\\}$", ", \"reason\": \"Strong plan\"}"));
    assertThat(withAwardReason.statusCode()).isEqualTo(422);

    String reason = "Panel of 1 December agreed to fund without the officer's assessment";
    HttpResponse<String> decided =
        post(
            app + "/decision",
            manager1,
            AWARD.replaceFirst("\\}$", ", \"noAssessmentReason\": \"" + reason + "\"}"));
    assertThat(decided.statusCode()).as(decided.body()).isEqualTo(200);
    assertThat(
            Faults.count(
                "SELECT count(*) FROM decision WHERE application_id = ? AND no_assessment_reason"
                    + " = ?",
                id,
                reason))
        .as("the reason is recorded with the decision")
        .isEqualTo(1);

    // A completed assessment needs no such reason, and one given anyway is refused as misleading.
    long assessed = Fixtures.assessedApplication(anchor1);
    HttpResponse<String> needless =
        post(
            API + "/applications/" + assessed + "/decision",
            manager1,
            AWARD.replaceFirst("\\}$", ", \"noAssessmentReason\": \"Not needed\"}"));
    assertThat(needless.statusCode()).as(needless.body()).isEqualTo(422);
    assertThat(fields(needless)).containsExactly("noAssessmentReason");
  }

  @Test
  void aModeratorWhoIsOneOfTheTwoDisagreeingAssessorsCannotSettleTheDisagreement() {
    String anchor1 = TestEnv.token("anchor1");
    String officer1 = TestEnv.token("officer1");
    String officer2 = TestEnv.token("officer2");
    String manager1 = TestEnv.token("manager1");
    long id = Fixtures.submittedApplication(anchor1);
    String app = API + "/applications/" + id;
    assertThat(
            post(
                    app + "/assignment",
                    manager1,
                    "{\"officer\": \"officer1\", \"moderator\": \"officer2\"}")
                .statusCode())
        .isEqualTo(200);
    for (String officer : List.of(officer1, officer2)) {
      assertThat(post(app + "/conflict-declaration", officer, "{\"conflict\": false}").statusCode())
          .isEqualTo(201);
    }
    assertThat(
            post(app + "/assessments", officer1, Fixtures.scores(5, "PROGRESSION", null, "AWARD"))
                .statusCode())
        .isEqualTo(200);
    assertThat(
            post(app + "/assessments", officer2, Fixtures.scores(1, "PROGRESSION", null, "DECLINE"))
                .statusCode())
        .isEqualTo(200);

    HttpResponse<String> own =
        post(app + "/moderation", officer2, "{\"score\": 60, \"note\": \"I agree with myself\"}");
    assertThat(own.statusCode()).as(own.body()).isEqualTo(403);
    assertThat(TestEnv.object(own.body()).getString("message")).contains("assessed");
    assertThat(Faults.count("SELECT count(*) FROM moderation WHERE application_id = ?", id))
        .isZero();

    HttpResponse<String> managers =
        post(app + "/moderation", manager1, "{\"score\": 60, \"note\": \"Agreed at panel\"}");
    assertThat(managers.statusCode()).as(managers.body()).isEqualTo(201);
  }

  @Test
  void theDecisionPageShowsTheAwardRulesAtEachField() {
    long id = Fixtures.submittedApplication(TestEnv.token("anchor1"));
    try (Browser browser = Browser.open()) {
      WebDriver d = browser.driver();
      browser.signIn("manager1").visit("/manager/application.xhtml?id=" + id);
      assertThat(d.findElement(By.id("amount1-hint")).getText()).contains("£20,000");
      assertThat(d.findElement(By.id("amount3-hint")).getText()).contains("not in the budget");
      assertThat(d.findElement(By.id("startDate-hint")).getText()).contains("12 months");
      browser.assertAccessible();

      d.findElement(By.cssSelector("input[name='decision'][value='AWARD']")).click();
      d.findElement(By.id("amount2")).sendKeys("18500.01");
      d.findElement(By.id("amount3")).sendKeys("10000");
      d.findElement(By.id("startDate")).sendKeys("1901-01-01");
      browser.clickAndWait(By.id("decide"));
      String summary = d.findElement(By.id("error-summary")).getText();
      assertThat(summary).contains("completed assessment", "12 months", "year 3", "£18500");
      assertThat(d.findElement(By.id("amount2-error")).getText()).contains("£18500 requested");
      assertThat(d.findElement(By.id("amount3-error")).getText()).contains("budget");
      assertThat(d.findElement(By.id("startDate-error")).getText()).contains("12 months");
      assertThat(d.findElement(By.id("noAssessmentReason-error")).getText())
          .contains("completed assessment");
      assertThat(
              d.findElement(By.cssSelector("#error-summary a[data-field='noAssessmentReason']"))
                  .getAttribute("href"))
          .endsWith("#noAssessmentReason");
      browser.assertAccessible();

      d.findElement(By.id("amount2")).clear();
      d.findElement(By.id("amount2")).sendKeys("18500");
      d.findElement(By.id("amount3")).clear();
      d.findElement(By.id("startDate")).clear();
      d.findElement(By.id("startDate")).sendKeys("2027-04-01");
      d.findElement(By.id("amount1")).sendKeys("20000");
      d.findElement(By.id("noAssessmentReason")).sendKeys("Agreed at panel without an officer");
      browser.clickAndWait(By.id("decide"));
      assertThat(browser.visibleText()).contains("Awarded: funded project PCF-");
    }
  }

  // --- helpers -------------------------------------------------------------------------------

  private static HttpResponse<String> release(String token) {
    return post(API + "/rounds/" + Fixtures.roundId() + "/release-decisions", token, "{}");
  }

  private static List<Long> notReleasedIds(HttpResponse<String> released) {
    assertThat(released.statusCode()).as(released.body()).isEqualTo(200);
    return TestEnv.object(released.body())
        .getJsonArray("notReleased")
        .getValuesAs(JsonObject.class)
        .stream()
        .map(r -> r.getJsonNumber("applicationId").longValue())
        .toList();
  }

  private static String status(long id, String token) {
    return application(id, token).getString("status");
  }

  private static String reference(long id, String token) {
    return application(id, token).getString("reference");
  }

  private static JsonObject application(long id, String token) {
    HttpResponse<String> response = TestEnv.get(API + "/applications/" + id, token);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return TestEnv.object(response.body());
  }

  private static List<String> fields(HttpResponse<String> response) {
    return TestEnv.object(response.body())
        .getJsonArray("errors")
        .getValuesAs(JsonObject.class)
        .stream()
        .map(e -> e.getString("field"))
        .toList();
  }

  private static String message(HttpResponse<String> response, String field) {
    return TestEnv.object(response.body())
        .getJsonArray("errors")
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(e -> e.getString("field").equals(field))
        .map(e -> e.getString("message"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no error on " + field + ": " + response.body()));
  }

  private static void sql(String update, long id) throws SQLException {
    try (Connection db = Faults.database();
        PreparedStatement statement = db.prepareStatement(update)) {
      statement.setLong(1, id);
      assertThat(statement.executeUpdate()).isEqualTo(1);
    }
  }
}
