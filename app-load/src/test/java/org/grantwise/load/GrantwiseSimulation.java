package org.grantwise.load;

import static io.gatling.javaapi.core.CoreDsl.ByteArrayBody;
import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.http.response.Response;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.Http;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The main journeys of Grantwise under load, against a running system (./grantwise start -d) whose
 * database bin/load-test has seeded. Three kinds of virtual user, each a closed population that
 * Gatling keeps at its size for the whole run:
 *
 * <ul>
 *   <li>applicants (half the users): sign in (their own organisation's login), open their home
 *       page, start an application, save each section of the form with {@code If-Match} (each save
 *       writes a unique marker), upload the three required documents, check and submit;
 *   <li>officers (three in ten): their home page, the queue (assigned to them, filtered, sorted,
 *       searched, paged), then declare no conflict for an application assigned to them (each
 *       virtual user its own, from the database), read it and score it (draft, then completed);
 *   <li>managers (the rest): home page (workload, overdue returns), outcome statistics (page and
 *       API, different sections and breakdowns), the programme dashboard, the queue.
 * </ul>
 *
 * Each journey ends by signing out (here and at Keycloak), so the sessions of users who have left
 * do not count against the heap check at the end.
 *
 * <p>Users pause between steps as people do (think time, {@code -Dload.think} seconds on average).
 * Pages are requested with the user's bearer token, which the OIDC mechanism accepts as it does the
 * browser's session. Parameters: {@code load.users} (50), {@code load.minutes} (10), {@code
 * load.think} (4), {@code load.app}, {@code load.keycloak}, {@code load.db}, {@code load.dbUser},
 * {@code load.dbPassword}, {@code load.out} (target/load).
 */
public class GrantwiseSimulation extends Simulation {

  static final String APP = System.getProperty("load.app", "http://127.0.0.1:8080");
  static final String KEYCLOAK =
      System.getProperty("load.keycloak", "http://127.0.0.1:8180/realms/grantwise");
  static final String DB =
      System.getProperty("load.db", "jdbc:postgresql://127.0.0.1:15432/grantwise");
  static final int USERS = Integer.getInteger("load.users", 50);
  static final double MINUTES = Double.parseDouble(System.getProperty("load.minutes", "10"));
  static final double THINK = Double.parseDouble(System.getProperty("load.think", "4"));
  static final Path OUT = Path.of(System.getProperty("load.out", "target/load"));

  /**
   * Logins created by bin/load-test, more of each than virtual users of the kind, so that no two
   * sign in as the same person at once (Keycloak refuses concurrent logins of one user when
   * brute-force protection is on): loadanchor01..50 (each its own organisation), loadofficer01..30
   * (each with applications assigned), loadmanager01..20.
   */
  static final int APPLICANT_LOGINS = 50;

  static final int OFFICER_LOGINS = 30;
  static final int MANAGER_LOGINS = 20;

  static final byte[] PDF =
      "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
  static final String[] CRITERIA = {
    "PRIORITIES_FIT",
    "CO_PRODUCTION",
    "BEHAVIOUR_CHANGE",
    "PARTNERSHIPS",
    "THEORY_OF_CHANGE",
    "VALUE_FOR_MONEY"
  };
  private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

  /** Unique within the run and across runs: the run's start plus a counter. */
  private final String run = Long.toString(System.currentTimeMillis(), 36);

  private final AtomicLong markers = new AtomicLong();
  private final LoadStats stats = new LoadStats(OUT.resolve("saves.csv"));
  private final long roundId;
  private final long closedRoundId;

  /** Per officer login, the applications assigned to it with nothing declared yet. */
  private final Map<String, java.util.Queue<Long>> assigned;

  private final List<String> references;

