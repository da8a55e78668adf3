package org.grantwise.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.grantwise.it.support.Fixtures;
import org.grantwise.it.support.TestEnv;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The applications API end to end: drafting section by section, submitting, the save and submit
 * rules, optimistic locking and who may see or change an application. Every test starts its own
 * application, so the tests run in any order and alongside other classes' applications.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApplicationApiIT {

  private static final String APPLICATIONS = TestEnv.APP + "/api/applications";
  private static final String SCRIPT = "<script>alert(1)</script>";

  // --- creating and completing -----------------------------------------------------------------

  @Test
  void creatingADraftAnswers201WithLocationETagAndStatusDraft() {
    String anchor1 = TestEnv.token("anchor1");

    HttpResponse<String> response =
        post(
            APPLICATIONS,
            anchor1,
            Json.createObjectBuilder().add("roundId", Fixtures.roundId()).build());

    assertThat(response.statusCode()).isEqualTo(201);
    JsonObject created = TestEnv.object(response.body());
    long id = created.getJsonNumber("id").longValue();
    assertThat(created.getString("status")).isEqualTo("DRAFT");
    assertThat(created.getString("reference")).isNotBlank();
    assertThat(response.headers().firstValue("ETag")).isPresent();
    String location = response.headers().firstValue("Location").orElseThrow();
    assertThat(location).endsWith("/api/applications/" + id);

    HttpResponse<String> fetched = TestEnv.get(location, anchor1);
    assertThat(fetched.statusCode()).isEqualTo(200);
    JsonObject application = TestEnv.object(fetched.body());
    assertThat(application.getJsonNumber("id").longValue()).isEqualTo(id);
    assertThat(application.getString("reference")).isEqualTo(created.getString("reference"));
    assertThat(application.getString("status")).isEqualTo("DRAFT");
    assertThat(application.getJsonNumber("roundId").longValue()).isEqualTo(Fixtures.roundId());
    assertThat(application.getJsonObject("organisation").getString("name"))
        .isEqualTo("Riverside Community Anchor");
    assertThat(application.isNull("submittedAt")).isTrue();
  }

  @Test
  void aDraftFilledInOneSectionPerSaveCanBeSubmittedAndShowsEverySectionComplete() {
    String anchor1 = TestEnv.token("anchor1");
    long id = Fixtures.draftApplication(anchor1);

    JsonObject sectionsAtStart = getApplication(id, anchor1).getJsonObject("sections");
    assertThat(sectionsAtStart.keySet())
        .containsExactlyInAnyOrder(
            "PROJECT",
            "CO_PRODUCTION",
            "BEHAVIOUR_CHANGE",
            "THEORY_OF_CHANGE",
            "PARTNERS",
            "BUDGET",
            "DOCUMENTS",
            "DECLARATIONS");
    sectionsAtStart
        .keySet()
        .forEach(
            section ->
                assertThat(sectionsAtStart.getBoolean(section))
                    .as("%s of an empty draft", section)
                    .isFalse());

    for (Map.Entry<String, JsonObject> section : Fixtures.sections().entrySet()) {
      HttpResponse<String> saved = put(id, anchor1, section.getValue());
      assertThat(saved.statusCode())
          .as("saving %s: %s", section.getKey(), saved.body())
          .isEqualTo(200);
      JsonObject application = TestEnv.object(saved.body());
      assertThat(application.getString("status")).isEqualTo("DRAFT");
      assertThat(application.getJsonObject("sections").getBoolean(section.getKey()))
          .as("%s complete after saving it", section.getKey())
          .isTrue();
      section
          .getValue()
          .forEach(
              (field, sent) -> {
                if (!field.equals("budget")) {
                  assertThat(application.get(field)).as("saved %s", field).isEqualTo(sent);
                }
              });
    }

    Fixtures.uploadRequiredDocuments(id, anchor1);
    assertThat(getApplication(id, anchor1).getJsonObject("sections").getBoolean("DOCUMENTS"))
        .as("documents complete after uploading the three required ones")
        .isTrue();

    HttpResponse<String> submitted = Fixtures.submit(id, anchor1);
    assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
    JsonObject summary = TestEnv.object(submitted.body());
    assertThat(summary.getJsonNumber("id").longValue()).isEqualTo(id);
    assertThat(summary.getString("reference")).isNotBlank();
    assertThat(summary.getString("status")).isEqualTo("SUBMITTED");

    JsonObject application = getApplication(id, anchor1);
    assertThat(application.getString("status")).isEqualTo("SUBMITTED");
    assertThat(application.isNull("submittedAt")).isFalse();
    JsonObject sections = application.getJsonObject("sections");
    assertThat(sections.keySet()).hasSize(8);
    sections
        .keySet()
        .forEach(
            section ->
                assertThat(sections.getBoolean(section)).as("%s after submit", section).isTrue());
    assertThat(application.getString("title"))
        .isEqualTo(Fixtures.projectSection().getString("title"));
    JsonArray budget = application.getJsonArray("budget");
    assertThat(budget).hasSize(2);
    assertThat(budget.getJsonObject(0).getJsonNumber("requested").bigDecimalValue())
        .isEqualByComparingTo("20000");
    assertThat(budget.getJsonObject(1).getJsonNumber("requested").bigDecimalValue())
        .isEqualByComparingTo("18500");
    assertThat(application.getJsonNumber("totalRequested").bigDecimalValue())
        .isEqualByComparingTo("38500");
    assertThat(application.getJsonObject("declarations").getBoolean("accepted")).isTrue();
  }

  // --- submit rules ----------------------------------------------------------------------------

  @Test
  void submittingAnIncompleteDraftIs422ListingEveryMissingField() {
    String anchor1 = TestEnv.token("anchor1");
    long id = Fixtures.draftApplication(anchor1);

    HttpResponse<String> response = Fixtures.submit(id, anchor1);

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(errorFields(response))
        .contains(
            "title",
            "primaryTheme",
            "coProduction.needsAssessment",
            "budget",
            "declarations.accepted");
    TestEnv.object(response.body())
        .getJsonArray("errors")
        .getValuesAs(JsonObject.class)
        .forEach(e -> assertThat(e.getString("message")).as(e.getString("field")).isNotBlank());
    assertThat(getApplication(id, anchor1).getString("status")).isEqualTo("DRAFT");
  }

  @Test
  void submittingTwiceIs409AndTheApplicationStaysSubmitted() {
    String anchor1 = TestEnv.token("anchor1");
    long id = Fixtures.draftApplication(anchor1, Fixtures.completeForm());
    Fixtures.uploadRequiredDocuments(id, anchor1);
    assertThat(Fixtures.submit(id, anchor1).statusCode()).isEqualTo(200);

    HttpResponse<String> again = Fixtures.submit(id, anchor1);

    assertThat(again.statusCode()).isEqualTo(409);
    JsonObject error = TestEnv.object(again.body());
    assertThat(error.getString("error")).isNotBlank();
    assertThat(error.getString("message")).contains("already been submitted");
    assertThat(getApplication(id, anchor1).getString("status")).isEqualTo("SUBMITTED");
  }

  @Test
  void savingASubmittedApplicationIs409AndChangesNothing() {
    String anchor1 = TestEnv.token("anchor1");
    long id = Fixtures.draftApplication(anchor1, Fixtures.completeForm());
    Fixtures.uploadRequiredDocuments(id, anchor1);
    assertThat(Fixtures.submit(id, anchor1).statusCode()).isEqualTo(200);

    HttpResponse<String> response =
        put(
            id,
            anchor1,
            Json.createObjectBuilder().add("title", "Changed after submitting").build());

    assertThat(response.statusCode()).isEqualTo(409);
    assertThat(TestEnv.object(response.body()).getString("message")).contains("cannot be changed");
    JsonObject application = getApplication(id, anchor1);
    assertThat(application.getString("status")).isEqualTo("SUBMITTED");
    assertThat(application.getString("title"))
        .isEqualTo(Fixtures.projectSection().getString("title"));
  }

  @Test
  void requestingMoreThan50000InAYearIs422OnSubmitNamingThatYearsRequest() {
    String anchor1 = TestEnv.token("anchor1");
    JsonArray overTheLimit =
        Json.createArrayBuilder()
            .add(
                Fixtures.budgetYear(
                    1, 60000, Fixtures.line("STAFF", "Two full-time development workers", 60000)))
            .build();
    long id =
        Fixtures.draftApplication(
            anchor1,
            Json.createObjectBuilder(Fixtures.completeForm()).add("budget", overTheLimit).build());
    Fixtures.uploadRequiredDocuments(id, anchor1);

    HttpResponse<String> response = Fixtures.submit(id, anchor1);

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(errorFields(response)).containsExactly("budget[1].requested");
    assertThat(errorMessage(response, "budget[1].requested")).contains("50000");
    JsonObject application = getApplication(id, anchor1);
    assertThat(application.getString("status")).isEqualTo("DRAFT");
    assertThat(application.getJsonObject("sections").getBoolean("BUDGET")).isFalse();
  }

  // --- save rules ------------------------------------------------------------------------------

  static Stream<Arguments> badInput() {
    return Stream.of(
        Arguments.of(
            "an unknown theme code",
            Json.createObjectBuilder().add("primaryTheme", "UNDERWATER_BASKET_WEAVING").build(),
            "primaryTheme"),
        Arguments.of(
            "a title over 200 characters",
            Json.createObjectBuilder().add("title", "x".repeat(201)).build(),
            "title"),
        Arguments.of(
            "a negative cost line",
            Json.createObjectBuilder()
                .add(
                    "budget",
                    Json.createArrayBuilder()
                        .add(Fixtures.budgetYear(1, 1000, Fixtures.line("STAFF", "Refund", -250))))
                .build(),
            "budget[1].lines[1].amount"),
        Arguments.of(
            "a negative amount requested",
            Json.createObjectBuilder()
                .add(
                    "budget",
                    Json.createArrayBuilder()
                        .add(
                            Fixtures.budgetYear(
                                1, -1, Fixtures.line("STAFF", "Development worker", 1000))))
                .build(),
            "budget[1].requested"),
        Arguments.of(
            "a duration written in words",
            Json.createObjectBuilder().add("durationMonths", "twelve").build(),
            "durationMonths"),
        Arguments.of(
            "a field the form does not have",
            Json.createObjectBuilder().add("favouriteColour", "blue").build(),
            "favouriteColour"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badInput")
  void badInputIsRefused422NamingTheFieldAndTheSavedFormStaysUnchanged(
      String description, JsonObject bad, String field) {
    String anchor1 = TestEnv.token("anchor1");
    long id = Fixtures.draftApplication(anchor1, Fixtures.completeForm());
    JsonObject before = getApplication(id, anchor1);

    HttpResponse<String> response = put(id, anchor1, bad);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
    assertThat(errorFields(response)).contains(field);
    assertThat(errorMessage(response, field)).isNotBlank();
    JsonObject after = getApplication(id, anchor1);
    for (String formField : Fixtures.completeForm().keySet()) {
      assertThat(after.get(formField)).as(formField).isEqualTo(before.get(formField));
    }
    String topLevel = field.replaceAll("[.\\[].*", "");
    assertThat(after.get(topLevel)).as("saved %s", topLevel).isEqualTo(before.get(topLevel));
    assertThat(after.getString("title")).isEqualTo(Fixtures.projectSection().getString("title"));
    assertThat(after.getInt("durationMonths")).isEqualTo(24);
    assertThat(after.getString("primaryTheme")).isEqualTo("TRAINING_UPSKILLING");
    assertThat(after.containsKey("favouriteColour")).isFalse();
    assertThat(after.getString("status")).isEqualTo("DRAFT");
  }

  @Test
  void markupInTextIsStoredAndReturnedVerbatimAsAJsonString() {
    String anchor1 = TestEnv.token("anchor1");
    long id = Fixtures.draftApplication(anchor1);

    HttpResponse<String> saved =
        put(id, anchor1, Json.createObjectBuilder().add("summary", SCRIPT).build());
    assertThat(saved.statusCode()).isEqualTo(200);
    assertThat(TestEnv.object(saved.body()).getString("summary")).isEqualTo(SCRIPT);

    HttpResponse<String> fetched = TestEnv.get(APPLICATIONS + "/" + id, anchor1);
    assertThat(fetched.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
    JsonObject application = TestEnv.object(fetched.body());
    assertThat(application.get("summary").getValueType()).isEqualTo(JsonValue.ValueType.STRING);
    assertThat(application.getString("summary")).isEqualTo(SCRIPT);
  }

  // --- optimistic locking ----------------------------------------------------------------------

  @Test
  void savingWithAnOldETagIs409AndTheNewerSaveRemains() {
    String anchor1 = TestEnv.token("anchor1");
    HttpResponse<String> created =
        post(
            APPLICATIONS,
            anchor1,
            Json.createObjectBuilder().add("roundId", Fixtures.roundId()).build());
    assertThat(created.statusCode()).isEqualTo(201);
    long id = TestEnv.object(created.body()).getJsonNumber("id").longValue();
    String original = created.headers().firstValue("ETag").orElseThrow();

    HttpResponse<String> newer =
        put(id, anchor1, original, Json.createObjectBuilder().add("title", "Newer title").build());
    assertThat(newer.statusCode()).as(newer.body()).isEqualTo(200);
    assertThat(newer.headers().firstValue("ETag").orElseThrow()).isNotEqualTo(original);

    HttpResponse<String> stale =
        put(id, anchor1, original, Json.createObjectBuilder().add("title", "Stale title").build());

    assertThat(stale.statusCode()).isEqualTo(409);
    JsonObject error = TestEnv.object(stale.body());
    assertThat(error.getString("error")).isNotBlank();
    assertThat(error.getString("message")).contains("colleague");
    assertThat(getApplication(id, anchor1).getString("title")).isEqualTo("Newer title");
  }

  // --- who may do what -------------------------------------------------------------------------

  @Test
  void anotherOrganisationsApplicantIsTold404OnReadSaveAndSubmit() {
    String anchor1 = TestEnv.token("anchor1");
    String anchor2 = TestEnv.token("anchor2");
    long id = Fixtures.draftApplication(anchor1, Fixtures.completeForm());

    assertThat(TestEnv.get(APPLICATIONS + "/" + id, anchor2).statusCode()).isEqualTo(404);
    HttpResponse<String> save =
        put(id, anchor2, Json.createObjectBuilder().add("title", "Taken over").build());
    assertThat(save.statusCode()).isEqualTo(404);
    assertThat(TestEnv.object(save.body()).getString("message")).isNotBlank();
    assertThat(Fixtures.submit(id, anchor2).statusCode()).isEqualTo(404);

    JsonObject application = getApplication(id, anchor1);
    assertThat(application.getString("title"))
        .isEqualTo(Fixtures.projectSection().getString("title"));
    assertThat(application.getString("status")).isEqualTo("DRAFT");
  }

  @Test
  void aDraftIsPrivateToItsOrganisationAndStaffMayNeverChangeIt() {
    String anchor1 = TestEnv.token("anchor1");
    long id = Fixtures.draftApplication(anchor1, Fixtures.completeForm());
    JsonObject change = Json.createObjectBuilder().add("title", "Changed by staff").build();

    for (String staff : List.of("officer1", "manager1")) {
      String token = TestEnv.token(staff);
      HttpResponse<String> read = TestEnv.get(APPLICATIONS + "/" + id, token);
      assertThat(read.statusCode()).as("%s reads a draft", staff).isEqualTo(404);

      HttpResponse<String> save = put(id, token, change);
      assertThat(save.statusCode()).as("%s saves", staff).isEqualTo(403);
      assertThat(save.headers().firstValue("Content-Type"))
          .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
      assertThat(TestEnv.object(save.body()).getString("message"))
          .isEqualTo("Your role does not allow this request");

      assertThat(Fixtures.submit(id, token).statusCode()).as("%s submits", staff).isEqualTo(403);
      assertThat(
              post(
                      APPLICATIONS,
                      token,
                      Json.createObjectBuilder().add("roundId", Fixtures.roundId()).build())
                  .statusCode())
          .as("%s starts an application", staff)
          .isEqualTo(403);
    }

    Fixtures.uploadRequiredDocuments(id, anchor1);
    assertThat(Fixtures.submit(id, anchor1).statusCode()).isEqualTo(200);
    HttpResponse<String> managerReads =
        TestEnv.get(APPLICATIONS + "/" + id, TestEnv.token("manager1"));
    assertThat(managerReads.statusCode())
        .as("a manager reads a submitted application")
        .isEqualTo(200);
    assertThat(TestEnv.object(managerReads.body()).getJsonObject("organisation").getString("name"))
        .isEqualTo("Riverside Community Anchor");
    assertThat(TestEnv.get(APPLICATIONS + "/" + id, TestEnv.token("officer1")).statusCode())
        .as("an officer reads only what is assigned to them")
        .isEqualTo(404);
    assertThat(getApplication(id, anchor1).getString("title"))
        .isEqualTo(Fixtures.projectSection().getString("title"));
  }

  @Test
  void anAdministratorMayNotReadAnApplication() {
    long id = Fixtures.draftApplication(TestEnv.token("anchor1"));

    HttpResponse<String> response = TestEnv.get(APPLICATIONS + "/" + id, TestEnv.token("admin1"));

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(TestEnv.object(response.body()).getString("message"))
        .isEqualTo("Your role does not allow this request");
  }

  @Test
  void withoutATokenReadSaveAndSubmitAre401() {
    String anchor1 = TestEnv.token("anchor1");
    long id = Fixtures.draftApplication(anchor1, Fixtures.completeForm());

    HttpResponse<String> read = TestEnv.get(APPLICATIONS + "/" + id, null);
    assertThat(read.statusCode()).isEqualTo(401);
    assertThat(TestEnv.object(read.body()).getString("message")).contains("bearer token");
    assertThat(
            put(id, null, Json.createObjectBuilder().add("title", "Anonymous").build())
                .statusCode())
        .isEqualTo(401);
    assertThat(Fixtures.submit(id, null).statusCode()).isEqualTo(401);
    assertThat(TestEnv.get(APPLICATIONS, null).statusCode()).isEqualTo(401);

    JsonObject application = getApplication(id, anchor1);
    assertThat(application.getString("title"))
        .isEqualTo(Fixtures.projectSection().getString("title"));
    assertThat(application.getString("status")).isEqualTo("DRAFT");
  }

  @Test
  void theListShowsAnApplicationToItsOwnOrganisationOnly() {
    String anchor1 = TestEnv.token("anchor1");
    String anchor2 = TestEnv.token("anchor2");
    long id = Fixtures.draftApplication(anchor1, Fixtures.completeForm());

    HttpResponse<String> own = TestEnv.get(APPLICATIONS, anchor1);
    assertThat(own.statusCode()).isEqualTo(200);
    JsonObject listed =
        idsIn(own).stream()
            .filter(a -> a.getJsonNumber("id").longValue() == id)
            .findFirst()
            .orElseThrow();
    assertThat(listed.getString("status")).isEqualTo("DRAFT");
    assertThat(listed.getString("title")).isEqualTo(Fixtures.projectSection().getString("title"));
    assertThat(listed.getJsonNumber("roundId").longValue()).isEqualTo(Fixtures.roundId());

    HttpResponse<String> other = TestEnv.get(APPLICATIONS, anchor2);
    assertThat(other.statusCode()).isEqualTo(200);
    assertThat(idsIn(other).stream().map(a -> a.getJsonNumber("id").longValue()))
        .doesNotContain(id);

    assertThat(TestEnv.get(APPLICATIONS, TestEnv.token("officer1")).statusCode()).isEqualTo(403);
  }

  @Test
  void aWithdrawnDraftCanNeitherBeChangedNorSubmitted() {
    String anchor1 = TestEnv.token("anchor1");
    long id = Fixtures.draftApplication(anchor1, Fixtures.completeForm());

    HttpResponse<String> withdrawn =
        post(
            APPLICATIONS + "/" + id + "/withdraw",
            anchor1,
            Json.createObjectBuilder().add("reason", "Funded elsewhere").build());

    assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(200);
    assertThat(TestEnv.object(withdrawn.body()).getString("status")).isEqualTo("WITHDRAWN");
    assertThat(
            put(id, anchor1, Json.createObjectBuilder().add("title", "Revived").build())
                .statusCode())
        .isEqualTo(409);
    assertThat(Fixtures.submit(id, anchor1).statusCode()).isEqualTo(409);
    JsonObject application = getApplication(id, anchor1);
    assertThat(application.getString("status")).isEqualTo("WITHDRAWN");
    assertThat(application.getString("title"))
        .isEqualTo(Fixtures.projectSection().getString("title"));
  }

  // --- the form --------------------------------------------------------------------------------

  // --- HTTP helpers ----------------------------------------------------------------------------

  private static JsonObject getApplication(long id, String token) {
    HttpResponse<String> response = TestEnv.get(APPLICATIONS + "/" + id, token);
    assertThat(response.statusCode()).as("reading %d: %s", id, response.body()).isEqualTo(200);
    return TestEnv.object(response.body());
  }

  private static HttpResponse<String> post(String url, String token, JsonObject body) {
    return TestEnv.send(request(url, token).POST(BodyPublishers.ofString(body.toString())).build());
  }

  private static HttpResponse<String> put(long id, String token, JsonObject body) {
    return put(id, token, null, body);
  }

  private static HttpResponse<String> put(long id, String token, String ifMatch, JsonObject body) {
    HttpRequest.Builder request = request(APPLICATIONS + "/" + id, token);
    if (ifMatch != null) {
      request.header("If-Match", ifMatch);
    }
    return TestEnv.send(request.PUT(BodyPublishers.ofString(body.toString())).build());
  }

  private static HttpRequest.Builder request(String url, String token) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "application/json")
            .header("Accept", "application/json");
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return request;
  }

  private static List<String> errorFields(HttpResponse<String> response) {
    return TestEnv.object(response.body())
        .getJsonArray("errors")
        .getValuesAs(JsonObject.class)
        .stream()
        .map(e -> e.getString("field"))
        .toList();
  }

  private static String errorMessage(HttpResponse<String> response, String field) {
    return TestEnv.object(response.body())
        .getJsonArray("errors")
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(e -> e.getString("field").equals(field))
        .map(e -> e.getString("message"))
        .findFirst()
        .orElseThrow();
  }

  private static List<JsonObject> idsIn(HttpResponse<String> list) {
    return TestEnv.json(list.body()).asJsonArray().getValuesAs(JsonObject.class);
  }
}
