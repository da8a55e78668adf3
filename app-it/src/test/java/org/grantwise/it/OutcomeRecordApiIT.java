package org.grantwise.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.List;
import org.grantwise.it.support.Fixtures;
import org.grantwise.it.support.TestEnv;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Outcome records through the API: the same identity replaces rather than doubles, a section's null
 * (not asked) and [] (none) survive the round trip, a batch with one bad record writes nothing, and
 * another organisation cannot see or touch the project.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OutcomeRecordApiIT {

  private static final String API = TestEnv.APP + "/api";

  @Test
  void sendingTheSameIdentityAgainReplacesTheRecordAndNeverDoublesIt() {
    String anchor1 = TestEnv.token("anchor1");
    String records = Fixtures.recordsOf(Fixtures.fundedProject(anchor1));
    String first =
        "["
            + Fixtures.outcomeRecord(
                "R-101", "BASELINE", "2026-02-01", "\"contexts\": [\"MADE_WELCOME\"]")
            + ","
            + Fixtures.outcomeRecord("R-102", "BASELINE", "2026-02-01", "\"contexts\": []")
            + "]";
    HttpResponse<String> created = TestEnv.post(records, anchor1, first);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
    assertThat(counts(created)).containsExactly(2, 0);

    String again =
        "["
            + Fixtures.outcomeRecord(
                "R-101",
                "BASELINE",
                "2026-02-01",
                "\"contexts\": [\"MADE_WELCOME\", \"CO_DELIVERY\"]")
            + ","
            + Fixtures.outcomeRecord("R-101", "EXIT", "2026-06-01", "\"contexts\": []")
            + "]";
    HttpResponse<String> replaced = TestEnv.post(records, anchor1, again);
    assertThat(replaced.statusCode()).as(replaced.body()).isEqualTo(200);
    assertThat(counts(replaced)).containsExactly(1, 1);

    HttpResponse<String> listed = TestEnv.get(records + "?page=0&size=50", anchor1);
    assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
    assertThat(listed.headers().firstValue("X-Total-Count")).hasValue("3");
    JsonObject baseline = find(TestEnv.json(listed.body()).asJsonArray(), "R-101", "BASELINE");
    assertThat(baseline.getJsonArray("contexts").getValuesAs(JsonValue::toString))
        .containsExactly("\"MADE_WELCOME\"", "\"CO_DELIVERY\"");
    assertThat(baseline.getJsonNumber("id")).isNotNull();

    // Paging: one record per page, three pages.
    HttpResponse<String> second = TestEnv.get(records + "?page=1&size=1", anchor1);
    assertThat(TestEnv.json(second.body()).asJsonArray()).hasSize(1);
    assertThat(TestEnv.json(TestEnv.get(records + "?page=3&size=1", anchor1).body()).asJsonArray())
        .isEmpty();
  }

  @Test
  void aSectionNotAskedStaysNullAndASectionAnsweredNoneStaysEmpty() {
    String anchor1 = TestEnv.token("anchor1");
    String records = Fixtures.recordsOf(Fixtures.fundedProject(anchor1));
    String body =
        "["
            + Fixtures.outcomeRecord(
                "R-201",
                "FOLLOW_UP",
                "2026-03-15",
                "\"mechanisms\": null, \"shortTermOutcomes\": [], \"longTermOutcomes\":"
                    + " [\"WELLBEING\"], \"coProductionBefore\": \"CONSULTED\","
                    + " \"coProductionNow\": \"CO_DELIVERY\"")
            + "]";
    HttpResponse<String> saved = TestEnv.post(records, anchor1, body);
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);

    JsonObject r =
        TestEnv.json(TestEnv.get(records, anchor1).body()).asJsonArray().getJsonObject(0);
    assertThat(r.get("contexts")).as("absent = not asked").isEqualTo(JsonValue.NULL);
    assertThat(r.get("mechanisms")).as("null = not asked").isEqualTo(JsonValue.NULL);
    assertThat(r.get("selfIdentifiedOutcomes")).isEqualTo(JsonValue.NULL);
    assertThat(r.getJsonArray("shortTermOutcomes")).as("[] = answered, none").isEmpty();
    assertThat(r.getJsonArray("longTermOutcomes")).hasSize(1);
    assertThat(r.getString("respondentRef")).isEqualTo("R-201");
    assertThat(r.getString("participantType")).isEqualTo("COMMUNITY_MEMBER");
    assertThat(r.getString("wave")).isEqualTo("FOLLOW_UP");
    assertThat(r.getString("collectedOn")).isEqualTo("2026-03-15");
    assertThat(r.getBoolean("consent")).isTrue();
    assertThat(r.getString("coProductionBefore")).isEqualTo("CONSULTED");
    assertThat(r.getString("coProductionNow")).isEqualTo("CO_DELIVERY");
  }

  @Test
  void oneInvalidRecordRejectsTheWholeBatchNamingIndexAndField() {
    String anchor1 = TestEnv.token("anchor1");
    String records = Fixtures.recordsOf(Fixtures.fundedProject(anchor1));
    String body =
        "["
            + Fixtures.outcomeRecord("R-301", "BASELINE", "2026-02-01", "\"contexts\": []")
            + ","
            + Fixtures.outcomeRecord(
                "R-302", "BASELINE", "2026-02-01", "\"contexts\": [\"NOT_A_CONTEXT\"]")
            + ","
            + Fixtures.outcomeRecord("R-303", "BASELINE", "2999-01-01", "\"contexts\": []")
                .replace("\"consent\": true", "\"consent\": false")
            + ","
            + Fixtures.outcomeRecord(
                "R-304", "MIDWAY", "yesterday", "\"participantType\": \"VOLUNTEER\"")
            + ","
            + Fixtures.outcomeRecord("R-301", "BASELINE", "2026-02-01", "\"contexts\": []")
            + "]";
    HttpResponse<String> rejected = TestEnv.post(records, anchor1, body);
    assertThat(rejected.statusCode()).as(rejected.body()).isEqualTo(422);
    List<String> errors =
        TestEnv.object(rejected.body())
            .getJsonArray("errors")
            .getValuesAs(JsonObject.class)
            .stream()
            .map(e -> e.getInt("index") + ":" + e.getString("field"))
            .toList();
    assertThat(errors)
        .contains(
            "1:contexts",
            "2:consent",
            "2:collectedOn",
            "3:wave",
            "3:collectedOn",
            "4:respondentRef")
        .noneMatch(e -> e.startsWith("0:"));
    assertThat(rejected.body()).contains("NOT_A_CONTEXT").contains("future");

    HttpResponse<String> listed = TestEnv.get(records, anchor1);
    assertThat(listed.headers().firstValue("X-Total-Count"))
        .as("nothing of the batch was written")
        .hasValue("0");

    HttpResponse<String> notArray = TestEnv.post(records, anchor1, "{\"respondentRef\": \"R-1\"}");
    assertThat(notArray.statusCode()).isEqualTo(422);
  }

  @Test
  void anotherOrganisationCannotSeeOrChangeTheRecordsButTheFundsStaffCan() {
    String anchor1 = TestEnv.token("anchor1");
    String anchor2 = TestEnv.token("anchor2");
    String records = Fixtures.recordsOf(Fixtures.fundedProject(anchor1));
    String body =
        "[" + Fixtures.outcomeRecord("R-401", "BASELINE", "2026-02-01", "\"contexts\": []") + "]";
    assertThat(TestEnv.post(records, anchor1, body).statusCode()).isEqualTo(200);
    long id =
        TestEnv.json(TestEnv.get(records, anchor1).body())
            .asJsonArray()
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();

    assertThat(TestEnv.get(records, anchor2).statusCode()).isEqualTo(404);
    assertThat(TestEnv.post(records, anchor2, body).statusCode()).isEqualTo(404);
    assertThat(TestEnv.delete(records + "/" + id, anchor2).statusCode()).isEqualTo(404);
    assertThat(
            TestEnv.post(
                    records.replace("outcome-records", "erasures"),
                    anchor2,
                    "{\"respondentRef\": \"R-401\"}")
                .statusCode())
        .isEqualTo(404);
    assertThat(TestEnv.get(records, null).statusCode()).isEqualTo(401);
    assertThat(TestEnv.get(records, anchor2).body()).doesNotContain("R-401");

    for (String staff : List.of("officer1", "manager1", "admin1")) {
      HttpResponse<String> seen = TestEnv.get(records, TestEnv.token(staff));
      assertThat(seen.statusCode()).as(staff).isEqualTo(200);
      assertThat(seen.body()).as(staff).contains("R-401");
    }

    assertThat(TestEnv.delete(records + "/" + id, anchor1).statusCode()).isEqualTo(204);
    assertThat(TestEnv.delete(records + "/" + id, anchor1).statusCode()).isEqualTo(404);
    assertThat(TestEnv.get(records, anchor1).headers().firstValue("X-Total-Count")).hasValue("0");
  }

  @Test
  void erasingARespondentRemovesTheirCodeButKeepsTheAnswersPaired() {
    String anchor1 = TestEnv.token("anchor1");
    String records = Fixtures.recordsOf(Fixtures.fundedProject(anchor1));
    String body =
        "["
            + Fixtures.outcomeRecord(
                "R-501", "BASELINE", "2026-02-01", "\"contexts\": [\"MADE_WELCOME\"]")
            + ","
            + Fixtures.outcomeRecord("R-501", "EXIT", "2026-07-01", "\"contexts\": []")
            + ","
            + Fixtures.outcomeRecord("R-502", "BASELINE", "2026-02-01", "\"contexts\": []")
            + "]";
    assertThat(TestEnv.post(records, anchor1, body).statusCode()).isEqualTo(200);
    String erasures = records.replace("outcome-records", "erasures");
    HttpResponse<String> erased = TestEnv.post(erasures, anchor1, "{\"respondentRef\": \"R-501\"}");
    assertThat(erased.statusCode()).as(erased.body()).isEqualTo(200);
    assertThat(TestEnv.object(erased.body()).getInt("erased")).isEqualTo(2);
    assertThat(TestEnv.post(erasures, anchor1, "{\"respondentRef\": \"R-501\"}").statusCode())
        .isEqualTo(404);

    List<JsonObject> all =
        TestEnv.json(TestEnv.get(records, anchor1).body())
            .asJsonArray()
            .getValuesAs(JsonObject.class);
    assertThat(all).hasSize(3).noneMatch(r -> r.getString("respondentRef").equals("R-501"));
    List<String> anonymous =
        all.stream()
            .map(r -> r.getString("respondentRef"))
            .filter(ref -> ref.startsWith("ANON-"))
            .distinct()
            .toList();
    assertThat(anonymous).as("one new code for both waves").hasSize(1);
  }

  // --- helpers -------------------------------------------------------------------------------

  private static JsonObject find(JsonArray records, String ref, String wave) {
    return records.getValuesAs(JsonObject.class).stream()
        .filter(r -> r.getString("respondentRef").equals(ref) && r.getString("wave").equals(wave))
        .findFirst()
        .orElseThrow();
  }

  private static List<Integer> counts(HttpResponse<String> response) {
    JsonObject o = TestEnv.object(response.body());
    return List.of(o.getInt("created"), o.getInt("updated"));
  }
}