  {
    try (Connection db =
        DriverManager.getConnection(
            DB,
            System.getProperty("load.dbUser", "grantwise"),
            System.getProperty("load.dbPassword", "grantwise-local-demo"))) {
      roundId =
          single(
              db,
              "SELECT min(id) FROM funding_round"
                  + " WHERE opens_on <= current_date AND closes_on >= current_date");
      closedRoundId =
          single(
              db, "SELECT COALESCE(max(id), 0) FROM funding_round WHERE closes_on < current_date");
      assigned = assignedWithoutDeclaration(db);
      references = references(db);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the load-test data from " + DB, e);
    }
    if (assigned.values().stream().allMatch(java.util.Queue::isEmpty)) {
      throw new IllegalStateException(
          "No applications left for the officers to score: run bin/load-test (it seeds them)");
    }

    int officers = Math.max(USERS >= 3 ? 1 : 0, (int) Math.round(USERS * 0.3));
    int managers = Math.max(USERS >= 3 ? 1 : 0, (int) Math.round(USERS * 0.2));
    int applicants = USERS - officers - managers;
    System.out.printf(
        Locale.ROOT,
        "Load test: %d applicants, %d officers, %d managers for %.1f min (think time %.1f s),"
            + " %,d assigned applications available to score%n",
        applicants,
        officers,
        managers,
        MINUTES,
        THINK,
        assigned.values().stream().mapToInt(java.util.Queue::size).sum());

    HttpProtocolBuilder protocol =
        http.baseUrl(APP)
            .disableWarmUp()
            // No Origin header made up from the last page: Keycloak refuses the sign-out of a
            // client without web origins when one is sent, and API clients send none.
            .disableAutoOrigin()
            .userAgentHeader("grantwise-load-test")
            .acceptEncodingHeader("gzip, deflate");

    List<PopulationBuilder> populations = new ArrayList<>();
    populations.add(inject(applicantJourney(), applicants));
    populations.add(inject(officerJourney(), officers));
    populations.add(inject(managerJourney(), managers));
    setUp(populations.stream().filter(p -> p != null).toList())
        .protocols(protocol)
        .maxDuration(Duration.ofSeconds((long) (MINUTES * 60) + 30 + 180));
  }

  private static PopulationBuilder inject(ScenarioBuilder scenario, int users) {
    if (users <= 0) {
      return null;
    }
    return scenario.injectClosed(
        rampConcurrentUsers(0).to(users).during(Duration.ofSeconds(30)),
        constantConcurrentUsers(users).during(Duration.ofSeconds((long) (MINUTES * 60))));
  }

  // --- journeys ------------------------------------------------------------------------------

