package org.grantwise.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What tests need to exist before they start, made through the API as a user would make it: a
 * draft, a complete and submitted application, one assessed by officer1, a funded project, and the
 * form and bodies these take. Each call makes new rows, so tests do not share them.
 */
public final class Fixtures {

  /** A minimal PDF. */
  public static final byte[] PDF =
      ("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);

  private static final String API = TestEnv.APP + "/api";
  private static final String APPLICATIONS = API + "/applications";
  private static Long roundId;

  private Fixtures() {}

  /** A browser signed in as the given demo user. */
  public static Browser signedIn(String username) {
    Browser browser = Browser.open();
    browser.signIn(username);
    return browser;
  }

  public static long roundId() {
    if (roundId == null) {
      HttpResponse<String> rounds =
          TestEnv.get(TestEnv.APP + "/api/rounds", TestEnv.token("anchor1"));
      assertThat(rounds.statusCode()).isEqualTo(200);
      roundId =
          TestEnv.json(rounds.body())
              .asJsonArray()
              .getJsonObject(0)
              .getJsonNumber("id")
              .longValue();
    }
    return roundId;
  }

  /** Starts an empty draft in the open round; answers its id. */
  public static long draftApplication(String token) {
    return draftApplication(token, JsonValue.EMPTY_JSON_OBJECT);
  }

  /** Starts a draft in the open round with the given form fields; answers its id. */
  public static long draftApplication(String token, JsonObject fields) {
    JsonObject body = Json.createObjectBuilder(fields).add("roundId", roundId()).build();
    HttpResponse<String> response = TestEnv.post(APPLICATIONS, token, body.toString());
    assertThat(response.statusCode()).as("creating a draft: %s", response.body()).isEqualTo(201);
    return TestEnv.object(response.body()).getJsonNumber("id").longValue();
  }

  /** Uploads a small real PDF as each of the three required documents. */
  public static void uploadRequiredDocuments(long id, String token) {
    for (String kind : List.of("GOVERNING_DOCUMENT", "ACCOUNTS", "SAFEGUARDING_POLICY")) {
      HttpResponse<String> uploaded =
          TestEnv.send(
              HttpRequest.newBuilder(
                      URI.create(
                          APPLICATIONS
                              + "/"
                              + id
                              + "/documents?kind="
                              + kind
                              + "&filename="
                              + kind.toLowerCase()
                              + ".pdf"))
                  .header("Authorization", "Bearer " + token)
                  .header("Content-Type", "application/pdf")
                  .POST(HttpRequest.BodyPublishers.ofByteArray(PDF))
                  .build());
      assertThat(uploaded.statusCode())
          .as("uploading %s: %s", kind, uploaded.body())
          .isEqualTo(201);
    }
  }

  public static HttpResponse<String> submit(long id, String token) {
    return TestEnv.post(APPLICATIONS + "/" + id + "/submit", token, "{}");
  }

  /** A complete application of the caller's organisation, with its documents, submitted. */
  public static long submittedApplication(String token) {
    long id = draftApplication(token, completeForm());
    uploadRequiredDocuments(id, token);
    HttpResponse<String> submitted = submit(id, token);
    assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
    return id;
  }

  /**
   * A submitted application assessed by officer1 (assigned, no conflict, assessment completed with
   * the applicant's model confirmed): what an award needs.
   */
  public static long assessedApplication(String token) {
    long id = submittedApplication(token);
    String app = API + "/applications/" + id;
    HttpResponse<String> assigned =
        TestEnv.post(app + "/assignment", TestEnv.token("manager1"), "{\"officer\": \"officer1\"}");
    assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(200);
    String officer1 = TestEnv.token("officer1");
    HttpResponse<String> declared =
        TestEnv.post(app + "/conflict-declaration", officer1, "{\"conflict\": false}");
    assertThat(declared.statusCode()).as(declared.body()).isEqualTo(201);
    HttpResponse<String> assessed =
        TestEnv.post(app + "/assessments", officer1, scores(4, "PROGRESSION", null, "AWARD"));
    assertThat(assessed.statusCode()).as(assessed.body()).isEqualTo(200);
    return id;
  }

  /**
   * An assessment body: every criterion of the demo rubric scored the same; the model and its
   * reason left out when null.
   */
  public static String scores(int score, String model, String reason, String recommendation) {
    JsonArrayBuilder scores = Json.createArrayBuilder();
    for (String criterion :
        List.of(
            "PRIORITIES_FIT",
            "CO_PRODUCTION",
            "BEHAVIOUR_CHANGE",
            "PARTNERSHIPS",
            "THEORY_OF_CHANGE",
            "VALUE_FOR_MONEY")) {
      scores.add(
          Json.createObjectBuilder()
              .add("criterion", criterion)
              .add("score", score)
              .add("justification", "Clear evidence"));
    }
    var body =
        Json.createObjectBuilder().add("scores", scores).add("recommendation", recommendation);
    if (model != null) {
      body.add("coProductionModel", model);
    }
    if (reason != null) {
      body.add("modelReason", reason);
    }
    return body.build().toString();
  }

  /**
   * A project funded from a new application of the caller's organisation, assessed by officer1,
   * started on 5 January 2026 (so records collected since then fit in its life), with the decision
   * released. An award starts within 12 months of its decision date, so this start date is accepted
   * only until 5 January 2027.
   */
  public static String fundedProject(String anchorToken) {
    String manager1 = TestEnv.token("manager1");
    long id = assessedApplication(anchorToken);
    HttpResponse<String> decided =
        TestEnv.post(
            API + "/applications/" + id + "/decision",
            manager1,
            "{\"decision\": \"AWARD\", \"awardedAmounts\": [{\"year\": 1, \"amount\": 20000},"
                + " {\"year\": 2, \"amount\": 18000}], \"startDate\": \"2026-01-05\","
                + " \"reason\": \"Monitoring test\"}");
    assertThat(decided.statusCode()).as(decided.body()).isEqualTo(200);
    HttpResponse<String> released =
        TestEnv.post(API + "/rounds/" + roundId() + "/release-decisions", manager1, "{}");
    assertThat(released.statusCode()).as(released.body()).isEqualTo(200);
    return TestEnv.object(decided.body()).getString("projectRef");
  }

  /** The address of a funded project's outcome records. */
  public static String recordsOf(String projectRef) {
    return API + "/projects/" + projectRef + "/outcome-records";
  }

  /** One outcome record's JSON: a consenting community member, with the given other fields. */
  public static String outcomeRecord(String ref, String wave, String on, String more) {
    return "{\"respondentRef\": \""
        + ref
        + "\", \"participantType\": \"COMMUNITY_MEMBER\", \"wave\": \""
        + wave
        + "\", \"collectedOn\": \""
        + on
        + "\", \"consent\": true"
        + ", "
        + more
        + "}";
  }

  /** Every field of a form that meets the submit rules. */
  public static JsonObject completeForm() {
    JsonObjectBuilder form = Json.createObjectBuilder();
    sections().values().forEach(section -> section.forEach(form::add));
    return form.build();
  }

  /** Each section of the form as one save, in task-list order, keyed by its section name. */
  public static Map<String, JsonObject> sections() {
    Map<String, JsonObject> sections = new LinkedHashMap<>();
    sections.put("PROJECT", projectSection());
    sections.put(
        "CO_PRODUCTION",
        Json.createObjectBuilder()
            .add("coProductionModel", "PROGRESSION")
            .add(
                "coProduction",
                Json.createObjectBuilder()
                    .add("needsAssessment", "Residents run door-to-door surveys with our staff.")
                    .add("coDesign", "A residents' panel designs each course with the tutors.")
                    .add("coDelivery", "Former learners return as volunteer peer mentors.")
                    .add(
                        "jointEvaluation", "Learners and staff review outcomes together each term.")
                    .add("currentLevel", "CONSULTED")
                    .add("targetLevel", "CO_DELIVERY"))
            .build());
    sections.put(
        "BEHAVIOUR_CHANGE",
        Json.createObjectBuilder()
            .add(
                "behaviourChange",
                Json.createObjectBuilder()
                    .add("capability", "Digital and money skills workshops.")
                    .add("opportunity", "Drop-in sessions at times that suit carers.")
                    .add("motivation", "Peer mentors who have been through it themselves.")
                    .add(
                        "focus",
                        Json.createObjectBuilder()
                            .add("capability", 40)
                            .add("opportunity", 30)
                            .add("motivation", 30)))
            .build());
    sections.put(
        "THEORY_OF_CHANGE",
        Json.createObjectBuilder()
            .add(
                "theoryOfChange",
                Json.createObjectBuilder()
                    .add(
                        "contexts",
                        Json.createArrayBuilder().add("MADE_WELCOME").add("CO_DELIVERY"))
                    .add(
                        "mechanisms",
                        Json.createArrayBuilder().add("TRUST_RELATIONSHIPS").add("CONFIDENCE"))
                    .add("shortTermOutcomes", Json.createArrayBuilder().add("SKILLS_KNOWLEDGE"))
                    .add(
                        "longTermOutcomes",
                        Json.createArrayBuilder().add("EMPLOYMENT").add("WELLBEING"))
                    .add(
                        "rationale",
                        "A welcoming place builds trust, and trust builds confidence."))
            .build());
    sections.put(
        "PARTNERS",
        Json.createObjectBuilder()
            .add(
                "partners",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("name", "Riverside Job Centre")
                            .add("role", "REFERRAL")
                            .add("contact", "partnerships@example.org"))
                    .add(
                        Json.createObjectBuilder()
                            .add("name", "Eastbank College")
                            .add("role", "CO_DELIVERY")
                            .add("contact", "0141 496 0000")))
            .build());
    sections.put(
        "BUDGET",
        Json.createObjectBuilder()
            .add(
                "budget",
                Json.createArrayBuilder()
                    .add(
                        budgetYear(
                            1,
                            20000,
                            line("STAFF", "Development worker, half time", 18000),
                            line("VENUE", "Hall hire", 2400)))
                    .add(
                        budgetYear(
                            2, 18500, line("STAFF", "Development worker, half time", 18500))))
            .build());
    sections.put(
        "DECLARATIONS",
        Json.createObjectBuilder()
            .add("declarations", Json.createObjectBuilder().add("accepted", true))
            .build());
    return sections;
  }

