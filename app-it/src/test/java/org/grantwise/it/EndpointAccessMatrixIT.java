package org.grantwise.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.grantwise.it.support.Browser;
import org.grantwise.it.support.Fixtures;
import org.grantwise.it.support.TestEnv;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Cookie;

/**
 * Every endpoint × every caller × own or another organisation's object. The list of endpoints is
 * the application's own: the operations of its OpenAPI document and the URL patterns of its
 * servlets. An endpoint without a row here fails the first test, so a new one cannot escape.
 *
 * <p>For each row the second test calls the endpoint as a visitor without a token, as the owning
 * organisation's applicant, as another organisation's applicant, as an officer who is not assigned,
 * as a manager and as an administrator:
 *
 * <ul>
 *   <li>a caller the row does not allow is refused (401 without a token, otherwise 403 or 404) with
 *       a request that would have worked for an allowed caller, and nothing changes;
 *   <li>an allowed caller reading gets 200 and never another organisation's text;
 *   <li>an allowed caller writing is sent a request that fails validation, and must get past the
 *       access check to that validation (400, 409 or 422) without changing anything. Writes that
 *       have no invalid form (withdraw, delete, release) are proved by the functional tests.
 * </ul>
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EndpointAccessMatrixIT {

  /** Who calls. */
  enum Caller {
    VISITOR(null, null),
    OWNER("anchor1", "applicant"),
    OTHER_ORGANISATION("anchor2", "applicant"),
    UNASSIGNED_OFFICER("officer1", "officer"),
    MANAGER("manager1", "manager"),
    ADMIN("admin1", "admin");

    final String username;
    final String role;

    Caller(String username, String role) {
      this.username = username;
      this.role = role;
    }
  }

  private static final String SECRET = "Matrix private plan 41f9";
  private static final Set<Caller> STAFF = EnumSet.of(Caller.UNASSIGNED_OFFICER, Caller.MANAGER);
  private static final Set<Caller> APPLICANT_AND_STAFF =
      EnumSet.of(Caller.OWNER, Caller.UNASSIGNED_OFFICER, Caller.MANAGER);
  private static final Set<Caller> APPLICANTS_AND_STAFF =
      EnumSet.of(
          Caller.OWNER, Caller.OTHER_ORGANISATION, Caller.UNASSIGNED_OFFICER, Caller.MANAGER);
  private static final Set<Caller> SIGNED_IN =
      EnumSet.of(
          Caller.OWNER,
          Caller.OTHER_ORGANISATION,
          Caller.UNASSIGNED_OFFICER,
          Caller.MANAGER,
          Caller.ADMIN);

  /**
   * One endpoint: who may call it (the owning applicant stands for "the applicant, on their own
   * organisation's object"; another organisation's applicant is allowed only on endpoints that take
   * no object of someone else's), a request that works, and for writes a request that fails
   * validation (null: not probed here).
   */
  record Row(Set<Caller> allowed, String query, String body, String invalidBody, Set<Integer> ok) {

    Row(Set<Caller> allowed, String query, String body, String invalidBody) {
      this(allowed, query, body, invalidBody, Set.of(200));
    }

    static Row read(Set<Caller> allowed) {
      return new Row(allowed, "", null, null);
    }

    static Row read(Set<Caller> allowed, String query) {
      return new Row(allowed, query, null, null);
    }

    static Row write(Set<Caller> allowed, String body, String invalidBody) {
      return new Row(allowed, "", body, invalidBody);
    }
  }

  /** Fixtures: the owning organisation's objects, filled into each path. */
  private static long draft;

  private static long submitted;
  private static long document;
  private static String project;
  private static long record;
  private static String dueOn;
  private static long roundId;
  private static String ownerToken;
  private static long invitation;

  static final Map<String, Row> MATRIX = matrix();

  private static Map<String, Row> matrix() {
    Map<String, Row> m = new LinkedHashMap<>();
    Set<Caller> everyone = SIGNED_IN;
    m.put("GET /api/me", Row.read(everyone));
    m.put("GET /api/me/notifications", Row.read(everyone));
    m.put("GET /api/vocabularies", Row.read(everyone));
    // Invitations: any member of a verified organisation, on their own organisation's.
    Set<Caller> members = EnumSet.of(Caller.OWNER, Caller.OTHER_ORGANISATION);
    m.put("GET /api/organisation/invitations", Row.read(members));
    m.put(
        "POST /api/organisation/invitations",
        Row.write(
            members,
            "{\"email\": \"matrix-refused@example.org\"}",
            "{\"email\": \"not-an-address\"}"));
    m.put(
        "DELETE /api/organisation/invitations/{id}",
        Row.write(EnumSet.of(Caller.OWNER), null, null));
    m.put("GET /api/rounds", Row.read(everyone));
    m.put("GET /api/rounds/{id}/criteria", Row.read(everyone));
    m.put(
        "POST /api/rounds/{id}/release-decisions",
        Row.write(EnumSet.of(Caller.MANAGER), "{}", null));
    m.put("GET /api/applications", Row.read(EnumSet.of(Caller.OWNER, Caller.OTHER_ORGANISATION)));
    m.put(
        "POST /api/applications",
        Row.write(
            EnumSet.of(Caller.OWNER, Caller.OTHER_ORGANISATION),
            "{\"roundId\": ROUND, \"title\": \"Refused\"}",
            "{\"roundId\": \"not a number\"}"));
    m.put("GET /api/applications/{id}", Row.read(EnumSet.of(Caller.OWNER, Caller.MANAGER)));
    m.put(
        "PUT /api/applications/{id}",
        Row.write(
            EnumSet.of(Caller.OWNER),
            "{\"title\": \"Taken over\"}",
            "{\"durationMonths\": \"forty\"}"));
    m.put("POST /api/applications/{id}/submit", Row.write(EnumSet.of(Caller.OWNER), "{}", "{}"));
    m.put("POST /api/applications/{id}/withdraw", Row.write(EnumSet.of(Caller.OWNER), "{}", null));
    m.put(
        "GET /api/applications/{id}/documents", Row.read(EnumSet.of(Caller.OWNER, Caller.MANAGER)));
    m.put(
        "POST /api/applications/{id}/documents",
        new Row(EnumSet.of(Caller.OWNER), "?kind=OTHER&filename=x.pdf", "PDF", ""));
    m.put(
        "GET /api/applications/{id}/documents/{documentId}",
        Row.read(EnumSet.of(Caller.OWNER, Caller.MANAGER)));
    m.put(
        "DELETE /api/applications/{id}/documents/{documentId}",
        Row.write(EnumSet.of(Caller.OWNER), null, null));
    m.put(
        "POST /api/applications/{id}/assignment",
        Row.write(
            EnumSet.of(Caller.MANAGER), "{\"officer\": \"officer1\"}", "{\"officer\": \"\"}"));
    m.put(
        "POST /api/applications/{id}/conflict-declaration",
        Row.write(EnumSet.noneOf(Caller.class), "{\"conflict\": false}", null));
    m.put(
        "POST /api/applications/{id}/assessments",
        Row.write(
            EnumSet.noneOf(Caller.class), Fixtures.scores(4, "PROGRESSION", null, "AWARD"), null));
    m.put("GET /api/applications/{id}/assessments", Row.read(EnumSet.of(Caller.MANAGER)));
    m.put(
        "POST /api/applications/{id}/moderation",
        Row.write(
            EnumSet.of(Caller.MANAGER),
            "{\"score\": 70, \"note\": \"Refused\"}",
            "{\"score\": 700, \"note\": \"\"}"));
    m.put(
        "POST /api/applications/{id}/decision",
        Row.write(
            EnumSet.of(Caller.MANAGER),
            "{\"decision\": \"DECLINE\", \"reason\": \"Refused\"}",
            "{\"decision\": \"MAYBE\"}"));
    m.put("GET /api/projects", Row.read(APPLICANTS_AND_STAFF));
    m.put("GET /api/projects/{projectRef}", Row.read(APPLICANT_AND_STAFF));
    Set<Caller> monitoring =
        EnumSet.of(Caller.OWNER, Caller.UNASSIGNED_OFFICER, Caller.MANAGER, Caller.ADMIN);
    m.put(
        "GET /api/projects/{projectRef}/outcome-records",
        Row.read(
            EnumSet.of(Caller.OWNER, Caller.UNASSIGNED_OFFICER, Caller.MANAGER, Caller.ADMIN)));
    m.put(
        "POST /api/projects/{projectRef}/outcome-records",
        Row.write(
            EnumSet.of(Caller.OWNER),
            "["
                + Fixtures.outcomeRecord(
                    "M-1", "BASELINE", "2026-02-01", "\"contexts\": [\"MADE_WELCOME\"]")
                + "]",
            "[{\"respondentRef\": \"M-2\"}]"));
    m.put(
        "POST /api/projects/{projectRef}/outcome-records/import",
        new Row(EnumSet.of(Caller.OWNER), "", "CSV", ""));
    m.put(
        "DELETE /api/projects/{projectRef}/outcome-records/{id}",
        Row.write(EnumSet.of(Caller.OWNER), null, null));
    m.put(
        "POST /api/projects/{projectRef}/erasures",
        Row.write(
            EnumSet.of(Caller.OWNER, Caller.ADMIN),
            "{\"respondentRef\": \"M-0\"}",
            "{\"respondentRef\": \"\"}"));
    m.put("GET /api/projects/{projectRef}/returns", Row.read(monitoring));
    m.put("GET /api/projects/{projectRef}/returns/{dueOn}", Row.read(monitoring));
    m.put(
        "PUT /api/projects/{projectRef}/returns/{dueOn}",
        Row.write(
            EnumSet.of(Caller.OWNER),
            "{\"participantsReached\": 12}",
            "{\"participantsReached\": -5}"));
    m.put(
        "POST /api/projects/{projectRef}/returns/{dueOn}/submit",
        Row.write(EnumSet.of(Caller.OWNER), "{}", null));
    m.put(
        "POST /api/projects/{projectRef}/returns/{dueOn}/accept",
        Row.write(EnumSet.of(Caller.UNASSIGNED_OFFICER), "{}", "{}"));
    m.put(
        "POST /api/projects/{projectRef}/returns/{dueOn}/query",
        Row.write(EnumSet.of(Caller.UNASSIGNED_OFFICER), "{\"note\": \"Refused\"}", "{}"));
    m.put("GET /api/returns/overdue", Row.read(STAFF));
    m.put("GET /api/reports/cmo", Row.read(STAFF, "?category=CONTEXTS&by=ALL"));
    m.put("GET /api/reports/co-production-change", Row.read(STAFF));
    m.put("GET /api/reports/aims-vs-outcomes", Row.read(STAFF));
    m.put("GET /api/reports/coverage", Row.read(STAFF));
    Set<Caller> exports = EnumSet.of(Caller.MANAGER, Caller.ADMIN);
    m.put("GET /api/exports/360giving.json", Row.read(exports));
    m.put("GET /api/exports/360giving.csv", Row.read(exports));
    // Servlets.
    m.put("GET /assessment/queue.csv", Row.read(STAFF));
    m.put("GET /assessment/queue.xlsx", Row.read(STAFF));
    Set<Caller> managers = EnumSet.of(Caller.MANAGER);
    m.put("GET /reports/cmo.csv", Row.read(managers, "?category=CONTEXTS&by=ALL"));
    m.put("GET /reports/cmo.xlsx", Row.read(managers, "?category=CONTEXTS&by=ALL"));
    m.put("GET /reports/cmo.pdf", Row.read(managers, "?category=CONTEXTS&by=ALL"));
    m.put(
        "GET /applications/award-letter",
        Row.read(EnumSet.of(Caller.OWNER, Caller.MANAGER), "?project=PROJECT"));
    m.put(
        "GET /applications/document",
        Row.read(
            EnumSet.of(Caller.OWNER, Caller.MANAGER), "?application=SUBMITTED&document=DOCUMENT"));
    m.put("GET /projects/outcome-template.csv", Row.read(SIGNED_IN));
    m.put("GET /projects/outcome-template.xlsx", Row.read(SIGNED_IN));
    m.put("GET /projects/outcome-records.csv", Row.read(monitoring, "?ref=PROJECT"));
    // A token is not a session: the keep-alive answers 401 to it, and the visitor goes to sign in.
    m.put("GET /session/keepalive", new Row(SIGNED_IN, "", null, null, Set.of(401)));
    // Anybody may sign out; without a session Keycloak is asked to end its own (it confirms first).
    m.put("GET /logout", new Row(EnumSet.allOf(Caller.class), "", null, null, Set.of(302, 303)));
    return m;
  }

  @BeforeAll
  static void ownersObjects() {
    ownerToken = TestEnv.token("anchor1");
    String manager = TestEnv.token("manager1");
    roundId = Fixtures.roundId();
    project = Fixtures.fundedProject(ownerToken);
    JsonObject secret =
        jakarta.json.Json.createObjectBuilder(Fixtures.completeForm())
            .add("title", SECRET)
            .add("summary", SECRET)
            .build();
    // The draft lacks its documents, so a submit that gets through is refused as incomplete.
    draft = Fixtures.draftApplication(ownerToken, secret);
    submitted = Fixtures.draftApplication(ownerToken, secret);
    Fixtures.uploadRequiredDocuments(submitted, ownerToken);
    assertThat(Fixtures.submit(submitted, ownerToken).statusCode()).isEqualTo(200);
    document = firstId(TestEnv.get(api("/applications/" + submitted + "/documents"), ownerToken));
    HttpResponse<String> assigned =
        TestEnv.post(
            api("/applications/" + submitted + "/assignment"),
            manager,
            "{\"officer\": \"officer2\"}");
    assertThat(assigned.statusCode()).as(assigned.body()).isBetween(200, 201);
    HttpResponse<String> saved =
        TestEnv.post(
            api("/projects/" + project + "/outcome-records"),
            ownerToken,
            "["
                + Fixtures.outcomeRecord(
                    "M-0", "BASELINE", "2026-02-01", "\"contexts\": [\"MADE_WELCOME\"]")
                + "]");
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
    record = firstId(TestEnv.get(api("/projects/" + project + "/outcome-records"), ownerToken));
    HttpResponse<String> returns =
        TestEnv.get(api("/projects/" + project + "/returns"), ownerToken);
    assertThat(returns.statusCode()).as(returns.body()).isEqualTo(200);
    dueOn = TestEnv.json(returns.body()).asJsonArray().getJsonObject(0).getString("dueOn");
    HttpResponse<String> invited =
        TestEnv.post(
            api("/organisation/invitations"),
            ownerToken,
            "{\"email\": \"matrix-" + java.util.UUID.randomUUID() + "@example.org\"}");
    assertThat(invited.statusCode()).as(invited.body()).isEqualTo(201);
    invitation = TestEnv.object(invited.body()).getJsonNumber("id").longValue();
  }

  @Test
  void everyEndpointOfTheApplicationIsInTheMatrix() throws IOException {
    Set<String> endpoints = new TreeSet<>();
    endpoints.addAll(openApiOperations());
    endpoints.addAll(servletPatterns());
    assertThat(endpoints).as("the application's endpoints").hasSizeGreaterThan(40);
    assertThat(endpoints)
        .as("every endpoint needs a row in EndpointAccessMatrixIT.MATRIX")
        .isEqualTo(new TreeSet<>(MATRIX.keySet()));
  }

  @Test
  void eachCallerIsAllowedExactlyWhatTheMatrixSays() {
    Map<Caller, String> tokens = new LinkedHashMap<>();
    for (Caller caller : Caller.values()) {
      tokens.put(caller, caller.username == null ? null : TestEnv.token(caller.username));
    }
    String before = ownersState();
    SoftAssertions softly = new SoftAssertions();
    List<String> tried = new ArrayList<>();
    MATRIX.forEach(
        (endpoint, row) -> {
          String method = endpoint.substring(0, endpoint.indexOf(' '));
          String path = fill(endpoint.substring(endpoint.indexOf(' ') + 1), method);
          for (Caller caller : Caller.values()) {
            boolean allowed = row.allowed().contains(caller);
            boolean reads = method.equals("GET");
            String body = allowed ? row.invalidBody() : row.body();
            if (allowed && !reads && body == null) {
              continue;
            }
            if (!allowed && !reads && row.body() == null && !method.equals("DELETE")) {
              continue;
            }
            HttpResponse<String> response =
                call(method, path + fill(row.query(), method), tokens.get(caller), body);
            int status = response.statusCode();
            String what = caller + " " + method + " " + path + " → " + status;
            tried.add(what);
            softly.assertThat(status).as(what + " " + response.body()).isLessThan(500);
            if (caller == Caller.VISITOR || caller == Caller.OTHER_ORGANISATION) {
              softly.assertThat(response.body()).as(what).doesNotContain(SECRET.substring(0, 14));
            }
            if (caller == Caller.VISITOR && !allowed) {
              softly
                  .assertThat(refusedVisitor(response))
                  .as(what + ": a visitor is refused")
                  .isTrue();
            } else if (!allowed) {
              softly.assertThat(status).as(what + ": refused").isIn(403, 404);
            } else if (reads) {
              softly.assertThat(status).as(what + ": allowed " + response.body()).isIn(row.ok());
            } else {
              softly
                  .assertThat(status)
                  .as(what + ": allowed, and the invalid request is refused " + response.body())
                  .isIn(400, 409, 415, 422);
            }
          }
        });
    softly.assertAll();
    System.out.printf(
        "Access matrix: %d endpoints, %d calls across %d callers%n",
        MATRIX.size(), tried.size(), Caller.values().length);
    assertThat(ownersState()).as("the refused calls changed nothing").isEqualTo(before);
  }

  /**
   * The API takes bearer tokens only: a signed-in browser's session cookie, which another site
   * could make the browser send, is refused on every endpoint, reading or writing.
   */
  @Test
  void theApiRefusesASignedInBrowsersSessionCookie() {
    try (Browser browser = Fixtures.signedIn("manager1")) {
      Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
      assertThat(session).as("signed in").isNotNull();
      assertThat(TestEnv.get(TestEnv.APP + "/manager/index.xhtml", null).statusCode())
          .as("without the cookie the page asks to sign in")
          .isEqualTo(302);
      HttpResponse<String> page =
          TestEnv.send(
              HttpRequest.newBuilder(URI.create(TestEnv.APP + "/manager/index.xhtml"))
                  .header("Cookie", "JSESSIONID=" + session.getValue())
                  .build());
      assertThat(page.statusCode()).as("the cookie signs in to pages").isEqualTo(200);
      SoftAssertions softly = new SoftAssertions();
      MATRIX.forEach(
          (endpoint, row) -> {
            String method = endpoint.substring(0, endpoint.indexOf(' '));
            String path = fill(endpoint.substring(endpoint.indexOf(' ') + 1), method);
            if (!path.startsWith("/api/")) {
              return;
            }
            HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(TestEnv.APP + path + fill(row.query(), method)))
                    .header("Cookie", "JSESSIONID=" + session.getValue())
                    .header("Content-Type", "application/json")
                    .method(
                        method,
                        row.body() == null || !row.body().startsWith("{")
                            ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(fill(row.body(), method)));
            softly
                .assertThat(TestEnv.send(request.build()).statusCode())
                .as("%s with the session cookie only", endpoint)
                .isEqualTo(401);
          });
      softly.assertAll();
    }
  }

  private static boolean refusedVisitor(HttpResponse<String> response) {
    if (response.statusCode() == 401) {
      return true;
    }
    return response.statusCode() == 302
        && response.headers().firstValue("Location").orElse("").startsWith(TestEnv.KEYCLOAK);
  }

  /** What a refused write would have changed, read as the owner. */
  private static String ownersState() {
    StringBuilder state = new StringBuilder();
    for (long id : List.of(draft, submitted)) {
      JsonObject application =
          TestEnv.object(TestEnv.get(api("/applications/" + id), ownerToken).body());
      state
          .append(application.getString("status"))
          .append(application.get("version"))
          .append(application.getString("title"))
          .append(TestEnv.get(api("/applications/" + id + "/documents"), ownerToken).body());
    }
    state.append(TestEnv.get(api("/projects/" + project + "/outcome-records"), ownerToken).body());
    state.append(TestEnv.get(api("/projects/" + project + "/returns/" + dueOn), ownerToken).body());
    state.append(TestEnv.get(api("/organisation/invitations"), ownerToken).body());
    state.append(
        TestEnv.get(api("/applications/" + submitted + "/assessments"), TestEnv.token("manager1"))
            .body());
    return state.toString();
  }

  /** The path with the fixtures' ids: reads and staff actions on the submitted application. */
  private static String fill(String template, String method) {
    boolean onSubmitted =
        method.equals("GET")
            || template.contains("/assignment")
            || template.contains("/conflict-declaration")
            || template.contains("/assessments")
            || template.contains("/moderation")
            || template.contains("/decision");
    return template
        .replace("{id}/documents/{documentId}", submitted + "/documents/" + document)
        .replace("applications/{id}", "applications/" + (onSubmitted ? submitted : draft))
        .replace("rounds/{id}", "rounds/" + roundId)
        .replace("outcome-records/{id}", "outcome-records/" + record)
        .replace("invitations/{id}", "invitations/" + invitation)
        .replace("{projectRef}", project)
        .replace("{dueOn}", dueOn)
        .replace("ROUND", Long.toString(roundId))
        .replace("PROJECT", project)
        .replace("SUBMITTED", Long.toString(submitted))
        .replace("DOCUMENT", Long.toString(document));
  }

  private static HttpResponse<String> call(String method, String url, String token, String body) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(TestEnv.APP + url));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else if (body.equals("PDF")) {
      request
          .header("Content-Type", "application/pdf")
          .method(method, HttpRequest.BodyPublishers.ofByteArray(Fixtures.PDF));
    } else if (body.equals("CSV")) {
      request
          .header("Content-Type", "text/csv")
          .method(method, HttpRequest.BodyPublishers.ofString(validCsv()));
    } else if (body.isEmpty()) {
      request
          .header("Content-Type", "application/octet-stream")
          .method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request
          .header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(fill(body, method)));
    }
    return TestEnv.send(request.build());
  }

  private static String validCsv() {
    String template =
        TestEnv.get(TestEnv.APP + "/projects/outcome-template.csv", ownerToken).body();
    String header = template.split("\r?\n")[0];
    String[] columns = header.split(",");
    List<String> cells = new ArrayList<>();
    for (String column : columns) {
      cells.add(
          switch (column.strip().replace("\"", "")) {
            case "respondentRef" -> "M-9";
            case "participantType" -> "COMMUNITY_MEMBER";
            case "wave" -> "BASELINE";
            case "collectedOn" -> "2026-02-01";
            case "consent" -> "true";
            default -> "";
          });
    }
    return header + "\r\n" + String.join(",", cells) + "\r\n";
  }

  /** The operations of the application's OpenAPI document, as "METHOD /api/path". */
  private static Set<String> openApiOperations() {
    HttpResponse<String> response = TestEnv.get(TestEnv.APP + "/openapi?format=JSON", null);
    assertThat(response.statusCode()).as("the OpenAPI document").isEqualTo(200);
    JsonObject paths = TestEnv.object(response.body()).getJsonObject("paths");
    Set<String> operations = new TreeSet<>();
    paths.forEach(
        (path, item) ->
            item.asJsonObject()
                .keySet()
                .forEach(
                    method -> {
                      if (Set.of("get", "put", "post", "delete", "patch").contains(method)) {
                        String full = path.startsWith("/api/") ? path : "/api" + path;
                        operations.add(method.toUpperCase() + " " + full);
                      }
                    }));
    return operations;
  }

  /** The URL patterns of the web module's servlets, read from their annotations. */
  private static Set<String> servletPatterns() throws IOException {
    Path sources = TestEnv.WEBAPP.resolve("../java").normalize();
    Pattern annotation = Pattern.compile("@WebServlet\\((\\{[^}]*\\}|\"[^\"]*\")");
    Pattern quoted = Pattern.compile("\"([^\"]+)\"");
    Set<String> patterns = new TreeSet<>();
    try (Stream<Path> files = Files.walk(sources)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Matcher m = annotation.matcher(Files.readString(file));
        while (m.find()) {
          Matcher q = quoted.matcher(m.group(1));
          while (q.find()) {
            patterns.add("GET " + q.group(1));
          }
        }
      }
    }
    assertThat(patterns).as("servlets under %s", sources).isNotEmpty();
    return patterns;
  }

  private static long firstId(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return TestEnv.json(response.body())
        .asJsonArray()
        .getJsonObject(0)
        .getJsonNumber("id")
        .longValue();
  }

  private static String api(String path) {
    return TestEnv.APP + "/api" + path;
  }
}