  private ScenarioBuilder applicantJourney() {
    AtomicLong next = new AtomicLong();
    var logins =
        java.util.stream.Stream.generate(
                () -> {
                  long n = 1 + next.getAndIncrement() % APPLICANT_LOGINS;
                  Map<String, Object> login = new HashMap<>();
                  login.put("username", String.format(Locale.ROOT, "loadanchor%02d", n));
                  login.put("password", String.format(Locale.ROOT, "grantwise-load-%02d", n));
                  return login;
                })
            .iterator();
    String group = "applicant";
    return scenario("applicant")
        .feed(logins)
        .exec(signIn())
        .exitHereIfFailed()
        .exec(page(group, "home page", "/applicant/"))
        .exec(think())
        .exec(api(group, "rounds", h -> h.get("/api/rounds")))
        .exec(marker())
        .exec(
            api(
                group,
                "start application",
                h ->
                    h.post("/api/applications")
                        .body(
                            StringBody(
                                s ->
                                    "{\"roundId\": "
                                        + roundId
                                        + ", \"title\": \"Skills Exchange\", \"summary\": \""
                                        + "Draft "
                                        + s.getString("marker")
                                        + "\"}"))
                        .asJson()
                        .check(status().is(201), header("ETag").saveAs("etag"))
                        .check(jsonPath("$.id").ofLong().saveAs("applicationId")),
                (response, session) -> {
                  Matcher id = ID.matcher(response.body().string());
                  if (id.find()) {
                    stats.saved(
                        "application",
                        Long.parseLong(id.group(1)),
                        "summary",
                        session.getString("marker"));
                  }
                }))
        .exitHereIfFailed()
        .exec(save("PROJECT", "summary", GrantwiseSimulation::projectSection))
        .exec(save("CO_PRODUCTION", "coProduction.coDesign", GrantwiseSimulation::coProduction))
        .exec(
            save("BEHAVIOUR_CHANGE", "behaviourChange.capability", GrantwiseSimulation::behaviour))
        .exec(save("THEORY_OF_CHANGE", "theoryOfChange.rationale", GrantwiseSimulation::theory))
        .exec(save("PARTNERS", "partners", GrantwiseSimulation::partners))
        .exec(save("BUDGET", "budget", GrantwiseSimulation::budget))
        .exec(save("DECLARATIONS", "needAddressed", GrantwiseSimulation::declarations))
        // Back to the project section to change only the summary after a colleague's comments.
        .exec(save("PROJECT", "summary", GrantwiseSimulation::summaryOnly))
        .exec(think())
        .exec(upload("GOVERNING_DOCUMENT"), upload("ACCOUNTS"), upload("SAFEGUARDING_POLICY"))
        .exec(think())
        .exec(page(group, "check answers page", "/applicant/check.xhtml?id=#{applicationId}"))
        .exec(think())
        .exec(
            api(
                group,
                "submit",
                h ->
                    h.post("/api/applications/#{applicationId}/submit")
                        .body(StringBody("{}"))
                        .asJson()))
        .exec(page(group, "home page", "/applicant/"))
        .exec(signOut(group));
  }

  private ScenarioBuilder officerJourney() {
    String group = "officer";
    return scenario("officer")
        .feed(listFeeder(logins("loadofficer", OFFICER_LOGINS)).circular())
        .exec(
            session -> {
              Long application = assigned.get(session.getString("username")).poll();
              return application == null
                  ? session.markAsFailed()
                  : session.set("applicationId", application);
            })
        .exitHereIfFailed()
        .exec(signIn())
        .exitHereIfFailed()
        .exec(page(group, "home page", "/officer/"))
        .exec(think())
        .exec(page(group, "queue: assigned to me", "/assessment/queue.xhtml?officer=#{username}"))
        .exec(think())
        .feed(listFeeder(queueViews()).random())
        .exec(page(group, "queue: #{queueName}", "/assessment/queue.xhtml?#{queueQuery}"))
        .exec(think())
        .feed(listFeeder(queueViews()).random())
        .exec(page(group, "queue: #{queueName}", "/assessment/queue.xhtml?#{queueQuery}"))
        .exec(think())
        .exec(
            api(
                group,
                "declare no conflict",
                h ->
                    h.post("/api/applications/#{applicationId}/conflict-declaration")
                        .body(StringBody("{\"conflict\": false}"))
                        .asJson()
                        .check(status().is(201))))
        .exitHereIfFailed()
        .exec(page(group, "assess page", "/assessment/assess.xhtml?id=#{applicationId}"))
        .exec(api(group, "read application", h -> h.get("/api/applications/#{applicationId}")))
        .exec(api(group, "criteria", h -> h.get("/api/rounds/" + roundId + "/criteria")))
        .exec(think())
        .exec(assessment(false))
        .exec(think())
        .exec(assessment(true))
        .exec(think())
        .exec(
            page(
                group,
                "queue: assigned to me, page 2",
                "/assessment/queue.xhtml?officer=#{username}&page=1"))
        .exec(signOut(group));
  }

