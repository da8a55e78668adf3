package org.grantwise.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.grantwise.it.support.Browser;
import org.grantwise.it.support.Fixtures;
import org.grantwise.it.support.TestEnv;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

/** An officer declares no conflict, reads the application and completes a scored assessment. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AssessmentBrowserIT {

  @Test
  void anAssignedOfficerDeclaresThenScoresAndCompletesTheAssessment() {
    String anchor1 = TestEnv.token("anchor1");
    long id = Fixtures.draftApplication(anchor1, Fixtures.completeForm());
    Fixtures.uploadRequiredDocuments(id, anchor1);
    assertThat(Fixtures.submit(id, anchor1).statusCode()).isEqualTo(200);
    HttpResponse<String> assigned =
        TestEnv.send(
            HttpRequest.newBuilder(
                    URI.create(TestEnv.APP + "/api/applications/" + id + "/assignment"))
                .header("Authorization", "Bearer " + TestEnv.token("manager1"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"officer\": \"officer2\"}"))
                .build());
    assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(200);

    try (Browser browser = Fixtures.signedIn("officer2")) {
      WebDriver d = browser.driver();
      browser.clickAndWait(By.id("assignments-link"));
      assertThat(d.getCurrentUrl()).contains("officer=officer2");
      String reference =
          d.findElement(By.cssSelector("#queue a[href*='assess.xhtml?id=" + id + "']")).getText();
      browser.clickAndWait(By.linkText(reference));
      assertThat(browser.heading()).isEqualTo("Assess " + reference);
      assertThat(browser.visibleText())
          .contains("Riverside Community Anchor", "Do you have a conflict of interest?");
      assertThat(d.findElements(By.id("assessment")))
          .as("nothing to read before the declaration")
          .isEmpty();
      browser.assertAccessible();

      browser.clickAndWait(By.id("declare"));
      assertThat(d.findElement(By.id("error-summary")).getText())
          .contains("Say whether you have a conflict of interest");
      d.findElement(By.cssSelector("input[name='conflictAnswer'][value='no']")).click();
      browser.clickAndWait(By.id("declare"));
      assertThat(browser.visibleText()).contains("Your assessment", "door-to-door surveys");

      browser.clickAndWait(By.id("complete"));
      assertThat(d.findElement(By.id("error-summary")).getText())
          .contains("Score Fit with the fund's priorities", "Select your recommendation");
      browser.assertAccessible();

      for (int i = 0; i < 6; i++) {
        new Select(d.findElement(By.id("criteria:" + i + ":score"))).selectByValue("3");
        d.findElement(By.id("criteria:" + i + ":justification"))
            .sendKeys("Evidence in section " + (i + 1));
      }
      d.findElement(By.cssSelector("input[name='recommendation'][value='AWARD']")).click();
      browser.clickAndWait(By.id("complete"));
      assertThat(d.findElement(By.id("completed")).getText())
          .contains("You have completed this assessment");
      assertThat(d.findElement(By.id("weighted-total")).getText()).isEqualTo("60.00");
      browser.assertAccessible();
    }

    // The manager decides from the queue, then releases the round's decisions.
    String reference;
    try (Browser browser = Browser.open()) {
      WebDriver d = browser.driver();
      browser.signIn("manager1").visit("/assessment/queue.xhtml?officer=officer2");
      reference =
          d.findElement(By.cssSelector("#queue a[href*='application.xhtml?id=" + id + "']"))
              .getText();
      // The CSV export of this view holds the officer's scores and total.
      String csv =
          (String)
              ((org.openqa.selenium.JavascriptExecutor) d)
                  .executeAsyncScript(
                      "const done = arguments[arguments.length - 1];"
                          + "fetch(document.getElementById('export-csv').href, {credentials: 'same-origin'})"
                          + ".then(r => r.text()).then(done, e => done('ERROR ' + e));");
      assertThat(csv)
          .contains("reference,title,organisation", "score_1_PRIORITIES_FIT", "weighted_total_1");
      assertThat(csv.lines().filter(l -> l.startsWith(reference)).findFirst().orElse(""))
          .contains("Riverside Community Anchor", "officer2", ",3,3,3,3,3,3,60.00,AWARD");
      browser.clickAndWait(By.linkText(reference));
      assertThat(browser.heading()).isEqualTo("Decide " + reference);
      assertThat(d.findElement(By.id("assessments")).getText())
          .contains("officer2", "Completed", "60.00", "AWARD");
      browser.assertAccessible();

      d.findElement(By.cssSelector("input[name='decision'][value='AWARD']")).click();
      d.findElement(By.id("amount1")).sendKeys("60000");
      d.findElement(By.id("startDate")).sendKeys("2027-04-01");
      browser.clickAndWait(By.id("decide"));
      assertThat(d.findElement(By.id("error-summary")).getText()).contains("at most £50000");
      d.findElement(By.id("amount1")).clear();
      d.findElement(By.id("amount1")).sendKeys("20000");
      browser.clickAndWait(By.id("decide"));
      assertThat(browser.visibleText()).contains("Awarded: funded project PCF-");
      assertThat(d.findElement(By.id("decided")).getText()).contains("has been decided");

      // The history tab shows who changed what, newest first.
      browser.clickAndWait(By.id("tab-history"));
      assertThat(browser.heading()).isEqualTo("History of " + reference);
      assertThat(d.findElement(By.id("tab-history")).getAttribute("aria-current"))
          .isEqualTo("page");
      String history = d.findElement(By.id("history")).getText();
      assertThat(history)
          .contains(
              "Decision created",
              "Funded project created",
              "Award amount created",
              "amount: 20000",
              "Score created",
              "justification: Evidence in section 1",
              "Conflict-of-interest declaration created",
              "Assignment created",
              "officer: officer2",
              "status: SUBMITTED → UNDER_ASSESSMENT");
      assertThat(
              d.findElements(By.xpath("//table[@id='history']//tr[td[3]='Decision created']/td[2]"))
                  .get(0)
                  .getText())
          .isEqualTo("manager1");
      assertThat(
              d.findElements(By.xpath("//table[@id='history']//tr[td[3]='Score created']/td[2]"))
                  .get(0)
                  .getText())
          .isEqualTo("officer2");
      browser.assertAccessible();

      browser.visit("/manager/index.xhtml");
      ((org.openqa.selenium.JavascriptExecutor) d)
          .executeScript("window.confirm = function () { return true; };");
      browser.clickAndWait(By.xpath("//input[starts-with(@value, 'Release the decisions of')]"));
      assertThat(browser.visibleText())
          .containsPattern("\\d+ decisions? ha(s|ve) been released to applicants");
    }

    try (Browser browser = Fixtures.signedIn("anchor1")) {
      assertThat(
              browser
                  .driver()
                  .findElement(
                      By.xpath("//table[@id='applications']//tr[td/a[text()='" + reference + "']]"))
                  .getText())
          .contains("Awarded");
    }
  }

  @Test
  void aManagerModeratesAndAsksForChangesAndTheOfficerSeesWhatChanged() {
    String anchor1 = TestEnv.token("anchor1");
    String manager1 = TestEnv.token("manager1");
    long id = Fixtures.submittedApplication(anchor1);
    String app = TestEnv.APP + "/api/applications/" + id;
    assertThat(
            TestEnv.post(
                    app + "/assignment",
                    manager1,
                    "{\"officer\": \"officer1\", \"moderator\": \"officer2\"}")
                .statusCode())
        .isEqualTo(200);
    int score = 5;
    for (String officer : java.util.List.of("officer1", "officer2")) {
      String token = TestEnv.token(officer);
      assertThat(
              TestEnv.post(app + "/conflict-declaration", token, "{\"conflict\": false}")
                  .statusCode())
          .isEqualTo(201);
      assertThat(
              TestEnv.post(
                      app + "/assessments",
                      token,
                      Fixtures.scores(score, "PROGRESSION", null, "AWARD"))
                  .statusCode())
          .isEqualTo(200);
      score = 1;
    }

    try (Browser browser = Browser.open()) {
      WebDriver d = browser.driver();
      browser.signIn("manager1").visit("/manager/application.xhtml?id=" + id);
      assertThat(d.findElement(By.id("needs-moderation")).getText())
          .contains("agree a moderated score before deciding");
      d.findElement(By.id("score")).sendKeys("lots");
      browser.clickAndWait(By.id("moderate"));
      assertThat(d.findElement(By.id("error-summary")).getText())
          .contains("Give the moderated score as a number");
      browser.assertAccessible();
      d.findElement(By.id("score")).clear();
      d.findElement(By.id("score")).sendKeys("62.5");
      d.findElement(By.id("note")).sendKeys("Agreed at the panel: partnerships are strong");
      browser.clickAndWait(By.id("moderate"));
      assertThat(d.findElement(By.id("moderated")).getText())
          .contains("62.50", "manager1", "partnerships are strong");
      assertThat(d.findElements(By.id("needs-moderation"))).isEmpty();

      d.findElement(By.cssSelector("input[name='decision'][value='REQUEST_CHANGES']")).click();
      d.findElement(By.id("reason")).sendKeys("Name the second partner");
      browser.clickAndWait(By.id("decide"));
      assertThat(d.findElement(By.id("case-status")).getText()).isEqualTo("Changes requested");
    }

    HttpRequest put =
        HttpRequest.newBuilder(URI.create(app))
            .header("Authorization", "Bearer " + anchor1)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString("{\"title\": \"Skills café, two partners\"}"))
            .build();
    assertThat(TestEnv.send(put).statusCode()).isEqualTo(200);
    assertThat(Fixtures.submit(id, anchor1).statusCode()).isEqualTo(200);

    try (Browser browser = Browser.open()) {
      WebDriver d = browser.driver();
      browser.signIn("officer1").visit("/assessment/assess.xhtml?id=" + id);
      assertThat(d.findElement(By.id("resubmission-changes")).getText())
          .isEqualTo("Changes in version 2");
      assertThat(d.findElement(By.id("changes")).getText())
          .contains("title", "Skills café, two partners");
      assertThat(d.findElements(By.id("completed")))
          .as("the resubmission reopens the officer's assessment")
          .isEmpty();
      assertThat(d.findElement(By.id("criteria:0:score")).getAttribute("value")).isEqualTo("5");
      browser.assertAccessible();
    }
  }
}