  /** The project section of the complete form. */
  public static JsonObject projectSection() {
    return Json.createObjectBuilder()
        .add("title", "Riverside Skills Exchange")
        .add("summary", "Peer-led skills sessions for residents looking for work.")
        .add(
            "needAddressed", "Long-term unemployment on the Riverside estate is twice the average.")
        .add("areaServed", "Riverside, Glasgow")
        .add("targetGroups", Json.createArrayBuilder().add("Jobseekers").add("Lone parents"))
        .add("startDate", "2027-04-01")
        .add("durationMonths", 24)
        .add(
            "priorities", Json.createArrayBuilder().add("TACKLING_POVERTY").add("SOCIAL_INCLUSION"))
        .add("primaryTheme", "TRAINING_UPSKILLING")
        .add("secondaryThemes", Json.createArrayBuilder().add("VOLUNTEERING_MENTORING"))
        .add("domains", Json.createArrayBuilder().add("EMPLOYMENT").add("FINANCIAL_CAPABILITY"))
        .build();
  }

  /** One year of a budget: its lines and the amount asked for. */
  public static JsonObject budgetYear(int year, int requested, JsonObject... lines) {
    JsonArrayBuilder costs = Json.createArrayBuilder();
    for (JsonObject line : lines) {
      costs.add(line);
    }
    return Json.createObjectBuilder()
        .add("year", year)
        .add("lines", costs)
        .add("requested", requested)
        .build();
  }

  /** One budget line. */
  public static JsonObject line(String category, String description, int amount) {
    return Json.createObjectBuilder()
        .add("category", category)
        .add("description", description)
        .add("amount", amount)
        .build();
  }
}
