package org.grantwise.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.grantwise.it.support.Fixtures;
import org.grantwise.it.support.TestEnv;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The CMO statistics from records sent through the API: each respondent counted once by their most
 * recent record in the period, unanswered sections left out of N, every item listed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReportApiIT {

  private static String projectRef;

  @BeforeAll
  static void records() {
    String anchor1 = TestEnv.token("anchor1");
    projectRef = Fixtures.fundedProject(anchor1);
    String batch =
        "["
            // A partner: the follow-up is the most recent record.
            + record(
                "R-001", "PARTNER", "BASELINE", "2026-02-01", "[\"MADE_WELCOME\"]", "[\"PRIDE\"]")
            + ","
            + record(
                "R-001",
                "PARTNER",
                "FOLLOW_UP",
                "2026-05-01",
                "[\"MADE_WELCOME\", \"CO_DELIVERY\"]",
                "[\"TRUST_RELATIONSHIPS\"], \"coProductionBefore\": \"NOT_INVOLVED\","
                    + " \"coProductionNow\": \"CO_DELIVERY\", \"shortTermOutcomes\":"
                    + " [\"SKILLS_KNOWLEDGE\", \"PARTNERSHIP_WORKING\"]")
            + ","
            // A partner with a baseline and an exit on the same day: the exit counts, and it
            // answered "none" for contexts.
            + record("R-002", "PARTNER", "BASELINE", "2026-03-01", "[\"CO_DELIVERY\"]", "null")
            + ","
            + record(
                "R-002",
                "PARTNER",
                "EXIT",
                "2026-03-01",
                "[]",
                "[\"PRIDE\"], \"coProductionBefore\": \"CONSULTED\","
                    + " \"coProductionNow\": \"CONSULTED\"")
            + ","
            // A community member whose record left contexts unanswered.
            + record("R-003", "COMMUNITY_MEMBER", "BASELINE", "2026-03-01", "null", "[\"PRIDE\"]")
            + "]";
    HttpResponse<String> sent = TestEnv.post(Fixtures.recordsOf(projectRef), anchor1, batch);
    assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
  }

  @Test
  void eachRespondentCountsOnceByTheirMostRecentRecordAndUnansweredSectionsAreNotInN() {
    JsonObject all = report("CONTEXTS", "ALL", "");
    assertThat(all.getString("category")).isEqualTo("CONTEXTS");
    List<JsonObject> groups = all.getJsonArray("groups").getValuesAs(JsonObject.class);
    assertThat(groups).hasSize(1);
    JsonObject everyone = groups.get(0);
    assertThat(everyone.getString("key")).isEqualTo("ALL");
    assertThat(everyone.getInt("n")).as("R-C left contexts unanswered").isEqualTo(2);
    assertThat(item(everyone, "MADE_WELCOME").getInt("count")).isEqualTo(1);
    assertThat(item(everyone, "MADE_WELCOME").getJsonNumber("percent").doubleValue())
        .isEqualTo(50.0);
    assertThat(item(everyone, "CO_DELIVERY").getInt("count"))
        .as("R-B's exit (none) wins over the same day's baseline")
        .isEqualTo(1);
    assertThat(item(everyone, "AWARENESS_TRAINING").getInt("count")).isZero();
    assertThat(everyone.getJsonArray("items")).as("every context is listed").hasSize(8);

    JsonObject byType = report("MECHANISMS", "PARTICIPANT_TYPE", "");
    List<JsonObject> types = byType.getJsonArray("groups").getValuesAs(JsonObject.class);
    assertThat(types)
        .extracting(g -> g.getString("key"))
        .containsExactly("PARTNER", "COMMUNITY_MEMBER");
    assertThat(types.get(0).getInt("n")).isEqualTo(2);
    assertThat(item(types.get(0), "PRIDE").getJsonNumber("percent").doubleValue())
        .as("R-A's follow-up no longer lists pride; R-B's exit does")
        .isEqualTo(50.0);
    assertThat(types.get(1).getInt("n")).isEqualTo(1);
    assertThat(item(types.get(1), "PRIDE").getJsonNumber("percent").doubleValue()).isEqualTo(100.0);

    // Up to April: R-A's baseline is their most recent record in the period.
    JsonObject early = report("CONTEXTS", "ALL", "&to=2026-04-30");
    JsonObject g = early.getJsonArray("groups").getJsonObject(0);
    assertThat(g.getInt("n")).isEqualTo(2);
    assertThat(item(g, "CO_DELIVERY").getInt("count")).isZero();
    assertThat(item(g, "MADE_WELCOME").getInt("count")).isEqualTo(1);

    // Breakdowns of our own: the application's strongest COM-B component, and its domains (a
    // respondent counts in each domain of their project).
    JsonObject byFocus = report("CONTEXTS", "COM_B_FOCUS", "");
    assertThat(byFocus.getJsonArray("groups").getJsonObject(0).getString("key"))
        .isEqualTo("CAPABILITY");
    assertThat(byFocus.getJsonArray("groups").getJsonObject(0).getInt("n")).isEqualTo(2);
    List<JsonObject> domains =
        report("CONTEXTS", "DOMAIN", "").getJsonArray("groups").getValuesAs(JsonObject.class);
    assertThat(domains)
        .extracting(d -> d.getString("key"))
        .containsExactlyInAnyOrder("EMPLOYMENT", "FINANCIAL_CAPABILITY");
    assertThat(domains).allMatch(d -> d.getInt("n") == 2);

    // The theme and model filters narrow to the funded projects that have them.
    String theme =
        report("CONTEXTS", "THEME", "").getJsonArray("groups").getJsonObject(0).getString("key");
    assertThat(
            report("CONTEXTS", "ALL", "&theme=" + theme)
                .getJsonArray("groups")
                .getJsonObject(0)
                .getInt("n"))
        .isEqualTo(2);
    String other = theme.equals("ADVICE_SUPPORT") ? "TRAINING_UPSKILLING" : "ADVICE_SUPPORT";
    assertThat(report("CONTEXTS", "ALL", "&theme=" + other).getJsonArray("groups")).isEmpty();

    JsonObject byTheme = report("CONTEXTS", "THEME", "");
    assertThat(byTheme.getJsonArray("groups").getJsonObject(0).getString("label")).isNotBlank();
  }

  @Test
  void badParametersNameTheParameterAndApplicantsAreRefused() {
    for (String[] bad :
        new String[][] {
          {"category=FEELINGS&by=ALL", "category"},
          {"by=ALL", "category"},
          {"category=CONTEXTS&by=HAIR_COLOUR", "by"},
          {"category=CONTEXTS&roundId=one", "roundId"},
          {"category=CONTEXTS&from=2026-13-01", "from"},
          {"category=CONTEXTS&from=2026-05-01&to=2026-04-01", "from"},
          {"category=CONTEXTS&projectRef=" + enc("x' OR 1=1 --"), "projectRef"},
          {"category=CONTEXTS&theme=" + enc("'; DROP TABLE outcome_record; --"), "theme"},
          {"category=CONTEXTS&model=lower", "model"}
        }) {
      HttpResponse<String> response =
          TestEnv.get(TestEnv.APP + "/api/reports/cmo?" + bad[0], TestEnv.token("manager1"));
      assertThat(response.statusCode()).as(bad[0]).isEqualTo(400);
      assertThat(TestEnv.object(response.body()).getString("parameter"))
          .as(bad[0])
          .isEqualTo(bad[1]);
    }
    assertThat(
            TestEnv.get(
                    TestEnv.APP + "/api/reports/cmo?category=CONTEXTS", TestEnv.token("anchor1"))
                .statusCode())
        .isEqualTo(403);
    assertThat(
            TestEnv.get(
                    TestEnv.APP + "/api/reports/cmo?category=CONTEXTS", TestEnv.token("officer1"))
                .statusCode())
        .isEqualTo(200);
  }

  @Test
  void releasedAwardsArePublishedIn360GivingJsonAndCsv() {
    String manager1 = TestEnv.token("manager1");
    HttpResponse<String> json =
        TestEnv.get(
            TestEnv.APP + "/api/exports/360giving.json?roundId=" + Fixtures.roundId(), manager1);
    assertThat(json.statusCode()).as(json.body()).isEqualTo(200);
    JsonObject grant =
        TestEnv.object(json.body()).getJsonArray("grants").getValuesAs(JsonObject.class).stream()
            .filter(g -> g.getString("id").equals("360G-grantwise-demo-" + projectRef))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no grant for " + projectRef));
    assertThat(grant.getString("currency")).isEqualTo("GBP");
    assertThat(grant.getJsonNumber("amountAwarded").bigDecimalValue())
        .isEqualByComparingTo("38000");
    assertThat(grant.getJsonNumber("amountAppliedFor").bigDecimalValue())
        .isEqualByComparingTo("38500");
    assertThat(grant.getString("awardDate")).matches("\\d{4}-\\d{2}-\\d{2}");
    assertThat(grant.getJsonArray("recipientOrganization").getJsonObject(0).getString("id"))
        .isEqualTo("GB-SC-SC012345");
    assertThat(grant.getJsonArray("fundingOrganization").getJsonObject(0).getString("id"))
        .isEqualTo("GB-GOR-GRANTWISE-DEMO");
    assertThat(grant.getJsonArray("plannedDates").getJsonObject(0).getString("startDate"))
        .isEqualTo("2026-01-05");
    assertThat(grant.getJsonArray("plannedDates").getJsonObject(0).getString("endDate"))
        .isEqualTo("2028-01-04");
    assertThat(grant.getJsonArray("grantProgramme").getJsonObject(0).getString("title"))
        .startsWith("People and Communities Fund");

    HttpResponse<String> csv = TestEnv.get(TestEnv.APP + "/api/exports/360giving.csv", manager1);
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    List<String> lines = csv.body().lines().toList();
    assertThat(lines.get(0))
        .startsWith("\uFEFFIdentifier,Title,Description,Currency,Amount Awarded,Amount Applied For")
        .contains("Recipient Org:Identifier", "Funding Org:Identifier");
    assertThat(lines)
        .anyMatch(
            l ->
                l.startsWith("360G-grantwise-demo-" + projectRef + ",")
                    && l.contains("GB-SC-SC012345"));

    assertThat(
            TestEnv.get(TestEnv.APP + "/api/exports/360giving.json", TestEnv.token("anchor1"))
                .statusCode())
        .isEqualTo(403);
    assertThat(
            TestEnv.get(TestEnv.APP + "/api/exports/360giving.csv", TestEnv.token("officer1"))
                .statusCode())
        .isEqualTo(403);
    assertThat(
            TestEnv.get(TestEnv.APP + "/api/exports/360giving.json?roundId=x", manager1)
                .statusCode())
        .isEqualTo(400);
  }

  @Test
  void theLadderMatrixAndEachProjectsMovesUp() {
    HttpResponse<String> response =
        TestEnv.get(
            TestEnv.APP + "/api/reports/co-production-change?projectRef=" + projectRef,
            TestEnv.token("manager1"));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonObject ladder = TestEnv.object(response.body());
    assertThat(ladder.getJsonArray("levels")).hasSize(5);
    JsonObject notInvolved = ladder.getJsonArray("matrix").getJsonObject(0);
    assertThat(notInvolved.getString("before")).isEqualTo("NOT_INVOLVED");
    assertThat(notInvolved.getInt("total")).isEqualTo(1);
    JsonObject project = ladder.getJsonArray("projects").getJsonObject(0);
    assertThat(project.getString("projectRef")).isEqualTo(projectRef);
    assertThat(project.getInt("respondents")).isEqualTo(2);
    assertThat(project.getInt("movedUp")).isEqualTo(1);
    assertThat(project.getJsonNumber("percentMovedUp").doubleValue()).isEqualTo(50.0);
  }

  @Test
  void eachProjectsAimsStandAgainstWhatItsRespondentsReport() {
    HttpResponse<String> response =
        TestEnv.get(
            TestEnv.APP + "/api/reports/aims-vs-outcomes?projectRef=" + projectRef,
            TestEnv.token("manager1"));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonObject project = TestEnv.json(response.body()).asJsonArray().getJsonObject(0);
    assertThat(project.getString("projectRef")).isEqualTo(projectRef);
    List<JsonObject> outcomes = project.getJsonArray("outcomes").getValuesAs(JsonObject.class);
    JsonObject skills = outcome(outcomes, "SKILLS_KNOWLEDGE");
    assertThat(skills.getBoolean("aimedFor")).isTrue();
    assertThat(skills.getInt("reporting")).isEqualTo(1);
    assertThat(skills.getInt("n")).isEqualTo(1);
    assertThat(skills.getJsonNumber("percent").doubleValue()).isEqualTo(100.0);
    assertThat(outcome(outcomes, "PARTNERSHIP_WORKING").getBoolean("aimedFor")).isFalse();
    JsonObject employment = outcome(outcomes, "EMPLOYMENT");
    assertThat(employment.getBoolean("aimedFor")).isTrue();
    assertThat(employment.getInt("reporting")).isZero();
    assertThat(outcomes).noneMatch(o -> o.getString("code").equals("LIFE_CHANGING"));
  }

  @Test
  void coverageSetsRespondentsAgainstParticipantsReachedAndFlagsALowRate() {
    String anchor1 = TestEnv.token("anchor1");
    String period = TestEnv.APP + "/api/projects/" + projectRef + "/returns/2026-07-05";
    HttpResponse<String> saved =
        TestEnv.send(
            java.net.http.HttpRequest.newBuilder(java.net.URI.create(period))
                .header("Authorization", "Bearer " + anchor1)
                .header("Content-Type", "application/json")
                .PUT(
                    java.net.http.HttpRequest.BodyPublishers.ofString(
                        "{\"participantsReached\": 40, \"activitiesDelivered\": \"Café\","
                            + " \"whatWorked\": \"Mentors\", \"barriers\": \"Fares\","
                            + " \"enablers\": \"A room\", \"unexpectedResults\": \"None\","
                            + " \"coProductionChanges\": \"Two volunteers\"}"))
                .build());
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
    HttpResponse<String> submitted = TestEnv.post(period + "/submit", anchor1, "{}");
    assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);

    HttpResponse<String> response =
        TestEnv.get(
            TestEnv.APP + "/api/reports/coverage?projectRef=" + projectRef,
            TestEnv.token("officer1"));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonObject coverage = TestEnv.json(response.body()).asJsonArray().getJsonObject(0);
    assertThat(coverage.getInt("respondents")).isEqualTo(3);
    assertThat(coverage.getInt("participantsReached")).isEqualTo(40);
    assertThat(coverage.getJsonNumber("responseRate").doubleValue()).isEqualTo(7.5);
    assertThat(coverage.getBoolean("low")).isTrue();
  }

  private static JsonObject outcome(List<JsonObject> outcomes, String code) {
    return outcomes.stream()
        .filter(o -> o.getString("code").equals(code))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no outcome " + code));
  }

  private static JsonObject report(String category, String by, String more) {
    HttpResponse<String> response =
        TestEnv.get(
            TestEnv.APP
                + "/api/reports/cmo?category="
                + category
                + "&by="
                + by
                + "&projectRef="
                + projectRef
                + more,
            TestEnv.token("manager1"));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return TestEnv.object(response.body());
  }

  private static JsonObject item(JsonObject group, String code) {
    return group.getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .filter(i -> i.getString("code").equals(code))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no item " + code));
  }

  private static String record(
      String ref, String type, String wave, String on, String contexts, String mechanisms) {
    return "{\"respondentRef\": \""
        + ref
        + "\", \"participantType\": \""
        + type
        + "\", \"wave\": \""
        + wave
        + "\", \"collectedOn\": \""
        + on
        + "\", \"consent\": true, \"contexts\": "
        + contexts
        + ", \"mechanisms\": "
        + mechanisms
        + "}";
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
