package org.grantwise.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import org.grantwise.it.support.Browser;
import org.grantwise.it.support.Fixtures;
import org.grantwise.it.support.TestEnv;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/** A manager reads the outcome statistics as a chart and a table, publishable, and exports them. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReportBrowserIT {

  @Test
  void aManagerReadsTheChartAndTableAndExportsThem() throws InterruptedException {
    String anchor1 = TestEnv.token("anchor1");
    String projectRef = Fixtures.fundedProject(anchor1);
    StringBuilder batch = new StringBuilder("[");
    for (int i = 1; i <= 6; i++) {
      batch
          .append(i == 1 ? "" : ",")
          .append("{\"respondentRef\": \"P-")
          .append(i)
          .append("\", \"participantType\": \"PARTNER\", \"wave\": \"BASELINE\",")
          .append(" \"collectedOn\": \"2026-03-0")
          .append(i)
          .append("\", \"consent\": true, \"mechanisms\": ")
          .append(i <= 5 ? "[\"TRUST_RELATIONSHIPS\"]" : "[]")
          .append("}");
    }
    batch.append(
        ", {\"respondentRef\": \"M-1\", \"participantType\": \"COMMUNITY_MEMBER\","
            + " \"wave\": \"EXIT\", \"collectedOn\": \"2026-04-01\", \"consent\": true,"
            + " \"mechanisms\": [\"PRIDE\"]}]");
    HttpResponse<String> sent =
        TestEnv.post(Fixtures.recordsOf(projectRef), anchor1, batch.toString());
    assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);

    try (Browser browser = Fixtures.signedIn("manager1")) {
      WebDriver d = browser.driver();
      browser.clickAndWait(By.id("reports-link"));
      assertThat(browser.heading()).isEqualTo("Outcome statistics: Contexts");
      browser.visit(
          "/reports/cmo.xhtml?category=MECHANISMS&by=PARTICIPANT_TYPE&projectRef=" + projectRef);
      assertThat(d.findElement(By.cssSelector("#cmo-chart-box canvas")).isDisplayed()).isTrue();
      String table = d.findElement(By.id("cmo-table")).getText();
      assertThat(table)
          .contains("Partner", "N=6", "N=1", "83.3% (5)", "100.0% (1)")
          .contains("Belonging");
      browser.assertAccessible();

      String csv =
          (String)
              ((JavascriptExecutor) d)
                  .executeAsyncScript(
                      "const done = arguments[arguments.length - 1];"
                          + "fetch(document.getElementById('export-csv').href,"
                          + " {credentials: 'same-origin'})"
                          + ".then(r => r.text()).then(done, e => done('ERROR ' + e));");
      assertThat(csv).contains("Item,", "N=6", "83.3% (5)");

      // Publishable: the member group (N=1) is hidden, and so is the partner group, the only other
      // one, since the member group's N could be worked out from it.
      d.findElement(By.id("publishable")).click();
      browser.clickAndWait(By.id("show"));
      assertThat(d.getCurrentUrl()).contains("publishable=true");
      assertThat(d.findElement(By.id("cmo-table")).getText())
          .contains("N<5", "hidden to protect a small group")
          .doesNotContain("83.3%", "100.0%");

      // The batch is in the application's history once, as a count, without respondent codes.
      long applicationId =
          TestEnv.object(
                  TestEnv.get(
                          TestEnv.APP + "/api/projects/" + projectRef, TestEnv.token("manager1"))
                      .body())
              .getJsonNumber("applicationId")
              .longValue();
      browser.visit("/manager/history.xhtml?id=" + applicationId);
      assertThat(d.findElement(By.id("history")).getText())
          .contains("Outcome records created", "records: 7")
          .doesNotContain("P-1", "M-1");

      Instant changed = Instant.now();
      browser.visit("/manager/index.xhtml");
      browser.clickAndWait(By.id("dashboard-link"));
      assertThat(browser.heading()).isEqualTo("Programme dashboard");
      // The dashboard's figures are up to half a minute old and say when they were read: reload
      // (as a manager would) until they were read after the award.
      Instant deadline = changed.plusSeconds(90);
      while (Instant.parse(d.findElement(By.id("read-at")).getAttribute("data-read-at"))
          .isBefore(changed)) {
        assertThat(Instant.now()).as("dashboard read after " + changed).isBefore(deadline);
        Thread.sleep(2000);
        browser.visit("/manager/dashboard.xhtml");
      }
      assertThat(d.findElement(By.id("by-status")).getText()).contains("Awarded");
      assertThat(d.findElement(By.id("money-by-year")).getText()).contains("Year 1", "Year 2");
      assertThat(d.findElement(By.id("awards-by-theme")).getText()).contains("Total awarded");
      assertThat(d.findElement(By.id("returns")).getText()).contains("Overdue", "Accepted");
      browser.assertAccessible();

      browser.visit("/manager/index.xhtml");
      browser.clickAndWait(By.id("project-reports-link"));
      assertThat(d.findElement(By.id("coverage")).getText()).contains(projectRef, "no return yet");
      assertThat(d.findElement(By.id("ladder")).getText()).contains("Now: Co-delivery");
      assertThat(browser.visibleText()).contains("Aims against outcomes", projectRef);
      browser.assertAccessible();

      browser.visit("/reports/cmo.xhtml?category=MECHANISMS&from=2026-02-30");
      assertThat(d.findElement(By.id("error-summary")).getText())
          .contains("from must be a date as YYYY-MM-DD");
      browser.assertAccessible();
    }
  }
}
