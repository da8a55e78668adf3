package org.grantwise.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.grantwise.it.support.Fixtures;
import org.grantwise.it.support.TestEnv;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The fund's side through the API: rubric, assignment, conflict declarations, scoring, decision,
 * release and the funded project — each step refused to the wrong person or at the wrong time.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AssessmentApiIT {

  private static final String API = TestEnv.APP + "/api";

  @Test
  void aSubmittedApplicationIsAssessedAwardedReleasedAndBecomesAFundedProject() {
    String anchor1 = TestEnv.token("anchor1");
    String officer1 = TestEnv.token("officer1");
    String officer2 = TestEnv.token("officer2");
    String manager1 = TestEnv.token("manager1");
    long round = Fixtures.roundId();
    long id = Fixtures.submittedApplication(anchor1);
    String app = API + "/applications/" + id;

    // The rubric: the review's six criteria, weights adding up to 100.
    JsonArray criteria =
        TestEnv.json(TestEnv.get(API + "/rounds/" + round + "/criteria", officer1).body())
            .asJsonArray();
    assertThat(criteria).hasSize(6);
    assertThat(
            criteria.getValuesAs(JsonObject.class).stream()
                .map(c -> c.getJsonNumber("weight").bigDecimalValue())
                .reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo("100");

    // Assignment is a manager's (self-assignment is off in the demo round).
    assertThat(
            TestEnv.post(app + "/assignment", officer1, "{\"officer\": \"officer1\"}").statusCode())
        .isEqualTo(403);
    // Only the realm's officers can be assigned (Keycloak says who they are).
    for (String notAnOfficer : List.of("nobody-at-all", "anchor1", "manager1")) {
      HttpResponse<String> refused =
          TestEnv.post(app + "/assignment", manager1, "{\"officer\": \"" + notAnOfficer + "\"}");
      assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
      assertThat(refused.body())
          .contains("\"field\":\"officer\"", "no fund officer with the username " + notAnOfficer);
    }
    HttpResponse<String> noModerator =
        TestEnv.post(
            app + "/assignment",
            manager1,
            "{\"officer\": \"officer1\", \"moderator\": \"anchor2\"}");
    assertThat(noModerator.body()).contains("\"field\":\"moderator\"");
    assertThat(status(id, manager1)).as("nothing assigned").isEqualTo("SUBMITTED");
    HttpResponse<String> assigned =
        TestEnv.post(
            app + "/assignment",
            manager1,
            "{\"officer\": \"officer1\", \"moderator\": \"officer2\"}");
    assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(200);
    assertThat(status(id, manager1)).isEqualTo("UNDER_ASSESSMENT");

    // No reading or scoring before the declaration.
    assertThat(TestEnv.get(app, officer1).statusCode()).isEqualTo(404);
    HttpResponse<String> tooEarly =
        TestEnv.post(
            app + "/assessments", officer1, Fixtures.scores(4, "PROGRESSION", null, "AWARD"));
    assertThat(tooEarly.statusCode()).isEqualTo(409);
    assertThat(tooEarly.body()).contains("Declare any conflict of interest");

    // A conflict removes access, and says why.
    assertThat(
            TestEnv.post(app + "/conflict-declaration", officer2, "{\"conflict\": true}")
                .statusCode())
        .isEqualTo(422);
    assertThat(
            TestEnv.post(
                    app + "/conflict-declaration",
                    officer2,
                    "{\"conflict\": true, \"reason\": \"My sister chairs the board\"}")
                .statusCode())
        .isEqualTo(201);
    assertThat(TestEnv.get(app, officer2).statusCode()).isEqualTo(404);
    assertThat(
            TestEnv.post(
                    app + "/assessments",
                    officer2,
                    Fixtures.scores(3, "PROGRESSION", null, "DECLINE"))
                .statusCode())
        .isEqualTo(403);

    assertThat(
            TestEnv.post(app + "/conflict-declaration", officer1, "{\"conflict\": false}")
                .statusCode())
        .isEqualTo(201);
    assertThat(
            TestEnv.post(app + "/conflict-declaration", officer1, "{\"conflict\": false}")
                .statusCode())
        .isEqualTo(409);
    assertThat(TestEnv.get(app, officer1).statusCode()).isEqualTo(200);

    // Scoring: justifications required; reclassifying the model needs a reason.
    HttpResponse<String> unjustified =
        TestEnv.post(
            app + "/assessments",
            officer1,
            Fixtures.scores(4, "PROGRESSION", null, "AWARD").replace("\"Clear evidence\"", "\"\""));
    assertThat(unjustified.statusCode()).isEqualTo(422);
    assertThat(unjustified.body()).contains("scores[1].justification");
    HttpResponse<String> noReason =
        TestEnv.post(
            app + "/assessments",
            officer1,
            Fixtures.scores(4, "DOUBLE_PROGRESSION", null, "AWARD"));
    assertThat(noReason.statusCode()).isEqualTo(422);
    assertThat(noReason.body()).contains("modelReason");
    HttpResponse<String> scored =
        TestEnv.post(
            app + "/assessments",
            officer1,
            Fixtures.scores(
                4, "DOUBLE_PROGRESSION", "Work placements with partners lead to jobs", "AWARD"));
    assertThat(scored.statusCode()).as(scored.body()).isEqualTo(200);
    JsonObject assessment = TestEnv.object(scored.body());
    assertThat(assessment.getString("status")).isEqualTo("COMPLETED");
    assertThat(assessment.getJsonNumber("weightedTotal").bigDecimalValue())
        .isEqualByComparingTo("80.00");
    assertThat(
            TestEnv.post(
                    app + "/assessments",
                    officer1,
                    Fixtures.scores(5, "PROGRESSION", null, "AWARD"))
                .statusCode())
        .isEqualTo(409);

    JsonObject overview = TestEnv.object(TestEnv.get(app + "/assessments", manager1).body());
    assertThat(overview.getJsonArray("assessments")).hasSize(1);
    assertThat(overview.getJsonArray("declarations").getValuesAs(JsonObject.class))
        .anyMatch(d -> d.getString("officer").equals("officer2") && d.getBoolean("conflict"));

    // The decision is a manager's, once; the applicant sees nothing until release.
    String award =
        "{\"decision\": \"AWARD\", \"awardedAmounts\": [{\"year\": 1, \"amount\": 19000.00}, {\"year\": 2, \"amount\": 8000.50}],"
            + " \"startDate\": \"2027-04-01\", \"reason\": \"Strong co-production\"}";
    assertThat(TestEnv.post(app + "/decision", officer1, award).statusCode()).isEqualTo(403);
    HttpResponse<String> decided = TestEnv.post(app + "/decision", manager1, award);
    assertThat(decided.statusCode()).as(decided.body()).isEqualTo(200);
    String projectRef = TestEnv.object(decided.body()).getString("projectRef");
    assertThat(projectRef).matches("PCF-\\d{4}-\\d{4}");
    assertThat(TestEnv.post(app + "/decision", manager1, award).statusCode()).isEqualTo(409);

    assertThat(status(id, anchor1)).isEqualTo("UNDER_ASSESSMENT");
    assertThat(TestEnv.get(API + "/projects/" + projectRef, anchor1).statusCode()).isEqualTo(404);

    HttpResponse<String> released =
        TestEnv.post(API + "/rounds/" + round + "/release-decisions", manager1, "{}");
    assertThat(released.statusCode()).as(released.body()).isEqualTo(200);
    assertThat(TestEnv.object(released.body()).getInt("released")).isGreaterThanOrEqualTo(1);
    assertThat(status(id, anchor1)).isEqualTo("AWARDED");

    HttpResponse<String> project = TestEnv.get(API + "/projects/" + projectRef, anchor1);
    assertThat(project.statusCode()).as(project.body()).isEqualTo(200);
    JsonObject p = TestEnv.object(project.body());
    assertThat(p.getString("primaryTheme")).isEqualTo("TRAINING_UPSKILLING");
    assertThat(p.getString("coProductionModel"))
        .as("the officer's confirmed model")
        .isEqualTo("DOUBLE_PROGRESSION");
    assertThat(p.getJsonObject("organisation").getString("name"))
        .isEqualTo("Riverside Community Anchor");
    assertThat(p.getJsonNumber("total").bigDecimalValue()).isEqualByComparingTo("27000.50");
    assertThat(p.getJsonArray("reportsDue")).hasSize(4);
    assertThat(TestEnv.get(API + "/projects", anchor1).body()).contains(projectRef);
    assertThat(TestEnv.get(API + "/projects/" + projectRef, TestEnv.token("anchor2")).statusCode())
        .isEqualTo(404);
    assertThat(TestEnv.get(API + "/projects", manager1).body()).contains(projectRef);
  }

  @Test
  void illegalDecisionsAreRefusedAndChangeNothing() {
    String anchor1 = TestEnv.token("anchor1");
    String manager1 = TestEnv.token("manager1");
    long draft = Fixtures.draftApplication(anchor1, Fixtures.completeForm());
    HttpResponse<String> unsubmitted =
        TestEnv.post(
            API + "/applications/" + draft + "/decision",
            manager1,
            "{\"decision\": \"DECLINE\", \"reason\": \"x\"}");
    assertThat(unsubmitted.statusCode()).isEqualTo(409);
    assertThat(unsubmitted.body()).contains("Only a submitted application");

    long id = Fixtures.submittedApplication(anchor1);
    String app = API + "/applications/" + id;
    assertThat(
            TestEnv.post(app + "/decision", manager1, "{\"decision\": \"DECLINE\"}").statusCode())
        .isEqualTo(422);
    assertThat(TestEnv.post(app + "/decision", manager1, "{\"decision\": \"MAYBE\"}").statusCode())
        .isEqualTo(422);
    HttpResponse<String> tooMuch =
        TestEnv.post(
            app + "/decision",
            manager1,
            "{\"decision\": \"AWARD\", \"awardedAmounts\": [{\"year\": 1, \"amount\": 50000.01}], \"startDate\": \"2027-04-01\"}");
    assertThat(tooMuch.statusCode()).isEqualTo(422);
    assertThat(tooMuch.body()).contains("awardedAmounts[1].amount");
    HttpResponse<String> moreThanAsked =
        TestEnv.post(
            app + "/decision",
            manager1,
            "{\"decision\": \"AWARD\", \"awardedAmounts\": [{\"year\": 2, \"amount\": 18500.01}], \"startDate\": \"2027-04-01\"}");
    assertThat(moreThanAsked.statusCode()).isEqualTo(422);
    assertThat(moreThanAsked.body()).contains("at most the £18500 requested for that year");
    assertThat(status(id, manager1)).isEqualTo("SUBMITTED");
  }

  @Test
  void requestedChangesComeBackToTheApplicantAndAResubmissionIsANewVersion() {
    String anchor1 = TestEnv.token("anchor1");
    String manager1 = TestEnv.token("manager1");
    long id = Fixtures.submittedApplication(anchor1);
    String app = API + "/applications/" + id;
    HttpResponse<String> changes =
        TestEnv.post(
            app + "/decision",
            manager1,
            "{\"decision\": \"REQUEST_CHANGES\", \"reason\": \"Add a second partner for work placements\"}");
    assertThat(changes.statusCode()).as(changes.body()).isEqualTo(200);
    assertThat(status(id, anchor1)).isEqualTo("CHANGES_REQUESTED");

    HttpRequest put =
        HttpRequest.newBuilder(URI.create(app))
            .header("Authorization", "Bearer " + anchor1)
            .header("Content-Type", "application/json")
            .PUT(
                HttpRequest.BodyPublishers.ofString("{\"title\": \"Skills café with placements\"}"))
            .build();
    assertThat(TestEnv.send(put).statusCode()).isEqualTo(200);
    HttpResponse<String> resubmitted = Fixtures.submit(id, anchor1);
    assertThat(resubmitted.statusCode()).as(resubmitted.body()).isEqualTo(200);
    assertThat(TestEnv.object(resubmitted.body()).getString("status")).isEqualTo("RESUBMITTED");
  }

  @Test
  void twoAssessmentsTooFarApartNeedAModeratedScoreBeforeTheDecision() {
    String anchor1 = TestEnv.token("anchor1");
    String officer1 = TestEnv.token("officer1");
    String officer2 = TestEnv.token("officer2");
    String manager1 = TestEnv.token("manager1");
    long id = Fixtures.submittedApplication(anchor1);
    String app = API + "/applications/" + id;
    assertThat(
            TestEnv.post(
                    app + "/assignment",
                    manager1,
                    "{\"officer\": \"officer1\", \"moderator\": \"officer2\"}")
                .statusCode())
        .isEqualTo(200);
    for (String officer : List.of(officer1, officer2)) {
      assertThat(
              TestEnv.post(app + "/conflict-declaration", officer, "{\"conflict\": false}")
                  .statusCode())
          .isEqualTo(201);
    }
    // Not needed while only one assessment is complete.
    assertThat(
            TestEnv.post(
                    app + "/assessments",
                    officer1,
                    Fixtures.scores(5, "PROGRESSION", null, "AWARD"))
                .statusCode())
        .isEqualTo(200);
    HttpResponse<String> early =
        TestEnv.post(app + "/moderation", manager1, "{\"score\": 60, \"note\": \"Agreed\"}");
    assertThat(early.statusCode()).as(early.body()).isEqualTo(409);
    assertThat(early.body()).contains("only needed when two completed assessments differ");
    assertThat(
            TestEnv.post(
                    app + "/assessments",
                    officer2,
                    Fixtures.scores(1, "PROGRESSION", null, "DECLINE"))
                .statusCode())
        .isEqualTo(200);

    // 100 against 20: the decision waits for a moderated score.
    String award =
        "{\"decision\": \"AWARD\", \"awardedAmounts\": [{\"year\": 1, \"amount\": 10000}],"
            + " \"startDate\": \"2027-04-01\"}";
    HttpResponse<String> blocked = TestEnv.post(app + "/decision", manager1, award);
    assertThat(blocked.statusCode()).as(blocked.body()).isEqualTo(409);
    assertThat(blocked.body()).contains("record the moderated score before deciding");

    // Only a manager or the moderator, and not one who wrote one of the two assessments (officer2
    // did); the score on the scale, with a note.
    assertThat(
            TestEnv.post(app + "/moderation", officer1, "{\"score\": 60, \"note\": \"x\"}")
                .statusCode())
        .isEqualTo(403);
    assertThat(
            TestEnv.post(app + "/moderation", officer2, "{\"score\": 60, \"note\": \"x\"}")
                .statusCode())
        .isEqualTo(403);
    HttpResponse<String> invalid =
        TestEnv.post(app + "/moderation", manager1, "{\"score\": 150, \"note\": \" \"}");
    assertThat(invalid.statusCode()).isEqualTo(422);
    assertThat(invalid.body()).contains("\"score\"", "from 0 to 100", "\"note\"");
    HttpResponse<String> moderated =
        TestEnv.post(
            app + "/moderation",
            manager1,
            "{\"score\": 62.5, \"note\": \"Met and agreed on the partnership evidence\"}");
    assertThat(moderated.statusCode()).as(moderated.body()).isEqualTo(201);
    assertThat(TestEnv.object(moderated.body()).getJsonNumber("moderatedScore").doubleValue())
        .isEqualTo(62.5);
    assertThat(
            TestEnv.post(app + "/moderation", manager1, "{\"score\": 70, \"note\": \"Again\"}")
                .statusCode())
        .isEqualTo(409);

    HttpResponse<String> decided = TestEnv.post(app + "/decision", manager1, award);
    assertThat(decided.statusCode()).as(decided.body()).isEqualTo(200);
  }

  private static String status(long id, String token) {
    HttpResponse<String> response = TestEnv.get(API + "/applications/" + id, token);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return TestEnv.object(response.body()).getString("status");
  }
}
