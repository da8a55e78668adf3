package org.grantwise.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.grantwise.it.support.Browser;
import org.grantwise.it.support.TestEnv;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;

/**
 * Hostile input: an XSS corpus saved through the API into an application's text fields and shown
 * escaped (and inert) on the applicant's and the manager's pages; an SQL-injection corpus in every
 * filter and search parameter of the queue, its export and the report API; and error responses that
 * never reveal a stack trace, SQL, class names or the server's version.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HostileInputIT {

  /** Each payload that could run sets {@code window.__xss} (or opens an alert) if it ever does. */
  static final List<String> XSS =
      List.of(
          "<script>alert(1)</script>",
          "<script>window.__xss=1</script>",
          "\"><img src=x onerror=\"window.__xss=2\">",
          "'><svg onload=window.__xss=3>",
          "javascript:window.__xss=4",
          "<a href=\"javascript:window.__xss=5\">click me</a>",
          "</textarea><script>window.__xss=6</script>",
          "<iframe src=\"javascript:window.__xss=7\"></iframe>",
          "<details open ontoggle=\"window.__xss=8\">",
          "';window.__xss=9;//",
          "<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=10>",
          "#{7*7} #{request.getSession().invalidate()}",
          "${7*7} ${applicationScope}",
          "{{7*7}} <%= 7*7 %>",
          "<body onload=window.__xss=11>");

  static final List<String> SQL =
      List.of(
          "' OR 1=1 --",
          "' OR '1'='1",
          "'; DROP TABLE grant_application; --",
          "1) UNION SELECT username, NULL FROM user_account --",
          "' UNION SELECT version() --",
          "1; SELECT pg_sleep(5) --",
          "%' AND 1=CAST((SELECT version()) AS int) --",
          "\\'; --",
          "\" OR \"\"=\"",
          "admin'--",
          "1 OR 1=1",
          "' || (SELECT current_user) || '",
          "$$; DELETE FROM audit_log; $$",
          "%_%' ESCAPE '");

  /**
   * The leaks in a response body: stack frames, exception and class names, SQL errors, server
   * names. PrimeFaces' settings script is left out first: it repeats web.xml's error-page mapping,
   * which names ViewExpiredException, on every page.
   */
  static List<String> leaks(String body) {
    String checked =
        body.replaceAll(
            "(?s)<script[^>]*>if\\(window\\.PrimeFaces\\)\\{PrimeFaces\\.settings=.*?</script>",
            "");
    return LEAKS.stream().filter(checked::contains).toList();
  }

  /** What a leaked error looks like: stack frames, exception and class names, SQL errors. */
  static final List<String> LEAKS =
      List.of(
          "Exception",
          "\tat ",
          "at org.",
          "at java.",
          "org.grantwise",
          "org.hibernate",
          "org.postgresql",
          "java.lang",
          "PSQL",
          "syntax error",
          "SQLState",
          "WildFly",
          "Undertow",
          "RESTEASY");

  // --- XSS -------------------------------------------------------------------------------------

  @Test
  void scriptInEveryTextFieldIsShownAsTextAndNeverRuns() {
    String anchor1 = TestEnv.token("anchor1");
    SoftAssertions softly = new SoftAssertions();
    try (Browser applicant = Browser.open();
        Browser manager = Browser.open()) {
      applicant.signIn("anchor1");
      manager.signIn("manager1");
      for (String payload : XSS) {
        long id = ApplicationApiIT.createDraft(anchor1, withText(payload));
        JsonObject saved =
            TestEnv.object(TestEnv.get(TestEnv.APP + "/api/applications/" + id, anchor1).body());
        softly.assertThat(saved.getString("title")).as("round trip").isEqualTo(payload);
        softly.assertThat(saved.getString("summary")).as("round trip").isEqualTo(payload);
        String reference = saved.getString("reference");

        shownLiterally(softly, applicant, "/applicant/check.xhtml?id=" + id, payload);
        shownLiterally(softly, applicant, "/applicant/print.xhtml?id=" + id, payload);
        shownLiterally(softly, applicant, "/applicant/index.xhtml", payload);

        ApplicationApiIT.uploadRequiredDocuments(id, anchor1);
        softly
            .assertThat(ApplicationApiIT.submit(id, anchor1).statusCode())
            .as("submitting %s", payload)
            .isEqualTo(200);
        shownLiterally(softly, manager, "/manager/application.xhtml?id=" + id, payload);
        shownLiterally(softly, manager, "/manager/history.xhtml?id=" + id, payload);
        shownLiterally(
            softly, manager, "/assessment/queue.xhtml?search=" + enc(reference), payload);
      }
    }
    softly.assertAll();
  }

  private static JsonObject withText(String payload) {
    JsonObjectBuilder form = Json.createObjectBuilder(ApplicationApiIT.completeForm());
    form.add("title", payload)
        .add("summary", payload)
        .add("needAddressed", payload)
        .add("areaServed", payload)
        .add("targetGroups", Json.createArrayBuilder().add(payload).add("Lone parents"));
    return form.build();
  }

  private static void shownLiterally(
      SoftAssertions softly, Browser browser, String path, String payload) {
    WebDriver d = browser.driver();
    browser.visit(path);
    try {
      String alert = d.switchTo().alert().getText();
      d.switchTo().alert().dismiss();
      softly.fail("an alert (%s) opened on %s for %s", alert, path, payload);
      return;
    } catch (NoAlertPresentException expected) {
      // nothing ran
    }
    softly
        .assertThat(((JavascriptExecutor) d).executeScript("return typeof window.__xss;"))
        .as("script ran on %s for %s", path, payload)
        .isEqualTo("undefined");
    softly
        .assertThat(browser.visibleText())
        .as("%s shows %s as text", path, payload)
        .contains(payload.strip());
  }

  // --- SQL injection ---------------------------------------------------------------------------

  @Test
  void sqlInjectionInEveryFilterAndSearchParameterIsHarmless() {
    String manager = TestEnv.token("manager1");
    String officer = TestEnv.token("officer1");
    int before = exportRows(manager);
    assertThat(before).as("the queue has applications to lose").isPositive();

    List<String> queueParameters =
        List.of(
            "search", "area", "officer", "min", "max", "status", "theme", "model", "sort", "desc",
            "page");
    List<String> reportParameters =
        List.of("category", "by", "roundId", "from", "to", "projectRef");
    SoftAssertions softly = new SoftAssertions();
    int requests = 0;
    for (String payload : SQL) {
      for (String parameter : queueParameters) {
        String query = parameter + "=" + enc(payload);
        harmless(softly, TestEnv.get(TestEnv.APP + "/assessment/queue.xhtml?" + query, manager));
        harmless(softly, TestEnv.get(TestEnv.APP + "/assessment/queue.xhtml?" + query, officer));
        harmless(softly, TestEnv.get(TestEnv.APP + "/assessment/queue.csv?" + query, manager));
        harmless(softly, TestEnv.get(TestEnv.APP + "/assessment/queue.xlsx?" + query, manager));
        requests += 4;
      }
      for (String parameter : reportParameters) {
        String value = enc(payload);
        String query =
            parameter.equals("category")
                ? "category=" + value
                : "category=CONTEXTS&" + parameter + "=" + value;
        for (String report : List.of("cmo", "co-production-change", "aims-vs-outcomes")) {
          harmless(
              softly, TestEnv.get(TestEnv.APP + "/api/reports/" + report + "?" + query, manager));
          requests++;
        }
        harmless(softly, TestEnv.get(TestEnv.APP + "/reports/cmo.xhtml?" + query, manager));
        requests++;
      }
      harmless(softly, TestEnv.get(TestEnv.APP + "/api/projects/" + encPath(payload), manager));
      harmless(
          softly,
          TestEnv.get(
              TestEnv.APP + "/api/exports/360giving.json?roundId=" + enc(payload), manager));
      harmless(
          softly,
          TestEnv.get(
              TestEnv.APP + "/applications/award-letter?project=" + enc(payload),
              TestEnv.token("anchor1")));
      requests += 3;
    }
    softly.assertAll();
    assertThat(requests).isGreaterThanOrEqualTo(SQL.size() * 50);
    assertThat(exportRows(manager)).as("every application is still there").isEqualTo(before);
    assertThat(TestEnv.get(TestEnv.APP + "/api/rounds", manager).statusCode()).isEqualTo(200);
  }

  private static void harmless(SoftAssertions softly, HttpResponse<String> response) {
    String what = response.request().method() + " " + response.uri();
    softly.assertThat(response.statusCode()).as(what).isLessThan(500);
    softly.assertThat(leaks(response.body())).as(what).isEmpty();
  }

  private static int exportRows(String token) {
    HttpResponse<String> csv = TestEnv.get(TestEnv.APP + "/assessment/queue.csv", token);
    assertThat(csv.statusCode()).isEqualTo(200);
    return csv.body().split("\r\n").length - 1;
  }

  // --- error responses -------------------------------------------------------------------------

  @Test
  void errorResponsesRevealNothingInternal() {
    String anchor1 = TestEnv.token("anchor1");
    String manager = TestEnv.token("manager1");
    String applications = TestEnv.APP + "/api/applications";
    List<HttpResponse<String>> responses = new ArrayList<>();
    responses.add(TestEnv.get(TestEnv.APP + "/api/no-such-thing", anchor1));
    responses.add(TestEnv.get(applications + "/not-a-number", anchor1));
    responses.add(TestEnv.get(applications + "/99999999999999999999999", anchor1));
    responses.add(TestEnv.get(applications + "/-1", anchor1));
    responses.add(TestEnv.get(TestEnv.APP + "/api/me", "not.a.token"));
    responses.add(
        TestEnv.send(
            HttpRequest.newBuilder(URI.create(TestEnv.APP + "/api/rounds"))
                .header("Authorization", "Bearer " + anchor1)
                .DELETE()
                .build()));
    responses.add(send("POST", applications, anchor1, "text/plain", "roundId=1"));
    responses.add(send("POST", applications, anchor1, "application/json", "{\"roundId\": "));
    responses.add(send("POST", applications, anchor1, "application/json", "[1, 2, 3]"));
    responses.add(
        send("POST", applications, anchor1, "application/json", "{\"roundId\": \"eleven\"}"));
    responses.add(
        send(
            "POST",
            applications,
            anchor1,
            "application/json",
            "{\"roundId\": 1, \"startDate\": \"2027-02-31\", \"durationMonths\": 1e999}"));
    responses.add(
        send(
            "POST",
            applications,
            anchor1,
            "application/json",
            "{\"roundId\": "
                + ApplicationApiIT.roundId()
                + ", \"budget\": {\"not\": \"a list\"}}"));
    responses.add(TestEnv.get(TestEnv.APP + "/no-such-page.xhtml", manager));
    responses.add(TestEnv.get(TestEnv.APP + "/no-such-file.txt", manager));
    responses.add(
        TestEnv.get(TestEnv.APP + "/jakarta.faces.resource/..%2FWEB-INF%2Fweb.xml.xhtml", null));
    responses.add(
        TestEnv.get(TestEnv.APP + "/jakarta.faces.resource/x.js.xhtml?ln=../../WEB-INF", null));
    responses.add(
        TestEnv.get(TestEnv.APP + "/applications/document?application=x&document=1", manager));
    responses.add(TestEnv.get(TestEnv.APP + "/applications/award-letter", manager));
    responses.add(TestEnv.get(TestEnv.APP + "/officer/index.xhtml", manager));

    SoftAssertions softly = new SoftAssertions();
    for (HttpResponse<String> response : responses) {
      String what = response.request().method() + " " + response.uri();
      softly.assertThat(response.statusCode()).as(what).isNotEqualTo(200);
      softly.assertThat(leaks(response.body())).as(what).isEmpty();
      softly
          .assertThat(response.body())
          .as(what)
          .doesNotContain("<web-app", "SELECT ", "insert into");
      softly.assertThat(response.headers().firstValue("Server")).as(what).isEmpty();
      softly.assertThat(response.headers().firstValue("X-Powered-By")).as(what).isEmpty();
      if (response.uri().getPath().startsWith("/api/")) {
        softly
            .assertThat(response.headers().firstValue("Content-Type").orElse(""))
            .as(what)
            .startsWith("application/json");
      }
    }
    Map<String, Integer> statuses =
        Map.of(
            "DELETE /api/rounds", responses.get(5).statusCode(),
            "text/plain", responses.get(6).statusCode(),
            "malformed JSON", responses.get(7).statusCode(),
            "an array for an object", responses.get(8).statusCode());
    softly.assertThat(statuses.get("DELETE /api/rounds")).isEqualTo(405);
    softly.assertThat(statuses.get("text/plain")).isEqualTo(415);
    softly.assertThat(statuses.get("malformed JSON")).isEqualTo(400);
    softly.assertThat(statuses.get("an array for an object")).isEqualTo(400);
    softly.assertAll();
  }

  private static HttpResponse<String> send(
      String method, String url, String token, String contentType, String body) {
    return TestEnv.send(
        HttpRequest.newBuilder(URI.create(url))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", contentType)
            .method(method, HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static String encPath(String value) {
    return enc(value).replace("+", "%20");
  }
}
