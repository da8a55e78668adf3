package org.grantwise.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.grantwise.it.support.Browser;
import org.grantwise.it.support.Fixtures;
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

  /**
   * Every free-text field of the application form (found by walking the complete form: every string
   * that is not a code or a date), the officer's justification and comment, the manager's decision
   * reason and a monitoring return's narrative sections.
   */
  @Test
  void scriptInEveryTextFieldIsShownAsTextAndNeverRuns() {
    String anchor1 = TestEnv.token("anchor1");
    String manager1 = TestEnv.token("manager1");
    String officer1 = TestEnv.token("officer1");
    String project = Fixtures.fundedProject(anchor1);
    String returns = TestEnv.APP + "/api/projects/" + project + "/returns";
    String due =
        TestEnv.json(TestEnv.get(returns, anchor1).body())
            .asJsonArray()
            .getJsonObject(0)
            .getString("dueOn");
    SoftAssertions softly = new SoftAssertions();
    Set<String> fields = new TreeSet<>();
    int shown = 0;
    try (Browser applicant = Browser.open();
        Browser manager = Browser.open()) {
      applicant.signIn("anchor1");
      manager.signIn("manager1");
      for (String payload : XSS) {
        long id = Fixtures.draftApplication(anchor1, Json.createObjectBuilder().build());
        List<String> textFields = saveInEveryTextField(id, anchor1, payload);
        fields.addAll(textFields);
        JsonObject saved =
            TestEnv.object(TestEnv.get(TestEnv.APP + "/api/applications/" + id, anchor1).body());
        for (String field : textFields) {
          softly.assertThat(at(saved, field)).as("round trip of %s", field).isEqualTo(payload);
        }
        String reference = saved.getString("reference");

        shownLiterally(softly, applicant, "/applicant/check.xhtml?id=" + id, payload);
        shownLiterally(softly, applicant, "/applicant/print.xhtml?id=" + id, payload);
        shownLiterally(softly, applicant, "/applicant/index.xhtml", payload);

        Fixtures.uploadRequiredDocuments(id, anchor1);
        softly
            .assertThat(Fixtures.submit(id, anchor1).statusCode())
            .as("submitting %s", payload)
            .isEqualTo(200);
        String app = TestEnv.APP + "/api/applications/" + id;
        softly
            .assertThat(
                TestEnv.post(app + "/assignment", manager1, "{\"officer\": \"officer1\"}")
                    .statusCode())
            .isIn(200, 201);
        TestEnv.post(app + "/conflict-declaration", officer1, "{\"conflict\": false}");
        JsonObject assessment =
            withJustification(
                TestEnv.object(Fixtures.scores(4, "PROGRESSION", null, "AWARD")), payload);
        HttpResponse<String> scored =
            TestEnv.post(app + "/assessments", officer1, assessment.toString());
        softly.assertThat(scored.statusCode()).as("scoring: %s", scored.body()).isEqualTo(200);
        shownLiterally(softly, manager, "/manager/application.xhtml?id=" + id, payload);
        shownLiterally(softly, manager, "/manager/history.xhtml?id=" + id, payload);
        shownLiterally(
            softly, manager, "/assessment/queue.xhtml?search=" + enc(reference), payload);

        JsonObjectBuilder narrative = Json.createObjectBuilder().add("participantsReached", 10);
        for (String section : RETURN_TEXT) {
          narrative.add(section, payload);
        }
        HttpResponse<String> drafted =
            send(
                "PUT",
                returns + "/" + due,
                anchor1,
                "application/json",
                narrative.build().toString());
        softly.assertThat(drafted.statusCode()).as("return: %s", drafted.body()).isEqualTo(200);
        shownLiterally(
            softly, manager, "/projects/return.xhtml?ref=" + project + "&due=" + due, payload);
        shownLiterally(
            softly, applicant, "/projects/return.xhtml?ref=" + project + "&due=" + due, payload);
        shown += 9;
      }
    }
    fields.addAll(RETURN_TEXT.stream().map(f -> "return." + f).toList());
    fields.addAll(List.of("assessment.justification", "assessment.comment"));
    System.out.printf(
        "XSS corpus: %d payloads in %d text fields, %d page views checked: %s%n",
        XSS.size(), fields.size(), shown, fields);
    softly.assertAll();
    assertThat(fields).as("text fields exercised").hasSizeGreaterThan(15);
  }

  private static JsonObject withJustification(JsonObject assessment, String payload) {
    var scores = Json.createArrayBuilder();
    assessment
        .getJsonArray("scores")
        .getValuesAs(JsonObject.class)
        .forEach(
            score -> scores.add(Json.createObjectBuilder(score).add("justification", payload)));
    return Json.createObjectBuilder(assessment)
        .add("scores", scores)
        .add("comment", payload)
        .add("status", "DRAFT")
        .build();
  }

  private static final List<String> RETURN_TEXT =
      List.of(
          "activitiesDelivered",
          "whatWorked",
          "barriers",
          "enablers",
          "unexpectedResults",
          "coProductionChanges");

  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*|\\d{4}-\\d{2}-\\d{2}");

  /**
   * Saves the complete form with the payload in every free-text field; a field whose format the
   * application checks (an e-mail or telephone contact) and that refuses the payload with 422 keeps
   * its valid value. Answers the paths of the fields that hold the payload.
   */
  private static List<String> saveInEveryTextField(long id, String token, String payload) {
    Set<String> refused = new TreeSet<>();
    for (int attempt = 0; attempt < 3; attempt++) {
      List<String> paths = new ArrayList<>();
      JsonValue form = replaceText(Fixtures.completeForm(), "", payload, refused, paths);
      HttpResponse<String> saved =
          send(
              "PUT",
              TestEnv.APP + "/api/applications/" + id,
              token,
              "application/json",
              form.toString());
      if (saved.statusCode() == 200) {
        return paths;
      }
      assertThat(saved.statusCode()).as(saved.body()).isEqualTo(422);
      TestEnv.object(saved.body())
          .getJsonArray("errors")
          .getValuesAs(JsonObject.class)
          .forEach(e -> refused.add(e.getString("field")));
    }
    throw new AssertionError("the form with " + payload + " was refused: " + refused);
  }

  private static JsonValue replaceText(
      JsonValue value, String path, String payload, Set<String> refused, List<String> paths) {
    switch (value.getValueType()) {
      case OBJECT -> {
        JsonObjectBuilder object = Json.createObjectBuilder();
        value
            .asJsonObject()
            .forEach(
                (k, v) ->
                    object.add(
                        k,
                        replaceText(
                            v, path.isEmpty() ? k : path + "." + k, payload, refused, paths)));
        return object.build();
      }
      case ARRAY -> {
        var array = Json.createArrayBuilder();
        List<JsonValue> items = value.asJsonArray();
        for (int i = 0; i < items.size(); i++) {
          array.add(replaceText(items.get(i), path + "[" + i + "]", payload, refused, paths));
        }
        return array.build();
      }
      case STRING -> {
        String text = ((JsonString) value).getString();
        if (CODE.matcher(text).matches() || refused.contains(path)) {
          return value;
        }
        paths.add(path);
        return Json.createValue(payload);
      }
      default -> {
        return value;
      }
    }
  }

  /** The value at a path such as {@code partners[1].name}. */
  private static String at(JsonObject root, String path) {
    JsonValue current = root;
    for (String part : path.split("\\.")) {
      Matcher m = Pattern.compile("([^\\[]+)((?:\\[\\d+\\])*)").matcher(part);
      assertThat(m.matches()).as(path).isTrue();
      current = current.asJsonObject().get(m.group(1));
      Matcher index = Pattern.compile("\\[(\\d+)\\]").matcher(m.group(2));
      while (index.find()) {
        current = current.asJsonArray().get(Integer.parseInt(index.group(1)));
      }
    }
    return current instanceof JsonString text ? text.getString() : String.valueOf(current);
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
            "{\"roundId\": " + Fixtures.roundId() + ", \"budget\": {\"not\": \"a list\"}}"));
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

  // --- hostile JSON and parameters ------------------------------------------------------------

  /**
   * JSON that a parser could choke on (5,000 levels deep, a 5,000-digit number, a string longer
   * than any field takes) and text PostgreSQL refuses (a NUL character) are client errors that name
   * the problem and, where there is one, the field; nothing is stored.
   */
  @Test
  void hostileJsonIsAClientErrorNamingTheFieldAndNothingIsStored() {
    String anchor1 = TestEnv.token("anchor1");
    long id =
        Fixtures.draftApplication(
            anchor1, Json.createObjectBuilder().add("title", "Before the attack").build());
    String application = TestEnv.APP + "/api/applications/" + id;
    SoftAssertions softly = new SoftAssertions();

    String deep = "[".repeat(5000) + "]".repeat(5000);
    HttpResponse<String> nested =
        send("PUT", application, anchor1, "application/json", "{\"title\": " + deep + "}");
    softly.assertThat(nested.statusCode()).as("nested: %s", nested.body()).isEqualTo(400);
    softly.assertThat(nested.body()).as("nested").contains("nested more than 32");
    HttpResponse<String> deepArray =
        send(
            "POST",
            TestEnv.APP + "/api/projects/P/outcome-records",
            anchor1,
            "application/json",
            deep);
    softly.assertThat(deepArray.statusCode()).as("deep array: %s", deepArray.body()).isEqualTo(400);

    HttpResponse<String> number =
        send(
            "PUT",
            application,
            anchor1,
            "application/json",
            "{\"durationMonths\": " + "9".repeat(5000) + "}");
    softly.assertThat(number.statusCode()).as("number: %s", number.body()).isEqualTo(422);
    softly.assertThat(fields(number)).as("number").containsExactly("durationMonths");

    HttpResponse<String> nul =
        send(
            "PUT",
            application,
            anchor1,
            "application/json",
            "{\"title\": \"Hidden\\u0000text\", \"theoryOfChange\": {\"rationale\": \"a\\u0000\"}}");
    softly.assertThat(nul.statusCode()).as("NUL: %s", nul.body()).isEqualTo(422);
    softly.assertThat(fields(nul)).as("NUL").containsExactly("title", "theoryOfChange.rationale");

    HttpResponse<String> longText =
        send(
            "PUT",
            application,
            anchor1,
            "application/json",
            Json.createObjectBuilder().add("summary", "x".repeat(100_001)).build().toString());
    softly.assertThat(longText.statusCode()).as("long: %s", longText.body()).isEqualTo(422);
    softly.assertThat(fields(longText)).as("long").containsExactly("summary");

    String returns = TestEnv.APP + "/api/projects/" + Fixtures.fundedProject(anchor1) + "/returns";
    String due =
        TestEnv.json(TestEnv.get(returns, anchor1).body())
            .asJsonArray()
            .getJsonObject(0)
            .getString("dueOn");
    HttpResponse<String> narrative =
        send(
            "PUT",
            returns + "/" + due,
            anchor1,
            "application/json",
            "{\"whatWorked\": \"\\u0000\"}");
    softly.assertThat(narrative.statusCode()).as("return: %s", narrative.body()).isEqualTo(422);
    softly.assertThat(fields(narrative)).as("return").containsExactly("whatWorked");

    for (HttpResponse<String> response :
        List.of(nested, deepArray, number, nul, longText, narrative)) {
      String what = response.request().method() + " " + response.uri();
      softly
          .assertThat(response.headers().firstValue("Content-Type").orElse(""))
          .as(what)
          .startsWith("application/json");
      JsonObject error = TestEnv.object(response.body());
      softly.assertThat(error.getString("error", "")).as(what).isNotBlank();
      softly.assertThat(error.getString("message", "")).as(what).isNotBlank();
      softly.assertThat(leaks(response.body())).as(what).isEmpty();
    }
    softly
        .assertThat(TestEnv.object(TestEnv.get(application, anchor1).body()).getString("title"))
        .as("nothing stored")
        .isEqualTo("Before the attack");
    softly.assertAll();
  }

  private static List<String> fields(HttpResponse<String> response) {
    JsonObject body = TestEnv.object(response.body());
    if (!body.containsKey("errors")) {
      return List.of();
    }
    return body.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
        .map(e -> e.getString("field"))
        .toList();
  }

  /**
   * A page or API address whose numeric parameter is not a number (or too large for one) answers
   * 400, with the friendly page or a JSON error naming the parameter; never 500.
   */
  @Test
  void aParameterThatIsNotANumberIsAClientError() {
    String anchor1 = TestEnv.token("anchor1");
    String manager = TestEnv.token("manager1");
    String officer = TestEnv.token("officer1");
    long id = Fixtures.draftApplication(anchor1, Json.createObjectBuilder().build());
    SoftAssertions softly = new SoftAssertions();
    for (String value : List.of("abc", "99999999999999999999", "1e5")) {
      for (String page :
          List.of(
              "/applicant/application.xhtml",
              "/applicant/check.xhtml",
              "/applicant/print.xhtml",
              "/applicant/versions.xhtml",
              "/applicant/submitted.xhtml")) {
        badAddress(softly, TestEnv.get(TestEnv.APP + page + "?id=" + value, anchor1));
      }
      badAddress(
          softly,
          TestEnv.get(
              TestEnv.APP + "/applicant/section.xhtml?section=PROJECT&id=" + value, anchor1));
      badAddress(
          softly, TestEnv.get(TestEnv.APP + "/manager/application.xhtml?id=" + value, manager));
      badAddress(softly, TestEnv.get(TestEnv.APP + "/manager/history.xhtml?id=" + value, manager));
      badAddress(
          softly, TestEnv.get(TestEnv.APP + "/assessment/assess.xhtml?id=" + value, officer));
      badAddress(
          softly,
          TestEnv.get(TestEnv.APP + "/applicant/eligibility.xhtml?round=" + value, anchor1));
      badAddress(
          softly, TestEnv.get(TestEnv.APP + "/assessment/queue.xhtml?page=" + value, manager));
    }
    String records =
        TestEnv.APP + "/api/projects/" + Fixtures.fundedProject(anchor1) + "/outcome-records";
    for (String query : List.of("?page=abc", "?size=99999999999999999999", "?page=1.5")) {
      HttpResponse<String> response = TestEnv.get(records + query, anchor1);
      softly.assertThat(response.statusCode()).as("%s: %s", query, response.body()).isEqualTo(400);
      softly
          .assertThat(TestEnv.object(response.body()).getString("parameter", ""))
          .as(query)
          .isIn("page", "size");
    }
    softly
        .assertThat(
            TestEnv.get(TestEnv.APP + "/applicant/application.xhtml?id=" + id, anchor1)
                .statusCode())
        .as("a real id still opens")
        .isEqualTo(200);
    softly.assertAll();
  }

  private static void badAddress(SoftAssertions softly, HttpResponse<String> response) {
    String what = response.request().method() + " " + response.uri();
    softly.assertThat(response.statusCode()).as(what).isEqualTo(400);
    softly.assertThat(response.body()).as(what).contains("This address is not right");
    softly.assertThat(leaks(response.body())).as(what).isEmpty();
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
