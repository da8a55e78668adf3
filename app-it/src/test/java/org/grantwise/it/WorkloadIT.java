package org.grantwise.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import org.grantwise.it.support.Browser;
import org.grantwise.it.support.Fixtures;
import org.grantwise.it.support.TestEnv;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The officers' workload on the manager's home page follows assignments and declarations. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WorkloadIT {

  private static final String API = TestEnv.APP + "/api";

  @Test
  void aManagerSeesEachOfficersAssignedInProgressCompletedAndConflicts() {
    try (Browser browser = Fixtures.signedIn("manager1")) {
      long[] before = workload(browser, "officer2", Instant.now());

      String anchor1 = TestEnv.token("anchor1");
      String manager1 = TestEnv.token("manager1");
      String officer2 = TestEnv.token("officer2");
      long conflicted = submitted(anchor1);
      assign(conflicted, manager1, "officer2");
      assertThat(
              TestEnv.post(
                      API + "/applications/" + conflicted + "/conflict-declaration",
                      officer2,
                      "{\"conflict\": true, \"reason\": \"I volunteer there\"}")
                  .statusCode())
          .isEqualTo(201);
      long cleared = submitted(anchor1);
      assign(cleared, manager1, "officer2");

      long[] after = workload(browser, "officer2", Instant.now());
      assertThat(after[0] - before[0]).as("assigned").isEqualTo(2);
      assertThat(after[1] - before[1]).as("in progress: the one without a conflict").isEqualTo(1);
      assertThat(after[2] - before[2]).as("completed").isZero();
      assertThat(after[3] - before[3]).as("conflicts").isEqualTo(1);
      browser.assertAccessible();
    }
  }

  /**
   * The officer's row: assigned, in progress, completed, conflicts (zeros if not listed yet), from
   * counts made after {@code since}: the page keeps its counts for a quarter minute and says when
   * they were made, so this reloads it (as a manager would) until they are newer.
   */
  private static long[] workload(Browser browser, String officer, Instant since) {
    Instant deadline = Instant.now().plusSeconds(90);
    browser.visit("/manager/index.xhtml");
    while (Instant.parse(
            browser.driver().findElement(By.id("workload-read-at")).getAttribute("data-read-at"))
        .isBefore(since)) {
      assertThat(Instant.now()).as("counts newer than " + since).isBefore(deadline);
      sleep(2000);
      browser.visit("/manager/index.xhtml");
    }
    List<WebElement> rows =
        browser
            .driver()
            .findElements(By.cssSelector("#workload tr[data-officer='" + officer + "']"));
    if (rows.isEmpty()) {
      return new long[4];
    }
    List<WebElement> cells = rows.get(0).findElements(By.tagName("td"));
    long[] numbers = new long[4];
    for (int i = 0; i < 4; i++) {
      numbers[i] = Long.parseLong(cells.get(i).getText().trim());
    }
    return numbers;
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static long submitted(String token) {
    long id = Fixtures.draftApplication(token, Fixtures.completeForm());
    Fixtures.uploadRequiredDocuments(id, token);
    assertThat(Fixtures.submit(id, token).statusCode()).isEqualTo(200);
    return id;
  }

  private static void assign(long id, String manager, String officer) {
    HttpResponse<String> assigned =
        TestEnv.post(
            API + "/applications/" + id + "/assignment",
            manager,
            "{\"officer\": \"" + officer + "\"}");
    assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(200);
  }
}