  private ScenarioBuilder managerJourney() {
    String group = "manager";
    List<Map<String, Object>> reports = new ArrayList<>();
    for (String category :
        List.of(
            "CONTEXTS",
            "MECHANISMS",
            "SHORT_TERM_OUTCOMES",
            "LONG_TERM_OUTCOMES",
            "SELF_IDENTIFIED_OUTCOMES")) {
      for (String by : List.of("PARTICIPANT_TYPE", "THEME", "CO_PRODUCTION_MODEL", "ROUND")) {
        reports.add(Map.of("category", category, "by", by));
      }
    }
    return scenario("manager")
        .feed(listFeeder(logins("loadmanager", MANAGER_LOGINS)).circular())
        .exec(signIn())
        .exitHereIfFailed()
        .exec(page(group, "home page", "/manager/"))
        .exec(think())
        .feed(listFeeder(reports).random())
        .exec(
            page(
                group,
                "outcome statistics page",
                "/reports/cmo.xhtml?category=#{category}&by=#{by}"))
        .exec(think())
        .feed(listFeeder(reports).random())
        .exec(
            api(
                group,
                "outcome statistics API",
                h -> h.get("/api/reports/cmo?category=#{category}&by=#{by}")))
        .exec(think())
        .exec(page(group, "programme dashboard", "/manager/dashboard.xhtml"))
        .exec(think())
        .feed(listFeeder(queueViews()).random())
        .exec(page(group, "queue: #{queueName}", "/assessment/queue.xhtml?#{queueQuery}"))
        .exec(think())
        .exec(
            api(
                group,
                "co-production change API",
                h -> h.get("/api/reports/co-production-change?roundId=" + closedRoundId)))
        .exec(signOut(group));
  }

  // --- steps ---------------------------------------------------------------------------------

  private ChainBuilder signIn() {
    return exec(
        http("keycloak: token")
            .post(KEYCLOAK + "/protocol/openid-connect/token")
            .formParam("grant_type", "password")
            .formParam("client_id", "grantwise-cli")
            .formParam("username", "#{username}")
            .formParam("password", "#{password}")
            .check(
                status().is(200),
                jsonPath("$.access_token").saveAs("token"),
                jsonPath("$.refresh_token").saveAs("refreshToken"))
            .transformResponse(timing("keycloak", "token", null)));
  }

  /**
   * Signing out as the user interface does: the sign-out page's button (a Faces POST with the page's
   * view state) ends the session here (its redirect to Keycloak is for browsers, so it is not
   * followed), then the token's Keycloak session is ended with the refresh token, as a client
   * without a browser does.
   */
  private ChainBuilder signOut(String group) {
    return exec(http(group + " page: sign-out page")
            .get("/sign-out.xhtml")
            .header("Authorization", "Bearer #{token}")
            .check(
                status().is(200),
                css("input[name='jakarta.faces.ViewState']", "value").saveAs("viewState"))
            .transformResponse(timing(group + " page", "sign-out page", null)))
        .exec(
            http(group + " page: sign out")
                .post("/sign-out.xhtml")
                .header("Authorization", "Bearer #{token}")
                .formParam("confirm-sign-out-form", "confirm-sign-out-form")
                .formParam("confirm-sign-out", "Sign out")
                .formParam("jakarta.faces.ViewState", "#{viewState}")
                .disableFollowRedirect()
                .check(status().is(302))
                .transformResponse(timing(group + " page", "sign out", null)))
        .exec(
            http("keycloak: sign out")
                .post(KEYCLOAK + "/protocol/openid-connect/logout")
                .formParam("client_id", "grantwise-cli")
                .formParam("refresh_token", "#{refreshToken}")
                .check(status().is(204))
                .transformResponse(timing("keycloak", "sign out", null)));
  }

  private ChainBuilder page(String group, String name, String path) {
    return exec(
        http(group + " page: " + name)
            .get(path)
            .header("Authorization", "Bearer #{token}")
            .header("Accept", "text/html,application/xhtml+xml")
            .check(status().is(200))
            .transformResponse(timing(group + " page", name, null)));
  }

  /** An API request with the user's token; request builds it from the named {@code http(...)}. */
  private ChainBuilder api(
      String group, String name, Function<Http, HttpRequestActionBuilder> request) {
    return api(group, name, request, null);
  }

