package org.grantwise.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.assertj.core.api.SoftAssertions;
import org.grantwise.it.support.Fixtures;
import org.grantwise.it.support.TestEnv;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Another organisation's ids are refused everywhere an id is taken: the API, the pages, the
 * document download and the award letter, including an own application's id paired with someone
 * else's document. Each refusal looks like "not found" and shows none of the other organisation's
 * text.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OtherOrganisationIT {

  private static final String SECRET = "Riverside private plan 7c1e";

  @Test
  void anotherOrganisationsIdsAreRefusedInTheApiPagesAndDownloads() {
    String anchor1 = TestEnv.token("anchor1");
    String anchor2 = TestEnv.token("anchor2");
    long theirs =
        Fixtures.draftApplication(
            anchor1,
            Json.createObjectBuilder().add("title", SECRET).add("summary", SECRET).build());
    Fixtures.uploadRequiredDocuments(theirs, anchor1);
    long theirDocument =
        TestEnv.json(
                TestEnv.get(TestEnv.APP + "/api/applications/" + theirs + "/documents", anchor1)
                    .body())
            .asJsonArray()
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    long own = Fixtures.draftApplication(anchor2, Json.createObjectBuilder().build());
    String api = TestEnv.APP + "/api/applications/";

    SoftAssertions softly = new SoftAssertions();
    refused(softly, TestEnv.get(api + theirs, anchor2), 404);
    refused(softly, TestEnv.get(api + theirs + "/documents", anchor2), 404);
    refused(softly, TestEnv.get(api + theirs + "/documents/" + theirDocument, anchor2), 404);
    refused(softly, TestEnv.get(api + own + "/documents/" + theirDocument, anchor2), 404);
    refused(softly, send("PUT", api + theirs, anchor2, "{\"title\": \"Taken over\"}"), 404);
    refused(softly, send("POST", api + theirs + "/submit", anchor2, "{}"), 404);
    refused(softly, send("POST", api + theirs + "/withdraw", anchor2, "{}"), 404);
    refused(softly, send("DELETE", api + theirs + "/documents/" + theirDocument, anchor2, ""), 404);
    refused(
        softly,
        TestEnv.get(
            TestEnv.APP
                + "/applications/document?application="
                + theirs
                + "&document="
                + theirDocument,
            anchor2),
        404);
    refused(
        softly,
        TestEnv.get(
            TestEnv.APP
                + "/applications/document?application="
                + own
                + "&document="
                + theirDocument,
            anchor2),
        404);
    for (String page :
        new String[] {
          "/applicant/application.xhtml?id=",
          "/applicant/check.xhtml?id=",
          "/applicant/print.xhtml?id=",
          "/applicant/versions.xhtml?id=",
          "/applicant/section.xhtml?section=PROJECT&id="
        }) {
      HttpResponse<String> response = TestEnv.get(TestEnv.APP + page + theirs, anchor2);
      softly.assertThat(response.statusCode()).as(page).isNotEqualTo(200);
      softly.assertThat(response.body()).as(page).doesNotContain(SECRET);
    }
    softly.assertAll();

    assertThat(TestEnv.object(TestEnv.get(api + theirs, anchor1).body()).getString("title"))
        .as("the owner's application is unchanged")
        .isEqualTo(SECRET);
    assertThat(TestEnv.get(api + theirs + "/documents/" + theirDocument, anchor1).statusCode())
        .isEqualTo(200);
  }

  private static void refused(SoftAssertions softly, HttpResponse<String> response, int status) {
    String what = response.request().method() + " " + response.uri();
    softly.assertThat(response.statusCode()).as(what).isEqualTo(status);
    softly.assertThat(response.body()).as(what).doesNotContain(SECRET);
  }

  private static HttpResponse<String> send(String method, String url, String token, String json) {
    return TestEnv.send(
        HttpRequest.newBuilder(URI.create(url))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .method(
                method,
                json.isEmpty()
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json))
            .build());
  }
}
