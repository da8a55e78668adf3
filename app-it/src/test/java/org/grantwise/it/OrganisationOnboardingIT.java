package org.grantwise.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.grantwise.it.support.Browser;
import org.grantwise.it.support.TestEnv;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A new community anchor signs up on the Keycloak page, gives its organisation's details, is
 * verified by an officer, and invites a colleague who joins the same organisation.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OrganisationOnboardingIT {

  @Test
  void aNewAnchorSignsUpIsVerifiedAndInvitesAColleague() {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String founder = "founder-" + suffix;
    String colleagueEmail = "colleague-" + suffix + "@example.org";
    String charityNumber = "SC" + String.format("%06d", Math.abs(suffix.hashCode()) % 1_000_000);
    String organisation = "Glen Community Hub " + suffix;

    try (Browser browser = Browser.open()) {
      WebDriver d = browser.driver();
      register(browser, founder, founder + "@example.org");
      assertThat(browser.heading()).isEqualTo("Your organisation's details");
      browser.assertAccessible();

      // A charity without its charity number is refused, by field, and nothing typed is lost.
      type(d, "name", organisation);
      d.findElement(By.cssSelector("input[name='type'][value='CHARITY']")).click();
      type(d, "area", "Perth and Kinross");
      browser.clickAndWait(By.id("register"));
      assertThat(d.findElement(By.id("error-summary")).getText())
          .contains("Enter your Scottish charity number");
      assertThat(d.findElement(By.id("name")).getAttribute("value")).isEqualTo(organisation);
      browser.assertAccessible();

      type(d, "charityNumber", charityNumber.toLowerCase());
      browser.clickAndWait(By.id("register"));
      assertThat(browser.heading()).isEqualTo("Your applications");
      assertThat(d.findElement(By.id("organisation")).getText())
          .contains(
              organisation, "GB-SC-" + charityNumber, "Waiting for a fund officer to verify it");
    }

    try (Browser officer = Browser.open()) {
      officer.signIn("officer1").visit("/officer/organisations.xhtml");
      officer.assertAccessible();
      officer.clickAndWait(By.xpath("//input[@value='Verify " + organisation + "']"));
      assertThat(officer.visibleText()).contains(organisation + " is verified");
    }

    try (Browser browser = Browser.open()) {
      WebDriver d = browser.driver();
      browser.signIn(founder);
      assertThat(d.findElement(By.id("organisation")).getText()).contains("Verified by the fund");
      browser.clickAndWait(By.id("colleagues-link"));
      type(d, "email", "not-an-address");
      browser.clickAndWait(By.id("invite"));
      assertThat(d.findElement(By.id("error-summary")).getText())
          .contains("Enter an email address in the correct format");
      type(d, "email", colleagueEmail);
      browser.clickAndWait(By.id("invite"));
      assertThat(d.findElement(By.id("invited")).getText()).contains(colleagueEmail);
      browser.assertAccessible();
    }

    try (Browser browser = Browser.open()) {
      register(browser, "colleague-" + suffix, colleagueEmail);
      assertThat(browser.heading()).isEqualTo("Your applications");
      assertThat(browser.driver().findElement(By.id("organisation")).getText())
          .contains(organisation);
    }
  }

  /** Registers on the Keycloak page (the realm allows self-registration) and returns signed in. */
  private static void register(Browser browser, String username, String email) {
    WebDriver d = browser.driver();
    d.get(TestEnv.APP + "/");
    WebDriverWait wait = new WebDriverWait(d, java.time.Duration.ofSeconds(30));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
    d.findElement(By.cssSelector("#kc-registration a, a[href*='registration']")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("password-confirm")));
    type(d, "username", username);
    type(d, "email", email);
    type(d, "firstName", "New");
    type(d, "lastName", "Member");
    type(d, "password", TestEnv.password(username));
    type(d, "password-confirm", TestEnv.password(username));
    d.findElement(By.cssSelector("#kc-register-form [type='submit']")).click();
    wait.until(x -> x.getCurrentUrl().startsWith(TestEnv.APP));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
  }

  private static void type(WebDriver d, String id, String text) {
    d.findElement(By.id(id)).clear();
    d.findElement(By.id(id)).sendKeys(text);
  }
}
