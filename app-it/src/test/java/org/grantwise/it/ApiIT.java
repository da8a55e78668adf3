package org.grantwise.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.grantwise.it.support.DemoUsers;
import org.grantwise.it.support.TestEnv;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The JSON API with real Keycloak tokens against the deployed EAR. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiIT {

  private static final List<String> ENDPOINTS =
      List.of("/api/me", "/api/vocabularies", "/api/rounds");

  @ParameterizedTest
  @ValueSource(strings = {"/api/me", "/api/vocabularies", "/api/rounds", "/api/nothing-here"})
  void aRequestWithoutATokenGets401JsonNotALoginRedirect(String path) {
    for (String accept : List.of("*/*", "text/html", "application/json")) {
      HttpResponse<String> response =
          TestEnv.send(
              HttpRequest.newBuilder(URI.create(TestEnv.APP + path))
                  .header("Accept", accept)
                  .GET()
                  .build());
      assertThat(response.statusCode()).as("%s with Accept %s", path, accept).isEqualTo(401);
      assertThat(response.headers().firstValue("Location")).isEmpty();
      assertThat(response.headers().firstValue("Content-Type"))
          .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
      assertThat(TestEnv.object(response.body()).getString("message")).contains("bearer token");
    }
  }

  @Test
  void aForgedTokenGets401() {
    HttpResponse<String> response =
        TestEnv.get(TestEnv.APP + "/api/me", "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl");
    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("Location")).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(DemoUsers.class)
  void everyRoleReachesEveryFoundationEndpoint(DemoUsers user) {
    String token = TestEnv.token(user.username);
    for (String endpoint : ENDPOINTS) {
      HttpResponse<String> response = TestEnv.get(TestEnv.APP + endpoint, token);
      assertThat(response.statusCode()).as("%s for %s", endpoint, user.username).isEqualTo(200);
    }
  }

  @Test
  void meNamesTheApplicantAndTheirOrganisation() {
    JsonObject me =
        TestEnv.object(TestEnv.get(TestEnv.APP + "/api/me", TestEnv.token("anchor1")).body());
    assertThat(me.getString("username")).isEqualTo("anchor1");
    assertThat(me.getJsonArray("roles").getValuesAs(JsonValue::toString))
        .containsExactly("\"applicant\"");
    JsonObject organisation = me.getJsonObject("organisation");
    assertThat(organisation.getString("name")).isEqualTo("Riverside Community Anchor");
    assertThat(organisation.getString("orgId")).isEqualTo("GB-SC-SC012345");
    assertThat(organisation.getBoolean("verified")).isTrue();
  }

  @Test
  void twoApplicantsBelongToDifferentOrganisations() {
    JsonObject one =
        TestEnv.object(TestEnv.get(TestEnv.APP + "/api/me", TestEnv.token("anchor1")).body());
    JsonObject two =
        TestEnv.object(TestEnv.get(TestEnv.APP + "/api/me", TestEnv.token("anchor2")).body());
    assertThat(two.getJsonObject("organisation").getString("name"))
        .isEqualTo("Hillhead Development Trust");
    assertThat(two.getJsonObject("organisation").getInt("id"))
        .isNotEqualTo(one.getJsonObject("organisation").getInt("id"));
  }

  @Test
  void fundStaffHaveNoOrganisation() {
    JsonObject me =
        TestEnv.object(TestEnv.get(TestEnv.APP + "/api/me", TestEnv.token("officer1")).body());
    assertThat(me.getJsonArray("roles").getString(0)).isEqualTo("officer");
    assertThat(me.containsKey("organisation")).isTrue();
    assertThat(me.isNull("organisation")).isTrue();
  }

  @Test
  void vocabulariesHoldEveryStableCodeOfTheReview() {
    JsonObject vocabularies =
        TestEnv.object(
            TestEnv.get(TestEnv.APP + "/api/vocabularies", TestEnv.token("anchor1")).body());
    Map<String, List<String>> required =
        Map.ofEntries(
            Map.entry(
                "THEME",
                List.of("ADVICE_SUPPORT", "TRAINING_UPSKILLING", "VOLUNTEERING_MENTORING")),
            Map.entry(
                "CO_PRODUCTION_MODEL",
                List.of(
                    "TRADITIONAL",
                    "EMPLOYABILITY_SKILLS",
                    "TWO_LEVEL_SUPPORT",
                    "PROGRESSION",
                    "DOUBLE_PROGRESSION")),
            Map.entry(
                "PARTICIPANT_TYPE", List.of("PARTNER", "COMMUNITY_ANCHOR", "COMMUNITY_MEMBER")),
            Map.entry(
                "CONTEXT",
                List.of(
                    "MADE_WELCOME",
                    "NEEDS_ASSESSMENT",
                    "ENCOURAGED_OPPORTUNITIES",
                    "SOCIALISE_NETWORK",
                    "GREATER_OPPORTUNITIES",
                    "DIVERSE_SERVICES",
                    "AWARENESS_TRAINING",
                    "CO_DELIVERY")),
            Map.entry(
                "MECHANISM",
                List.of(
                    "TRUST_RELATIONSHIPS",
                    "BELONGING",
                    "CONFIDENCE",
                    "PRIDE",
                    "OWNERSHIP",
                    "EMPOWERMENT",
                    "SELF_ESTEEM")),
            Map.entry(
                "SHORT_TERM_OUTCOME",
                List.of(
                    "SKILLS_KNOWLEDGE",
                    "INCREASED_ENGAGEMENT",
                    "COMMUNITY_CONNECTEDNESS",
                    "IMPROVED_ASPIRATIONS",
                    "PARTNERSHIP_WORKING",
                    "LIFE_CHANGING")),
            Map.entry(
                "LONG_TERM_OUTCOME",
                List.of(
                    "WELLBEING",
                    "SOCIAL_CAPITAL",
                    "LIFE_CHANCES",
                    "SERVICE_PROVISION",
                    "EMPLOYMENT")),
            Map.entry(
                "SELF_IDENTIFIED_OUTCOME",
                List.of(
                    "FRIENDS_COMMUNITY",
                    "NEW_SKILLS",
                    "IMPROVED_RELATIONSHIPS",
                    "IMPROVED_CONFIDENCE",
                    "EXPANDED_SERVICES")),
            Map.entry(
                "CO_PRODUCTION_LEVEL",
                List.of(
                    "NOT_INVOLVED", "CONSULTED", "CO_DESIGN", "CO_DELIVERY", "DECISION_MAKING")),
            Map.entry(
                "DOMAIN",
                List.of(
                    "EMPLOYMENT", "FINANCIAL_CAPABILITY", "FOOD", "HEALTH_WELLBEING", "HOUSING")),
            Map.entry(
                "PARTNER_ROLE",
                List.of("REFERRAL", "CO_DELIVERY", "CO_LOCATED", "WORK_PLACEMENTS", "CSR")),
            Map.entry(
                "BUDGET_CATEGORY",
                List.of("STAFF", "VOLUNTEER_EXPENSES", "VENUE", "EQUIPMENT", "OTHER")));
    required.forEach(
        (type, codes) -> {
          JsonArray terms = vocabularies.getJsonArray(type);
          assertThat(terms).as(type).isNotNull();
          List<String> present =
              terms.getValuesAs(JsonObject.class).stream().map(t -> t.getString("code")).toList();
          assertThat(present).as(type).containsAll(codes);
          terms
              .getValuesAs(JsonObject.class)
              .forEach(t -> assertThat(t.getString("label")).as(type).isNotBlank());
        });
    assertThat(vocabularies.getJsonArray("THEME").getJsonObject(1).getString("label"))
        .isEqualTo("Training and upskilling");
  }

  @Test
  void theDemoRoundIsOpenForUpTo50000AYearForThreeYears() {
    JsonArray rounds =
        TestEnv.json(TestEnv.get(TestEnv.APP + "/api/rounds", TestEnv.token("anchor2")).body())
            .asJsonArray();
    assertThat(rounds).isNotEmpty();
    JsonObject round = rounds.getJsonObject(0);
    assertThat(round.getString("status")).isEqualTo("OPEN");
    assertThat(round.getJsonNumber("maxPerYear").bigDecimalValue()).isEqualByComparingTo("50000");
    assertThat(round.getInt("maxYears")).isEqualTo(3);
    assertThat(round.getString("closesOn")).matches("\\d{4}-\\d{2}-\\d{2}");
    assertThat(round.containsKey("id") && round.containsKey("opensOn")).isTrue();
  }

  @Test
  void theOpenApiDocumentDescribesTheApi() {
    HttpResponse<String> response = TestEnv.get(TestEnv.APP + "/openapi", null);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("/api/vocabularies", "/api/me", "/api/rounds");
  }

  @Test
  void readinessChecksTheDatabase() {
    HttpResponse<String> response = TestEnv.get(TestEnv.MANAGEMENT + "/health/ready", null);
    assertThat(response.statusCode()).isEqualTo(200);
    JsonObject health = TestEnv.object(response.body());
    assertThat(health.getString("status")).isEqualTo("UP");
    assertThat(
            health.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .map(c -> c.getString("name")))
        .contains("database");
  }
}
