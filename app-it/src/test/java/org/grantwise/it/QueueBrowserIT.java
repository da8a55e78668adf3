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

/** The officers' queue: filters in the address, drafts never shown. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class QueueBrowserIT {

  @Test
  void aManagerFindsASubmittedApplicationByFilteringTheQueue() {
    String anchor2 = TestEnv.token("anchor2");
    long submitted = Fixtures.draftApplication(anchor2, Fixtures.completeForm());
    Fixtures.uploadRequiredDocuments(submitted, anchor2);
    assertThat(Fixtures.submit(submitted, anchor2).statusCode()).isEqualTo(200);
    String reference = reference(submitted, anchor2);
    long draft = Fixtures.draftApplication(anchor2, Fixtures.completeForm());
    String draftReference = reference(draft, anchor2);

    try (Browser browser = Fixtures.signedIn("manager1")) {
      WebDriver d = browser.driver();
      browser.clickAndWait(By.id("queue-link"));
      assertThat(browser.heading()).isEqualTo("Assessment queue");
      browser.assertAccessible();

      d.findElement(By.id("search")).sendKeys(reference);
      new Select(d.findElement(By.id("theme"))).selectByValue("TRAINING_UPSKILLING");
      browser.clickAndWait(By.id("apply-filters"));
      assertThat(d.getCurrentUrl()).contains("search=" + reference, "theme=TRAINING_UPSKILLING");
      String table = d.findElement(By.id("queue")).getText();
      assertThat(table).contains(reference, "Hillhead Development Trust", "Submitted", "(1 found");

      browser.visit("/assessment/queue.xhtml?search=" + draftReference);
      assertThat(d.findElement(By.id("queue")).getText())
          .as("drafts are private")
          .contains("(0 found");

      browser.visit("/assessment/queue.xhtml?theme=ADVICE_SUPPORT&search=" + reference);
      assertThat(d.findElement(By.id("queue")).getText()).contains("(0 found");
    }
  }

  private static String reference(long id, String token) {
    HttpResponse<String> response =
        TestEnv.send(
            HttpRequest.newBuilder(URI.create(TestEnv.APP + "/api/applications/" + id))
                .header("Authorization", "Bearer " + token)
                .build());
    return TestEnv.object(response.body()).getString("reference");
  }
}