  private ChainBuilder api(
      String group,
      String name,
      Function<Http, HttpRequestActionBuilder> request,
      BiConsumer<Response, Session> onSuccess) {
    return exec(
        request
            .apply(http(group + " API: " + name))
            .header("Authorization", "Bearer #{token}")
            .header("Accept", "application/json")
            .transformResponse(timing(group + " API", name, onSuccess)));
  }

  /** One section saved with the ETag of the last save; the new ETag is kept for the next. */
  private ChainBuilder save(String section, String field, Function<String, String> body) {
    return exec(think())
        .exec(
            page(
                "applicant",
                "section page",
                "/applicant/section.xhtml?id=#{applicationId}&section=" + section))
        .exec(think())
        .exec(marker())
        .exec(
            api(
                "applicant",
                "save section",
                h ->
                    h.put("/api/applications/#{applicationId}")
                        .header("If-Match", "#{etag}")
                        .body(StringBody(s -> body.apply(s.getString("marker"))))
                        .asJson()
                        .check(status().is(200), header("ETag").saveAs("etag")),
                (response, session) ->
                    stats.saved(
                        "application",
                        session.getLong("applicationId"),
                        field,
                        session.getString("marker"))));
  }

  private ChainBuilder upload(String kind) {
    return api(
        "applicant",
        "upload document",
        h ->
            h.post(
                    "/api/applications/#{applicationId}/documents?kind="
                        + kind
                        + "&filename="
                        + kind.toLowerCase(Locale.ROOT)
                        + ".pdf")
                .header("Content-Type", "application/pdf")
                .body(ByteArrayBody(PDF))
                .check(status().is(201)));
  }

  private ChainBuilder assessment(boolean complete) {
    return exec(marker())
        .exec(
            api(
                "officer",
                complete ? "complete assessment" : "save draft assessment",
                h ->
                    h.post("/api/applications/#{applicationId}/assessments")
                        .body(StringBody(s -> assessmentBody(complete, s.getString("marker"))))
                        .asJson()
                        .check(status().is(200)),
                (response, session) ->
                    stats.saved(
                        "assessment:" + session.getString("username"),
                        session.getLong("applicationId"),
                        "comment",
                        session.getString("marker"))));
  }

  private ChainBuilder marker() {
    return exec(
        session -> session.set("marker", "[LT" + run + "-" + markers.incrementAndGet() + "]"));
  }

  private ChainBuilder think() {
    return exec(
        pause(Duration.ofMillis((long) (THINK * 500)), Duration.ofMillis((long) (THINK * 1500))));
  }

  /** Records each response's time and status; on 2xx, runs onSuccess (a save's bookkeeping). */
  private java.util.function.BiFunction<Response, Session, Response> timing(
      String group, String name, BiConsumer<Response, Session> onSuccess) {
    return (response, session) -> {
      int status = response.status().code();
      String request =
          name.contains("#{queueName}")
              ? name.replace("#{queueName}", session.getString("queueName"))
              : name;
      stats.response(group, request, response.endTimestamp() - response.startTimestamp(), status);
      if (onSuccess != null && status >= 200 && status < 300) {
        onSuccess.accept(response, session);
      }
      return response;
    };
  }

  // --- what the users type ---------------------------------------------------------------------

  static String projectSection(String marker) {
    return "{\"title\": \"Skills Exchange\","
        + " \"summary\": \"Peer-led skills sessions for residents looking for work. "
        + marker
        + "\","
        + " \"needAddressed\": \"Long-term unemployment on the estate is twice the average.\","
        + " \"areaServed\": \"Riverside, Glasgow\","
        + " \"targetGroups\": [\"Jobseekers\", \"Lone parents\"],"
        + " \"startDate\": \"2027-04-01\", \"durationMonths\": 24,"
        + " \"priorities\": [\"TACKLING_POVERTY\", \"SOCIAL_INCLUSION\"],"
        + " \"primaryTheme\": \"TRAINING_UPSKILLING\","
        + " \"secondaryThemes\": [\"VOLUNTEERING_MENTORING\"],"
        + " \"domains\": [\"EMPLOYMENT\", \"FINANCIAL_CAPABILITY\"]}";
  }

