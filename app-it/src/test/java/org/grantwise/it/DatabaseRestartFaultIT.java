package org.grantwise.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.grantwise.it.support.Browser;
import org.grantwise.it.support.Faults;
import org.grantwise.it.support.Fixtures;
import org.grantwise.it.support.TestEnv;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * PostgreSQL stops and starts again in the middle of saves. The pool reconnects by itself within 10
 * seconds; every save is either stored and answered 2xx, or refused with a clear message and
 * nothing stored; in the browser, a failed save keeps what was typed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DatabaseRestartFaultIT {

  /** How long the database stays down: long enough that saves certainly meet the outage. */
  private static final long DOWN_MILLIS = 3_000;

  private static final String API = TestEnv.APP + "/api";

  @AfterEach
  void databaseIsUpAgain() {
    // Whatever happened, the other test classes get a running database.
    Faults.testEnv("start-postgres");
  }

  @Test
  void apiSavesDuringARestartAreStoredOrRefusedAndTheAppReconnectsWithinTenSeconds()
      throws Exception {
    String anchor1 = TestEnv.token("anchor1");
    long roundId = Fixtures.roundId();
    String run = Long.toString(System.currentTimeMillis(), 36);
    List<Save> saves = Collections.synchronizedList(new ArrayList<>());
    ExecutorService writer = Executors.newSingleThreadExecutor();
    AtomicLong back = new AtomicLong();
    Future<?> writing =
        writer.submit(
            () -> {
              int n = 0;
              while (true) {
                long now = System.nanoTime();
                long recovered = back.get();
                long after = recovered == 0 ? 0 : now - recovered;
                boolean enough =
                    recovered != 0
                        && List.copyOf(saves).stream()
                                .filter(s -> s.ok() && s.sentAt > recovered)
                                .count()
                            >= 5;
                if ((enough && after > 2e9) || after > 20e9) {
                  return;
                }
                String title = "Outage " + run + " save " + n++;
                long sent = System.nanoTime();
                HttpResponse<String> response = create(anchor1, roundId, title);
                synchronized (saves) {
                  saves.add(new Save(title, sent, System.nanoTime(), response));
                }
              }
            });

    Thread.sleep(1_500);
    long stopped = System.nanoTime();
    Faults.testEnv("stop-postgres");
    Thread.sleep(DOWN_MILLIS);
    Faults.testEnv("start-postgres");
    back.set(System.nanoTime());
    writing.get();
    writer.shutdown();

    List<Save> stored = saves.stream().filter(Save::ok).toList();
    List<Save> refused = saves.stream().filter(s -> !s.ok()).toList();
    Save firstAfter =
        stored.stream().filter(s -> s.answeredAt > back.get()).findFirst().orElseThrow();
    double reconnectSeconds = Math.max(0, (firstAfter.answeredAt - back.get()) / 1e9);
    double outageSeconds = (back.get() - stopped) / 1e9;
    System.out.printf(
        "%nFAULT postgres restart: down %.1f s; saves tried %d, stored (201) %d, refused %d"
            + " (statuses %s); first save stored %.2f s after PostgreSQL was back%n",
        outageSeconds,
        saves.size(),
        stored.size(),
        refused.size(),
        refused.stream().map(s -> s.response.statusCode()).distinct().toList(),
        reconnectSeconds);

    assertThat(refused).as("some saves met the outage").isNotEmpty();
    for (Save s : refused) {
      assertThat(s.response.statusCode()).as(s.response.body()).isEqualTo(503);
      assertThat(TestEnv.object(s.response.body()).getString("message"))
          .contains("nothing was saved");
      assertThat(Faults.leaksNothing(s.response.body())).as(s.response.body()).isTrue();
      assertThat(Faults.count("SELECT count(*) FROM grant_application WHERE title = ?", s.title))
          .as("a refused save left nothing behind: %s", s.title)
          .isZero();
    }
    for (Save s : stored) {
      long id = TestEnv.object(s.response.body()).getJsonNumber("id").longValue();
      assertThat(
              Faults.count(
                  "SELECT count(*) FROM grant_application WHERE id = ? AND title = ?", id, s.title))
          .as("every save answered 201 is in the database: %s", s.title)
          .isEqualTo(1);
    }
    assertThat(reconnectSeconds).as("saves succeed again within 10 s").isLessThanOrEqualTo(10.0);
  }

  @Test
  void aSaveThatMeetsTheOutageKeepsWhatWasTypedAndSavesOnceTheDatabaseIsBack() {
    String anchor1 = TestEnv.token("anchor1");
    long id = Fixtures.draftApplication(anchor1, Json.createObjectBuilder().build());
    try (Browser browser = Fixtures.signedIn("anchor1")) {
      WebDriver d = browser.driver();
      browser.visit("/applicant/section.xhtml?id=" + id + "&section=PROJECT");
      type(d, "title", "Community fridge");
      WebDriverWait wait = new WebDriverWait(d, Duration.ofSeconds(30));
      // The background save re-renders the notice every few seconds while the outage lasts.
      wait.ignoring(StaleElementReferenceException.class);
      wait.until(x -> x.findElement(By.id("autosave-status")).getText().startsWith("Saved at"));

      // The background save meets the outage: the page stays, with a notice, and the text too.
      Faults.testEnv("stop-postgres");
      type(d, "summary", "Surplus food shared with neighbours");
      wait.until(
          x -> x.findElement(By.id("gw-service-notice")).getText().contains("was not saved"));
      assertThat(notice(d)).contains("Everything you typed is still on this page");
      assertThat(value(d, "title")).isEqualTo("Community fridge");
      assertThat(value(d, "summary")).isEqualTo("Surplus food shared with neighbours");
      browser.assertAccessible();

      // An explicit save (a full form post) meets it too: the same page again, the notice, and
      // everything typed still in the fields.
      type(d, "areaServed", "Dundee East");
      browser.clickAndWait(By.id("save-stay"));
      assertThat(browser.heading()).isEqualTo("Project");
      assertThat(notice(d)).contains("was not saved", "Everything you typed is still on this page");
      assertThat(value(d, "title")).isEqualTo("Community fridge");
      assertThat(value(d, "summary")).isEqualTo("Surplus food shared with neighbours");
      assertThat(value(d, "areaServed")).isEqualTo("Dundee East");
      assertThat(browser.visibleText()).doesNotContain("Exception");
      browser.assertAccessible();

      // Opening a page while the database is down: a clear page, not the generic error.
      browser.visit("/applicant/application.xhtml?id=" + id);
      assertThat(browser.heading()).isEqualTo("The service is briefly unavailable");
      browser.assertAccessible();

      // The database returns: the next save stores what the user typed.
      Faults.testEnv("start-postgres");
      browser.visit("/applicant/section.xhtml?id=" + id + "&section=PROJECT");
      type(d, "summary", "Surplus food shared with neighbours");
      type(d, "areaServed", "Dundee East");
      browser.clickAndWait(By.id("save-stay"));
      assertThat(d.findElement(By.id("autosave-status")).getText()).startsWith("Saved at");
    }
    HttpResponse<String> saved = TestEnv.get(API + "/applications/" + id, anchor1);
    assertThat(TestEnv.object(saved.body()).getString("summary"))
        .isEqualTo("Surplus food shared with neighbours");
    assertThat(TestEnv.object(saved.body()).getString("areaServed")).isEqualTo("Dundee East");
  }

  private static String value(WebDriver d, String id) {
    return d.findElement(By.id(id)).getAttribute("value");
  }

  private static void type(WebDriver d, String id, String text) {
    WebElement field = d.findElement(By.id(id));
    field.clear();
    field.sendKeys(text);
  }

  private static HttpResponse<String> create(String token, long roundId, String title) {
    String body =
        Json.createObjectBuilder().add("roundId", roundId).add("title", title).build().toString();
    try {
      return TestEnv.send(
          HttpRequest.newBuilder(URI.create(API + "/applications"))
              .header("Authorization", "Bearer " + token)
              .header("Content-Type", "application/json")
              .header("Accept", "application/json")
              .timeout(Duration.ofSeconds(15))
              .POST(HttpRequest.BodyPublishers.ofString(body))
              .build());
    } catch (RuntimeException e) {
      throw new AssertionError("the server did not answer a save at all", e);
    }
  }

  private record Save(String title, long sentAt, long answeredAt, HttpResponse<String> response) {
    boolean ok() {
      return response.statusCode() == 201;
    }
  }

  /** The service notice's text, read again if a background save re-rendered it meanwhile. */
  private static String notice(WebDriver d) {
    for (int attempt = 0; ; attempt++) {
      try {
        return d.findElement(By.id("gw-service-notice")).getText();
      } catch (StaleElementReferenceException e) {
        if (attempt == 5) {
          throw e;
        }
      }
    }
  }
}
