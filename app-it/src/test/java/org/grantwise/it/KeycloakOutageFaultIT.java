package org.grantwise.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
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
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Keycloak stops: people already signed in (browser sessions and bearer tokens) keep working; a new
 * sign-in gets a clear "Sign-in is unavailable, try again shortly" page; when Keycloak returns,
 * signing in works again.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class KeycloakOutageFaultIT {

  private static final String HOME = "/applicant/index.xhtml";

  @Test
  void signedInUsersKeepWorkingNewSignInsAreToldAndSignInWorksOnceKeycloakIsBack()
      throws Exception {
    String token = TestEnv.token("anchor1");
    // Read (and remembered) while Keycloak is up: finding the round takes a token of its own.
    Fixtures.roundId();
    try (Browser signedIn = Browser.open();
        Browser newcomer = Browser.open()) {
      signedIn.signIn("anchor1");
      assertThat(signedIn.heading()).isEqualTo("Your applications");
      assertThat(TestEnv.get(TestEnv.APP + "/api/me", token).statusCode()).isEqualTo(200);

      long stopped = System.nanoTime();
      double stopSeconds;
      try {
        stopSeconds = Faults.testEnv("stop-keycloak");

        // Already signed in: pages and the API work, including a save.
        signedIn.visit(HOME);
        assertThat(signedIn.heading()).isEqualTo("Your applications");
        signedIn.visit("/notices.xhtml");
        assertThat(signedIn.onKeycloakLogin()).isFalse();
        HttpResponse<String> me = TestEnv.get(TestEnv.APP + "/api/me", token);
        assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
        long saved =
            Fixtures.draftApplication(
                token,
                jakarta.json.Json.createObjectBuilder()
                    .add("title", "Saved while Keycloak was down")
                    .build());
        assertThat(saved).isPositive();

        // A new sign-in: the redirect to Keycloak becomes the application's page (503).
        HttpResponse<String> redirect = TestEnv.get(TestEnv.APP + HOME, null);
        assertThat(redirect.statusCode()).isEqualTo(302);
        String location = redirect.headers().firstValue("Location").orElseThrow();
        assertThat(location.replace(TestEnv.APP, ""))
            .startsWith("/sign-in-unavailable?return=%2Fapplicant%2Findex.xhtml");
        HttpResponse<String> page =
            TestEnv.send(
                HttpRequest.newBuilder(URI.create(TestEnv.APP + location.replace(TestEnv.APP, "")))
                    .GET()
                    .build());
        assertThat(page.statusCode()).isEqualTo(503);
        assertThat(page.body())
            .contains("Sign-in is unavailable, try again shortly", "href=\"" + HOME + "\"");
        assertThat(page.body().replaceAll("(?s)<script.*?</script>", ""))
            .doesNotContain("Exception", "at org.", "at java.");
        // The return address is this site's only.
        HttpResponse<String> elsewhere =
            TestEnv.get(TestEnv.APP + "/sign-in-unavailable?return=%2F%2Fevil.example%2F", null);
        assertThat(elsewhere.body()).contains("href=\"/\"").doesNotContain("evil.example");

        newcomer.visit(HOME);
        assertThat(newcomer.heading()).isEqualTo("Sign-in is unavailable, try again shortly");
        newcomer.assertAccessible();
      } finally {
        Faults.testEnv("start-keycloak");
      }
      double outageSeconds = (System.nanoTime() - stopped) / 1e9;

      // Back: "Try again" leads to the Keycloak page, and signing in works.
      long back = System.nanoTime();
      WebDriver d = newcomer.driver();
      new WebDriverWait(d, Duration.ofSeconds(30))
          .pollingEvery(Duration.ofSeconds(2))
          .until(
              x -> {
                if (newcomer.onKeycloakLogin()) {
                  return true;
                }
                if (x.findElements(By.id("retry")).isEmpty()) {
                  x.get(TestEnv.APP + HOME);
                } else {
                  x.findElement(By.id("retry")).click();
                }
                return newcomer.onKeycloakLogin();
              });
      d.findElement(By.id("username")).sendKeys("anchor1");
      d.findElement(By.id("password")).sendKeys(TestEnv.password("anchor1"));
      d.findElement(By.id("kc-login")).click();
      new WebDriverWait(d, Duration.ofSeconds(30))
          .until(x -> x.getCurrentUrl().startsWith(TestEnv.APP + HOME));
      double signInAgainSeconds = (System.nanoTime() - back) / 1e9;
      assertThat(newcomer.heading()).isEqualTo("Your applications");

      // The session from before the outage is still good, and new tokens are issued.
      signedIn.visit(HOME);
      assertThat(signedIn.heading()).isEqualTo("Your applications");
      assertThat(TestEnv.get(TestEnv.APP + "/api/me", TestEnv.token("anchor1")).statusCode())
          .isEqualTo(200);
      System.out.printf(
          "%nFAULT keycloak stopped (stop took %.1f s) for %.1f s: signed-in browser and bearer"
              + " token kept working, a new sign-in got the 503 page; sign-in worked again %.1f s"
              + " after Keycloak was back%n",
          stopSeconds, outageSeconds, signInAgainSeconds);
    }
  }
}
