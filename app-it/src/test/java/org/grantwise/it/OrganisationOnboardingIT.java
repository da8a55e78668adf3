package org.grantwise.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.grantwise.it.support.Browser;
import org.grantwise.it.support.Mailbox;
import org.grantwise.it.support.Registration;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * A new community anchor signs up on the Keycloak page, gives its organisation's details, is
 * verified by an officer, and invites a colleague who joins the same organisation through the link
 * the invitation e-mails.
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
      Registration.register(browser, "/", founder, founder + "@example.org");
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

    // The colleague joins through the link in the invitation e-mail, after confirming the address.
    String join = InvitationIT.joinPath(Mailbox.waitFor(colleagueEmail, "Join " + organisation));
    try (Browser browser = Browser.open()) {
      Registration.register(browser, join, "colleague-" + suffix, colleagueEmail);
      browser.visit(join); // opened again from the e-mail, now signed in (see InvitationIT)
      assertThat(browser.heading()).isEqualTo("Join your organisation");
      assertThat(browser.driver().findElements(By.id("join")))
          .as(browser.visibleText())
          .isNotEmpty();
      browser.clickAndWait(By.id("join"));
      assertThat(browser.heading()).isEqualTo("Your applications");
      assertThat(browser.driver().findElement(By.id("organisation")).getText())
          .contains(organisation);
    }
  }

  private static void type(WebDriver d, String id, String text) {
    d.findElement(By.id(id)).clear();
    d.findElement(By.id(id)).sendKeys(text);
  }
}
