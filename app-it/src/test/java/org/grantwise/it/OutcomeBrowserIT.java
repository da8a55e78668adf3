package org.grantwise.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.grantwise.it.support.Browser;
import org.grantwise.it.support.Fixtures;
import org.grantwise.it.support.TestEnv;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Anchor staff, in a browser: open the funded project from the home page, add a record by the form
 * (after reading the error summary), then import a CSV that has a mistake, read the row report, fix
 * the file and import it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OutcomeBrowserIT {

  private static final String HEADER =
      "respondentRef,participantType,wave,collectedOn,consent,contexts,mechanisms,"
          + "shortTermOutcomes,longTermOutcomes,selfIdentifiedOutcomes,coProductionBefore,"
          + "coProductionNow\n";

  @TempDir Path files;

  @Test
  void anAnchorAddsARecordByFormThenImportsACsvAfterFixingTheRowReport() throws IOException {
    String anchor1 = TestEnv.token("anchor1");
    String ref = Fixtures.fundedProject(anchor1);

    try (Browser browser = Fixtures.signedIn("anchor1")) {
      WebDriver d = browser.driver();
      browser.clickAndWait(By.cssSelector("#projects a[href*='ref=" + ref + "']"));
      assertThat(d.findElement(By.id("project-ref")).getText()).isEqualTo(ref);
      assertThat(d.findElement(By.id("no-records")).getText()).contains("No outcome records");
      browser.assertAccessible();

      // The form: nothing filled in gives the error summary, each message linking to its field.
      browser.clickAndWait(By.id("add-record"));
      assertThat(browser.heading()).isEqualTo("Add an outcome record");
      browser.assertAccessible();
      browser.clickAndWait(By.id("save"));
      String summary = d.findElement(By.id("error-summary")).getText();
      assertThat(summary)
          .contains(
              "There is a problem",
              "Enter the respondent's code",
              "Choose the participant type",
              "Enter the date the answers were collected",
              "explicit consent");
      assertThat(d.getTitle()).startsWith("Error: ");
      assertThat(
              d.findElement(By.cssSelector("#error-summary a[data-field='collectedOn']"))
                  .getAttribute("href"))
          .endsWith("#collectedOn-day");
      browser.assertAccessible();

      d.findElement(By.id("respondentRef")).sendKeys("R-900");
      d.findElement(By.cssSelector("input[name='participantType'][value='COMMUNITY_MEMBER']"))
          .click();
      d.findElement(By.cssSelector("input[name='wave'][value='BASELINE']")).click();
      d.findElement(By.id("collectedOn-day")).sendKeys("2");
      d.findElement(By.id("collectedOn-month")).sendKeys("3");
      d.findElement(By.id("collectedOn-year")).sendKeys("2026");
      d.findElement(By.id("consent")).click();
      d.findElement(By.cssSelector("input[name='contexts'][value='MADE_WELCOME']")).click();
      d.findElement(By.cssSelector("input[name='mechanisms-asked'][value='no']")).click();
      d.findElement(By.cssSelector("input[name='coProductionNow'][value='CO_DELIVERY']")).click();
      browser.clickAndWait(By.id("save"));
      assertThat(browser.visibleText()).contains("Record saved for R-900");
      assertThat(d.findElement(By.id("records")).getText()).contains("R-900", "Community Members");
      browser.assertAccessible();

      // What the form stored: ticked, not asked (null) and asked-none ([]) sections.
      JsonObject stored =
          TestEnv.json(TestEnv.get(Fixtures.recordsOf(ref), anchor1).body())
              .asJsonArray()
              .getJsonObject(0);
      assertThat(stored.getJsonArray("contexts").getString(0)).isEqualTo("MADE_WELCOME");
      assertThat(stored.get("mechanisms")).isEqualTo(JsonValue.NULL);
      assertThat(stored.getJsonArray("shortTermOutcomes")).isEmpty();
      assertThat(stored.getString("coProductionNow")).isEqualTo("CO_DELIVERY");
      assertThat(stored.get("coProductionBefore")).isEqualTo(JsonValue.NULL);

      // Import: a file with a mistake is reported by row and column, and nothing is saved.
      browser.clickAndWait(By.id("import-records"));
      assertThat(browser.heading()).isEqualTo("Import outcome records");
      browser.assertAccessible();
      Path wrong =
          csv(
              "wrong.csv",
              "R-901,Community Members,Baseline,2026-03-10,yes,Made to feel welcome;CO_DELIVERY,"
                  + "NONE,,,,,\n"
                  + "R-902,PARTNER,EXIT,2026-04-01,no,,,,,,,\n");
      d.findElement(By.id("file")).sendKeys(wrong.toString());
      browser.clickAndWait(By.id("check"));
      assertThat(d.findElement(By.id("report-title")).getText()).isEqualTo("The file has problems");
      List<String> problem =
          d.findElements(By.cssSelector("#problems tbody tr td")).stream()
              .map(e -> e.getText())
              .toList();
      assertThat(problem.subList(0, 2)).containsExactly("3", "consent");
      assertThat(d.findElements(By.id("commit"))).as("no import with problems").isEmpty();
      browser.assertAccessible();
      assertThat(
              TestEnv.get(Fixtures.recordsOf(ref), anchor1).headers().firstValue("X-Total-Count"))
          .hasValue("1");

      Path fixed =
          csv(
              "fixed.csv",
              "R-901,Community Members,Baseline,2026-03-10,yes,Made to feel welcome;CO_DELIVERY,"
                  + "NONE,,,,,\n"
                  + "R-902,PARTNER,EXIT,2026-04-01,yes,,,,,,,\n");
      d.findElement(By.id("file")).sendKeys(fixed.toString());
      browser.clickAndWait(By.id("check"));
      assertThat(d.findElement(By.id("report-title")).getText())
          .isEqualTo("The file is ready to import");
      assertThat(d.findElement(By.id("preview")).getText()).contains("R-901", "R-902");
      browser.assertAccessible();
      browser.clickAndWait(By.id("commit"));
      assertThat(browser.visibleText()).contains("2 new records, 0 replaced");
      assertThat(d.findElement(By.id("records")).getText()).contains("R-900", "R-901", "R-902");

      // The export, in the template's format: not asked is empty, answered none is NONE.
      String export =
          (String)
              ((JavascriptExecutor) d)
                  .executeAsyncScript(
                      "var done = arguments[arguments.length - 1];"
                          + "fetch(document.getElementById('export-records').href)"
                          + ".then(function (r) { return r.text(); }).then(done);");
      assertThat(export)
          .contains("id,respondentRef,participantType,wave,collectedOn,consent,contexts")
          .contains(
              ",R-901,COMMUNITY_MEMBER,BASELINE,2026-03-10,yes,MADE_WELCOME;CO_DELIVERY,NONE,,,,,");

      // Erasing a respondent and deleting a record both ask first.
      d.findElement(By.id("eraseRef")).sendKeys("R-901");
      clickConfirmAndWait(d, By.id("erase"));
      assertThat(browser.visibleText()).contains("1 record was erased");
      assertThat(d.findElement(By.id("records")).getText())
          .doesNotContain("R-901")
          .contains("ANON-");
      clickConfirmAndWait(
          d, By.cssSelector("input[aria-label='Delete the baseline record of R-900']"));
      assertThat(browser.visibleText()).contains("The record was deleted");
      assertThat(d.findElement(By.id("records")).getText()).doesNotContain("R-900");
      browser.assertAccessible();
    }
  }

  /** Clicks a button that asks for confirmation, confirms, and waits for the next page. */
  private static void clickConfirmAndWait(WebDriver d, By button) {
    ((JavascriptExecutor) d).executeScript("window.gwOldPage = true;");
    d.findElement(button).click();
    new WebDriverWait(d, Duration.ofSeconds(10))
        .until(ExpectedConditions.alertIsPresent())
        .accept();
    new WebDriverWait(d, Duration.ofSeconds(30))
        .until(
            x -> {
              try {
                return Boolean.TRUE.equals(
                    ((JavascriptExecutor) x)
                        .executeScript(
                            "return window.gwOldPage === undefined"
                                + " && document.readyState === 'complete';"));
              } catch (WebDriverException navigating) {
                return false;
              }
            });
  }

  @Test
  void anAnchorSubmitsAReturnAndAnOfficerAcceptsItFromTheOverdueList() {
    String anchor1 = TestEnv.token("anchor1");
    String ref = Fixtures.fundedProject(anchor1);

    try (Browser browser = Fixtures.signedIn("anchor1")) {
      WebDriver d = browser.driver();
      browser.visit("/projects/project.xhtml?ref=" + ref);
      assertThat(d.findElement(By.id("returns")).getText())
          .contains("Year 1 mid-year", "Not started (overdue)");
      browser.clickAndWait(By.linkText("Year 1 mid-year"));
      browser.assertAccessible();
      d.findElement(By.id("participantsReached")).sendKeys("42");
      browser.clickAndWait(By.id("submit"));
      assertThat(d.findElement(By.id("error-summary")).getText())
          .contains("Describe the activities delivered", "Say what worked and why");
      browser.assertAccessible();
      d.findElement(By.id("activitiesDelivered")).sendKeys("Weekly skills café");
      d.findElement(By.id("whatWorked")).sendKeys("Peer mentors, because people trusted them");
      d.findElement(By.id("barriers")).sendKeys("Bus fares");
      d.findElement(By.id("enablers")).sendKeys("A free room at the library");
      d.findElement(By.id("unexpectedResults")).sendKeys("A walking group started");
      d.findElement(By.id("coProductionChanges"))
          .sendKeys("Three members joined the steering group");
      browser.clickAndWait(By.id("submit"));
      assertThat(browser.visibleText()).contains("Your return is submitted");
      assertThat(d.findElement(By.id("returns")).getText()).contains("Submitted");
      browser.signOut();

      browser.signIn("officer1");
      assertThat(browser.visibleText()).contains("Overdue monitoring returns");
      browser.visit("/projects/project.xhtml?ref=" + ref);
      browser.clickAndWait(By.linkText("Year 1 mid-year"));
      assertThat(d.findElement(By.id("return-answers")).getText())
          .contains("Peer mentors, because people trusted them");
      browser.assertAccessible();
      browser.clickAndWait(By.id("accept"));
      assertThat(browser.visibleText()).contains("The return is accepted");
      assertThat(d.findElement(By.id("returns")).getText()).contains("Accepted");
      browser.assertAccessible();
    }
  }

  @Test
  void anotherOrganisationsStaffGetPageNotFoundOnEveryMonitoringPage() {
    String anchor1 = TestEnv.token("anchor1");
    String ref = Fixtures.fundedProject(anchor1);
    assertThat(
            TestEnv.post(
                    Fixtures.recordsOf(ref),
                    anchor1,
                    "["
                        + Fixtures.outcomeRecord(
                            "R-950", "BASELINE", "2026-02-01", "\"contexts\": []")
                        + "]")
                .statusCode())
        .isEqualTo(200);
    try (Browser browser = Fixtures.signedIn("anchor2")) {
      assertThat(browser.visibleText()).doesNotContain(ref);
      for (String page :
          List.of(
              "/projects/project.xhtml?ref=" + ref,
              "/projects/record.xhtml?ref=" + ref,
              "/projects/import.xhtml?ref=" + ref,
              "/projects/return.xhtml?ref=" + ref + "&due=2026-07-05",
              "/projects/outcome-records.csv?ref=" + ref)) {
        browser.visit(page);
        assertThat(browser.driver().getPageSource())
            .as(page)
            .doesNotContain("R-950")
            .doesNotContain("respondentRef");
        if (!page.endsWith(".csv?ref=" + ref)) {
          assertThat(browser.heading()).as(page).isEqualTo("Page not found");
        }
      }
    }
  }

  private Path csv(String name, String rows) throws IOException {
    Path file = files.resolve(name);
    Files.writeString(file, HEADER + rows, StandardCharsets.UTF_8);
    return file;
  }
}
