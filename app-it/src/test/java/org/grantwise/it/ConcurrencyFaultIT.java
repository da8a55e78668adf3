package org.grantwise.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.grantwise.it.support.Browser;
import org.grantwise.it.support.Faults;
import org.grantwise.it.support.Fixtures;
import org.grantwise.it.support.TestEnv;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The same action twice at once: a double click, the back button, two tabs, two managers, one
 * officer scoring in two tabs. Exactly one has an effect; the other is told, and nothing is written
 * twice or half.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConcurrencyFaultIT {

  private static final String API = TestEnv.APP + "/api";
  private static final int PAIRS = 5;

  @Test
  void twoSubmitsOfOneApplicationAtOnceSubmitItOnceAndTheSecondIsTold() throws Exception {
    String anchor1 = TestEnv.token("anchor1");
    // A control submitted once: what one submission writes.
    long control = Fixtures.submittedApplication(anchor1);
    Effects once = Effects.of(control);
    assertThat(once.versions).isEqualTo(1);

    List<Integer> statuses = new ArrayList<>();
    for (int pair = 0; pair < PAIRS; pair++) {
      long id = Fixtures.draftApplication(anchor1, Fixtures.completeForm());
      Fixtures.uploadRequiredDocuments(id, anchor1);
      List<HttpResponse<String>> answers =
          atOnce(() -> Fixtures.submit(id, anchor1), () -> Fixtures.submit(id, anchor1));
      answers.forEach(a -> statuses.add(a.statusCode()));
      oneWonAndTheOtherWasTold("one submit wins, the other is told", answers);
      assertThat(Effects.of(id)).as("one submission's effects").isEqualTo(once);
    }
    System.out.printf(
        "%nFAULT double submit (API): %d pairs of simultaneous submits, answers %s;"
            + " each application: %s%n",
        PAIRS, statuses, once);
  }

  @Test
  void twoManagersDecidingOneApplicationAtOnceOneWinsAndTheOtherIsTold() throws Exception {
    String anchor1 = TestEnv.token("anchor1");
    String managerTab1 = TestEnv.token("manager1");
    String managerTab2 = TestEnv.token("manager1");
    String award =
        "{\"decision\": \"AWARD\", \"awardedAmounts\": [{\"year\": 1, \"amount\": 20000}],"
            + " \"startDate\": \"2027-04-01\", \"reason\": \"Strong co-production\"}";
    String decline = "{\"decision\": \"DECLINE\", \"reason\": \"Outside the priorities\"}";
    List<String> winners = new ArrayList<>();
    for (int pair = 0; pair < PAIRS; pair++) {
      // Assessed, so that the award may be made: both decisions are allowed, only one can win.
      long id = Fixtures.assessedApplication(anchor1);
      String url = API + "/applications/" + id + "/decision";
      List<HttpResponse<String>> answers =
          atOnce(
              () -> TestEnv.post(url, managerTab1, award),
              () -> TestEnv.post(url, managerTab2, decline));
      oneWonAndTheOtherWasTold("one decision wins, the other is told", answers);
      String outcome = answers.get(0).statusCode() == 200 ? "AWARD" : "DECLINE";
      winners.add(outcome);
      assertThat(Faults.count("SELECT count(*) FROM decision WHERE application_id = ?", id))
          .isEqualTo(1);
      assertThat(
              Faults.count(
                  "SELECT count(*) FROM decision WHERE application_id = ? AND outcome = ?",
                  id,
                  outcome))
          .as("the stored decision is the one answered 200")
          .isEqualTo(1);
      assertThat(Faults.count("SELECT count(*) FROM funded_project WHERE application_id = ?", id))
          .as("a project exactly when the award won")
          .isEqualTo(outcome.equals("AWARD") ? 1 : 0);
    }
    System.out.printf(
        "%nFAULT concurrent decisions: %d pairs (award against decline at once), winners %s,"
            + " every loser 409, one decision row each%n",
        PAIRS, winners);
  }

  @Test
  void oneOfficerScoringFromTwoTabsAtOnceKeepsOneAssessmentAndTheOtherTabIsTold() throws Exception {
    String anchor1 = TestEnv.token("anchor1");
    String manager1 = TestEnv.token("manager1");
    String officerTab1 = TestEnv.token("officer1");
    String officerTab2 = TestEnv.token("officer1");
    List<String> winners = new ArrayList<>();
    for (int pair = 0; pair < PAIRS; pair++) {
      long id = Fixtures.submittedApplication(anchor1);
      String app = API + "/applications/" + id;
      HttpResponse<String> assigned =
          TestEnv.post(app + "/assignment", manager1, "{\"officer\": \"officer1\"}");
      assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(200);
      assertThat(
              TestEnv.post(app + "/conflict-declaration", officerTab1, "{\"conflict\": false}")
                  .statusCode())
          .isEqualTo(201);
      // A draft first, so both tabs change the same stored assessment.
      HttpResponse<String> draft =
          TestEnv.post(
              app + "/assessments",
              officerTab1,
              "{\"scores\": [{\"criterion\": \"PRIORITIES_FIT\", \"score\": 3,"
                  + " \"justification\": \"Fits the fund\"}], \"comment\": \"First reading\","
                  + " \"status\": \"DRAFT\"}");
      assertThat(draft.statusCode()).as(draft.body()).isEqualTo(200);

      String award = Fixtures.scores(4, "PROGRESSION", null, "AWARD");
      String decline = Fixtures.scores(2, "PROGRESSION", null, "DECLINE");
      List<HttpResponse<String>> answers =
          atOnce(
              () -> TestEnv.post(app + "/assessments", officerTab1, award),
              () -> TestEnv.post(app + "/assessments", officerTab2, decline));
      oneWonAndTheOtherWasTold("one tab's scores are kept, the other is told", answers);
      String kept = answers.get(0).statusCode() == 200 ? "AWARD" : "DECLINE";
      winners.add(kept);
      assertThat(
              Faults.count(
                  "SELECT count(*) FROM assessment WHERE application_id = ? AND officer = ?"
                      + " AND status = 'COMPLETED' AND recommendation = ?",
                  id,
                  "officer1",
                  kept))
          .as("the stored assessment is the one answered 200")
          .isEqualTo(1);
      assertThat(Faults.count("SELECT count(*) FROM assessment WHERE application_id = ?", id))
          .isEqualTo(1);
    }
    System.out.printf(
        "%nFAULT concurrent scoring: %d pairs (one officer completing from two tabs at once),"
            + " kept %s, every other tab 409, one assessment each%n",
        PAIRS, winners);
  }

  @Test
  void aDoubleClickOnSubmitAndTheBackButtonSubmitOnce() {
    String anchor1 = TestEnv.token("anchor1");
    long id = Fixtures.draftApplication(anchor1, Fixtures.completeForm());
    Fixtures.uploadRequiredDocuments(id, anchor1);
    long control = Fixtures.submittedApplication(anchor1);
    Effects once = Effects.of(control);
    try (Browser browser = Fixtures.signedIn("anchor1")) {
      WebDriver d = browser.driver();
      browser.visit("/applicant/check.xhtml?id=" + id);
      declare(d);
      new Actions(d).doubleClick(d.findElement(By.id("submit"))).perform();
      new WebDriverWait(d, Duration.ofSeconds(30))
          .until(
              x ->
                  x.getCurrentUrl().contains("submitted.xhtml")
                      || !x.findElements(By.id("error-summary")).isEmpty());
      String afterDoubleClick = browser.heading() + " | " + browser.visibleText();
      assertThat(Effects.of(id))
          .as("a double click submits once: %s", afterDoubleClick)
          .isEqualTo(once);
      assertThat(afterDoubleClick).doesNotContain("Exception", "Sorry, there is a problem");

      // Back to the check page and submit again: told it is already submitted, nothing more.
      browser.visit("/applicant/check.xhtml?id=" + id);
      assertThat(d.findElements(By.id("submit"))).as("no submit button any more").isEmpty();
      System.out.printf(
          "%nFAULT double click on Submit: the page then shows \"%s\"%n",
          afterDoubleClick.substring(0, afterDoubleClick.indexOf(" | ")));
    }
    assertThat(Effects.of(id)).isEqualTo(once);
  }

  @Test
  void submittingFromTwoTabsSubmitsOnceAndTheSecondTabIsTold() {
    String anchor1 = TestEnv.token("anchor1");
    long id = Fixtures.draftApplication(anchor1, Fixtures.completeForm());
    Fixtures.uploadRequiredDocuments(id, anchor1);
    long control = Fixtures.submittedApplication(anchor1);
    Effects once = Effects.of(control);
    try (Browser browser = Fixtures.signedIn("anchor1")) {
      WebDriver d = browser.driver();
      browser.visit("/applicant/check.xhtml?id=" + id);
      String first = d.getWindowHandle();
      d.switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
      browser.visit("/applicant/check.xhtml?id=" + id);
      String second = d.getWindowHandle();

      d.switchTo().window(first);
      declare(d);
      browser.clickAndWait(By.id("submit"));
      assertThat(browser.heading()).as(browser.visibleText()).isEqualTo("Application submitted");

      d.switchTo().window(second);
      declare(d);
      browser.clickAndWait(By.id("submit"));
      String told = browser.visibleText();
      System.out.printf("%nFAULT submit from a second tab: the page says \"%s\"%n", told);
      assertThat(told).contains("already been submitted").doesNotContain("Exception");
      browser.assertAccessible();
    }
    assertThat(Effects.of(id)).as("two tabs submit once").isEqualTo(once);
  }

  /** Ticks the declaration (the API's complete form may have ticked it already). */
  private static void declare(WebDriver d) {
    if (!d.findElement(By.id("declarations_accepted")).isSelected()) {
      d.findElement(By.id("declarations_accepted")).click();
    }
  }

  /** What a submission writes: versions, notices and audit entries of the status change. */
  record Effects(long versions, long notices, long statusChanges) {
    static Effects of(long id) {
      return new Effects(
          Faults.count("SELECT count(*) FROM application_version WHERE application_id = ?", id),
          Faults.count(
              "SELECT count(*) FROM notification WHERE application_id = ?"
                  + " AND kind = 'SUBMISSION_RECEIVED'",
              id),
          Faults.count(
              "SELECT count(*) FROM audit_log WHERE table_name = 'grant_application'"
                  + " AND application_id = ? AND operation = 'UPDATE' AND changes -> 'status' IS NOT NULL",
              id));
    }
  }

  /** One answer is 200, the other 409 with a clear JSON message and nothing internal. */
  private static void oneWonAndTheOtherWasTold(String what, List<HttpResponse<String>> answers) {
    assertThat(answers.stream().map(HttpResponse::statusCode).sorted().toList())
        .as("%s: %s", what, bodies(answers))
        .containsExactly(200, 409);
    HttpResponse<String> loser =
        answers.stream().filter(a -> a.statusCode() == 409).findFirst().orElseThrow();
    assertThat(TestEnv.object(loser.body()).getString("message")).isNotBlank();
    assertThat(Faults.leaksNothing(loser.body())).as(loser.body()).isTrue();
  }

  private static List<String> bodies(List<HttpResponse<String>> answers) {
    return answers.stream().map(a -> a.statusCode() + " " + a.body()).toList();
  }

  /** Runs two requests released at the same instant; answers both responses, in order. */
  @SafeVarargs
  static List<HttpResponse<String>> atOnce(Supplier<HttpResponse<String>>... requests)
      throws Exception {
    CyclicBarrier start = new CyclicBarrier(requests.length);
    List<CompletableFuture<HttpResponse<String>>> running = new ArrayList<>();
    ExecutorService threads = Executors.newFixedThreadPool(requests.length);
    for (Supplier<HttpResponse<String>> request : requests) {
      running.add(
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  start.await();
                } catch (Exception e) {
                  throw new IllegalStateException(e);
                }
                return request.get();
              },
              threads));
    }
    List<HttpResponse<String>> answers = new ArrayList<>();
    for (CompletableFuture<HttpResponse<String>> r : running) {
      answers.add(r.get());
    }
    threads.shutdown();
    return answers;
  }
}
