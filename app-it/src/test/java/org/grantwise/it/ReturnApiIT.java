package org.grantwise.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
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
 * Monitoring returns through the API: the anchor drafts and submits, an officer queries, the anchor
 * answers and resubmits, the officer accepts; a period past its due date is flagged overdue on the
 * staff's list until its return is submitted.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReturnApiIT {

  private static final String API = TestEnv.APP + "/api";

  @Test
  void anAnchorSubmitsAReturnAnOfficerQueriesItThenAcceptsTheAnswer() {
    String anchor1 = TestEnv.token("anchor1");
    String officer1 = TestEnv.token("officer1");
    String ref = Fixtures.fundedProject(anchor1);
    String returns = API + "/projects/" + ref + "/returns";
    assertThat(
            TestEnv.post(
                    Fixtures.recordsOf(ref),
                    anchor1,
                    "["
                        + Fixtures.outcomeRecord(
                            "R-1", "BASELINE", "2026-02-01", "\"contexts\": []")
                        + "]")
                .statusCode())
        .isEqualTo(200);

    // Started 5 January 2026: the first period (year 1 mid-year) was due 5 July 2026.
    HttpResponse<String> periods = TestEnv.get(returns, anchor1);
    assertThat(periods.statusCode()).as(periods.body()).isEqualTo(200);
    List<JsonObject> list =
        TestEnv.json(periods.body()).asJsonArray().getValuesAs(JsonObject.class);
    assertThat(list).hasSize(4);
    JsonObject first = list.get(0);
    assertThat(first.getString("dueOn")).isEqualTo("2026-07-05");
    assertThat(first.getString("status")).isEqualTo("NOT_STARTED");
    assertThat(first.getBoolean("overdue")).isTrue();
    assertThat(first.getInt("records")).isEqualTo(1);
    assertThat(list.get(3).getBoolean("overdue")).isFalse();
    assertThat(overdue(officer1)).contains(ref + "/2026-07-05");
    assertThat(overdue(TestEnv.token("manager1"))).contains(ref + "/2026-07-05");
    assertThat(TestEnv.get(API + "/returns/overdue", anchor1).statusCode()).isEqualTo(403);

    String period = returns + "/2026-07-05";
    HttpResponse<String> draft =
        put(
            period,
            anchor1,
            "{\"participantsReached\": 42, \"activitiesDelivered\": \"Weekly café\"}");
    assertThat(draft.statusCode()).as(draft.body()).isEqualTo(200);
    assertThat(TestEnv.object(draft.body()).getString("status")).isEqualTo("DRAFT");
    HttpResponse<String> incomplete = TestEnv.post(period + "/submit", anchor1, "{}");
    assertThat(incomplete.statusCode()).isEqualTo(422);
    assertThat(incomplete.body()).contains("whatWorked", "coProductionChanges");
    assertThat(put(period, TestEnv.token("anchor2"), "{}").statusCode()).isEqualTo(404);
    assertThat(
            put(period, TestEnv.token("anchor2"), "{\"participantsReached\": \"many\"}")
                .statusCode())
        .as("another organisation's return is not found, whatever the body")
        .isEqualTo(404);
    assertThat(put(period, officer1, "{\"participantsReached\": 1.5}").statusCode())
        .as("staff are refused before the body is read")
        .isEqualTo(403);
    assertThat(put(period, officer1, "{}").statusCode()).isEqualTo(403);

    HttpResponse<String> complete =
        put(
            period,
            anchor1,
            "{\"participantsReached\": 42, \"activitiesDelivered\": \"Weekly café\","
                + " \"whatWorked\": \"Peer mentors, because people trusted them\","
                + " \"barriers\": \"Bus fares\", \"enablers\": \"A free room\","
                + " \"unexpectedResults\": \"A walking group\","
                + " \"coProductionChanges\": \"Three members joined the steering group\"}");
    assertThat(complete.statusCode()).as(complete.body()).isEqualTo(200);
    HttpResponse<String> submitted = TestEnv.post(period + "/submit", anchor1, "{}");
    assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
    assertThat(TestEnv.object(submitted.body()).getString("status")).isEqualTo("SUBMITTED");
    assertThat(overdue(officer1)).doesNotContain(ref + "/2026-07-05");

    assertThat(TestEnv.post(period + "/accept", anchor1, "{}").statusCode()).isEqualTo(403);
    assertThat(TestEnv.post(period + "/query", officer1, "{}").statusCode()).isEqualTo(422);
    HttpResponse<String> queried =
        TestEnv.post(
            period + "/query", officer1, "{\"query\": \"How many participants were new?\"}");
    assertThat(queried.statusCode()).as(queried.body()).isEqualTo(200);
    assertThat(TestEnv.object(queried.body()).getString("status")).isEqualTo("QUERIED");
    assertThat(overdue(officer1)).as("queried and past due").contains(ref + "/2026-07-05");

    JsonObject seen = TestEnv.object(TestEnv.get(period, anchor1).body());
    assertThat(seen.getString("query")).isEqualTo("How many participants were new?");
    assertThat(
            put(
                    period,
                    anchor1,
                    "{\"participantsReached\": 42, \"activitiesDelivered\": \"Weekly café; 30 of the 42 were new\","
                        + " \"whatWorked\": \"Peer mentors\", \"barriers\": \"Bus fares\","
                        + " \"enablers\": \"A free room\", \"unexpectedResults\": \"A walking group\","
                        + " \"coProductionChanges\": \"Three members joined the steering group\"}")
                .statusCode())
        .isEqualTo(200);
    assertThat(TestEnv.post(period + "/submit", anchor1, "{}").statusCode()).isEqualTo(200);
    HttpResponse<String> accepted = TestEnv.post(period + "/accept", officer1, "{}");
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
    assertThat(TestEnv.object(accepted.body()).getString("status")).isEqualTo("ACCEPTED");
    assertThat(put(period, anchor1, "{}").statusCode()).as("accepted is final").isEqualTo(409);
    assertThat(TestEnv.get(returns + "/2026-07-06", anchor1).statusCode()).isEqualTo(404);
  }

  private static List<String> overdue(String token) {
    HttpResponse<String> response = TestEnv.get(API + "/returns/overdue", token);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return TestEnv.json(response.body()).asJsonArray().getValuesAs(JsonObject.class).stream()
        .map(o -> o.getString("projectRef") + "/" + o.getString("dueOn"))
        .toList();
  }

  private static HttpResponse<String> put(String url, String token, String json) {
    return TestEnv.send(
        HttpRequest.newBuilder(URI.create(url))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json))
            .build());
  }
}