  static String summaryOnly(String marker) {
    return "{\"summary\": \"Peer-led skills and job-search sessions for residents. "
        + marker
        + "\"}";
  }

  static String coProduction(String marker) {
    return "{\"coProductionModel\": \"PROGRESSION\", \"coProduction\": {"
        + " \"needsAssessment\": \"Residents run door-to-door surveys with our staff.\","
        + " \"coDesign\": \"A residents' panel designs each course with the tutors. "
        + marker
        + "\","
        + " \"coDelivery\": \"Former learners return as volunteer peer mentors.\","
        + " \"jointEvaluation\": \"Learners and staff review outcomes together each term.\","
        + " \"currentLevel\": \"CONSULTED\", \"targetLevel\": \"CO_DELIVERY\"}}";
  }

  static String behaviour(String marker) {
    return "{\"behaviourChange\": {"
        + " \"capability\": \"Digital and money skills workshops. "
        + marker
        + "\","
        + " \"opportunity\": \"Drop-in sessions at times that suit carers.\","
        + " \"motivation\": \"Peer mentors who have been through it themselves.\","
        + " \"focus\": {\"capability\": 40, \"opportunity\": 30, \"motivation\": 30}}}";
  }

  static String theory(String marker) {
    return "{\"theoryOfChange\": {"
        + " \"contexts\": [\"MADE_WELCOME\", \"CO_DELIVERY\"],"
        + " \"mechanisms\": [\"TRUST_RELATIONSHIPS\", \"CONFIDENCE\"],"
        + " \"shortTermOutcomes\": [\"SKILLS_KNOWLEDGE\"],"
        + " \"longTermOutcomes\": [\"EMPLOYMENT\", \"WELLBEING\"],"
        + " \"rationale\": \"A welcoming place builds trust, and trust builds confidence. "
        + marker
        + "\"}}";
  }

  static String partners(String marker) {
    return "{\"partners\": ["
        + "{\"name\": \"Riverside Job Centre "
        + marker
        + "\", \"role\": \"REFERRAL\", \"contact\": \"partnerships@example.org\"},"
        + " {\"name\": \"Eastbank College\", \"role\": \"CO_DELIVERY\", \"contact\": \"0141 496"
        + " 0000\"}]}";
  }

  static String budget(String marker) {
    return "{\"budget\": ["
        + "{\"year\": 1, \"requested\": 20400, \"lines\": ["
        + "{\"category\": \"STAFF\", \"description\": \"Development worker, half time "
        + marker
        + "\", \"amount\": 18000},"
        + " {\"category\": \"VENUE\", \"description\": \"Hall hire\", \"amount\": 2400}]},"
        + " {\"year\": 2, \"requested\": 18500, \"lines\": ["
        + "{\"category\": \"STAFF\", \"description\": \"Development worker, half time\","
        + " \"amount\": 18500}]}]}";
  }

  static String declarations(String marker) {
    return "{\"declarations\": {\"accepted\": true},"
        + " \"needAddressed\": \"Long-term unemployment on the estate is twice the average. "
        + marker
        + "\"}";
  }

  static String assessmentBody(boolean complete, String marker) {
    StringBuilder scores = new StringBuilder();
    int count = complete ? CRITERIA.length : 3;
    for (int i = 0; i < count; i++) {
      scores
          .append(i == 0 ? "" : ", ")
          .append("{\"criterion\": \"")
          .append(CRITERIA[i])
          .append("\", \"score\": ")
          .append(2 + i % 4)
          .append(", \"justification\": \"The application gives clear evidence for this.\"}");
    }
    return "{\"scores\": ["
        + scores
        + "], \"comment\": \""
        + (complete ? "Completed. " : "First reading. ")
        + marker
        + "\""
        + (complete
            ? ", \"recommendation\": \"AWARD\", \"status\": \"COMPLETED\""
            : ", \"status\": \"DRAFT\"")
        + "}";
  }

