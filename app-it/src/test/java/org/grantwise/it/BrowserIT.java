package org.grantwise.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.grantwise.it.support.Browser;
import org.grantwise.it.support.DemoUsers;
import org.grantwise.it.support.Fixtures;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;

/** Signing in through the real Keycloak login page, in a real browser, as each demo role. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BrowserIT {

  @ParameterizedTest
  @EnumSource(DemoUsers.class)
  void eachDemoUserSignsInAndLandsOnTheirRolesHomePage(DemoUsers user) {
    try (Browser browser = Browser.open()) {
      browser.signIn(user.username);
      assertThat(browser.path()).isEqualTo(user.home);
      assertThat(browser.heading()).isEqualTo(user.homeHeading);
      assertThat(browser.driver().findElement(By.id("signed-in-user")).getText())
          .isEqualTo(user.username);
      assertThat(browser.driver().getTitle()).startsWith(user.homeHeading);
      browser.assertAccessible();
    }
  }

  @Test
  void anApplicantSeesTheirOwnOrganisationOnly() {
    try (Browser browser = Fixtures.signedIn("anchor2")) {
      String organisation = browser.driver().findElement(By.id("organisation")).getText();
      assertThat(organisation).contains("Hillhead Development Trust", "GB-COH-SC654321");
      assertThat(organisation).doesNotContain("Riverside");
    }
  }

  @Test
  void anotherRolesPageShowsTheFriendlyForbiddenPage() {
    try (Browser browser = Browser.open()) {
      browser.signIn("anchor1").visit("/officer/index.xhtml");
      assertThat(browser.heading()).isEqualTo("You do not have access to this page");
      assertThat(browser.visibleText()).doesNotContain("Exception", "at org.", "Forbidden");
      browser.assertAccessible();
    }
  }

  @Test
  void anUnknownPageShowsTheFriendlyNotFoundPage() {
    try (Browser browser = Browser.open()) {
      browser.signIn("officer1").visit("/no-such-page.xhtml");
      assertThat(browser.heading()).isEqualTo("Page not found");
      assertThat(browser.visibleText()).doesNotContain("Exception", "at org.");
      browser.assertAccessible();
    }
  }

  @Test
  void signingOutEndsTheSessionHereAndAtKeycloak() {
    try (Browser browser = Fixtures.signedIn("manager1")) {
      browser.signOut();
      assertThat(browser.onKeycloakLogin()).isTrue();
      browser.visit("/manager/index.xhtml");
      assertThat(browser.onKeycloakLogin())
          .as("after sign-out a page asks for a new login, at %s", browser.driver().getCurrentUrl())
          .isTrue();
    }
  }

  @Test
  void aWarningBeforeTheSessionEndsLetsTheUserStaySignedIn() {
    try (Browser browser = Fixtures.signedIn("officer2")) {
      var warning = browser.driver().findElement(By.id("session-warning"));
      assertThat(warning.isDisplayed()).isFalse();
      // Tests warn after 20 s (grantwise.session-warning-seconds); users five minutes before the
      // end.
      new org.openqa.selenium.support.ui.WebDriverWait(
              browser.driver(), java.time.Duration.ofSeconds(40))
          .until(d -> warning.isDisplayed());
      assertThat(browser.driver().switchTo().activeElement().getAttribute("id"))
          .isEqualTo("session-warning");
      assertThat(warning.getText()).contains("You will be signed out soon");
      browser.assertAccessible();
      browser.driver().findElement(By.id("stay-signed-in")).click();
      new org.openqa.selenium.support.ui.WebDriverWait(
              browser.driver(), java.time.Duration.ofSeconds(10))
          .until(d -> !warning.isDisplayed());
      assertThat(browser.driver().findElement(By.id("session-status")).getAttribute("textContent"))
          .isEqualTo("You are still signed in.");
    }
  }

  @Test
  void theSkipLinkMovesFocusToTheMainContent() {
    try (Browser browser = Fixtures.signedIn("admin1")) {
      browser.driver().findElement(By.tagName("body")).sendKeys(org.openqa.selenium.Keys.TAB);
      assertThat(browser.driver().switchTo().activeElement().getText())
          .isEqualTo("Skip to main content");
      browser.driver().switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.ENTER);
      assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("main");
    }
  }
}