  private List<Map<String, Object>> queueViews() {
    List<Map<String, Object>> views = new ArrayList<>();
    views.add(view("newest first", "sort=SUBMITTED&desc=true"));
    views.add(view("default", ""));
    views.add(view("status+theme", "status=SUBMITTED&theme=TRAINING_UPSKILLING"));
    views.add(view("model+amount", "model=PROGRESSION&min=20000&max=40000"));
    views.add(view("area", "area=glasgow"));
    views.add(view("sort by organisation", "sort=ORGANISATION&desc=true"));
    views.add(view("sort by title", "sort=TITLE"));
    views.add(view("sort by amount", "sort=REQUESTED&desc=true"));
    views.add(view("page 40", "page=39"));
    views.add(view("search organisation", "search=food+bank"));
    for (int i = 0; i < Math.min(20, references.size()); i++) {
      views.add(view("search reference", "search=" + references.get(i)));
    }
    return views;
  }

  private static Map<String, Object> view(String name, String query) {
    return Map.of("queueName", name, "queueQuery", query);
  }

  // --- the database --------------------------------------------------------------------------

  private static List<Map<String, Object>> logins(String prefix, int count) {
    List<Map<String, Object>> logins = new ArrayList<>();
    for (int n = 1; n <= count; n++) {
      logins.add(
          Map.of(
              "username",
              String.format(Locale.ROOT, "%s%02d", prefix, n),
              "password",
              String.format(Locale.ROOT, "grantwise-load-%02d", n)));
    }
    return logins;
  }

  /** Applications under assessment assigned to the load test's officers, nothing declared. */
  private static Map<String, java.util.Queue<Long>> assignedWithoutDeclaration(Connection db)
      throws SQLException {
    Map<String, java.util.Queue<Long>> rows = new HashMap<>();
    for (Map<String, Object> login : logins("loadofficer", OFFICER_LOGINS)) {
      rows.put((String) login.get("username"), new java.util.concurrent.ConcurrentLinkedQueue<>());
    }
    try (Statement s = db.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT a.application_id, a.officer FROM application_assignment a"
                    + " JOIN grant_application g ON g.id = a.application_id"
                    + " WHERE a.officer LIKE 'loadofficer%'"
                    + " AND g.status = 'UNDER_ASSESSMENT'"
                    + " AND NOT EXISTS (SELECT 1 FROM conflict_declaration d"
                    + "   WHERE d.application_id = a.application_id AND d.officer = a.officer)"
                    + " ORDER BY random()")) {
      while (r.next()) {
        java.util.Queue<Long> queue = rows.get(r.getString(2));
        if (queue != null) {
          queue.add(r.getLong(1));
        }
      }
    }
    return rows;
  }

  private static List<String> references(Connection db) throws SQLException {
    List<String> refs = new ArrayList<>();
    try (Statement s = db.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT reference FROM grant_application WHERE status <> 'DRAFT'"
                    + " ORDER BY random() LIMIT 20")) {
      while (r.next()) {
        refs.add(r.getString(1));
      }
    }
    return refs;
  }

  private static long single(Connection db, String sql) throws SQLException {
    try (Statement s = db.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }

  // --- the end of the run --------------------------------------------------------------------

  @Override
  public void after() {
    stats.close();
    String report =
        "Response times by journey group and request (milliseconds; errors = 4xx/5xx):\n"
            + stats.report()
            + String.format(
                Locale.ROOT,
                "%nSaves acknowledged (2xx): %d (listed in %s)%n"
                    + "Application p95: %d ms (target < 300), application errors: %d%n",
                stats.acknowledged(),
                OUT.resolve("saves.csv"),
                stats.applicationP95(),
                stats.applicationErrors());
    System.out.println();
    System.out.println(report);
    try {
      Files.writeString(OUT.resolve("response-times.txt"), report);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
