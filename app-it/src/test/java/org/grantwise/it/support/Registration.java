package org.grantwise.it.support;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Self-registration on the Keycloak page, as a new community anchor does it: the form, then the
 * address confirmed through the link Keycloak e-mails (the realm verifies e-mail addresses), then
 * back in the application.
 */
public final class Registration {

  private Registration() {}

  /**
   * Opens {@code path} in the application, registers from the sign-in page that it leads to, and
   * follows the verification e-mail's link; returns once the browser is back in the application.
   */
  public static void register(Browser browser, String path, String username, String email) {
    WebDriver d = browser.driver();
    WebDriverWait wait = new WebDriverWait(d, Duration.ofSeconds(30));
    d.get(TestEnv.APP + path);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
    d.findElement(By.cssSelector("#kc-registration a, a[href*='registration']")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("email")));
    type(d, "username", username);
    type(d, "email", email);
    type(d, "firstName", "New");
    type(d, "lastName", "Member");
    // With address verification on, Keycloak asks for the password only after the address is
    // confirmed; older versions ask on this form.
    if (!d.findElements(By.id("password")).isEmpty()) {
      type(d, "password", TestEnv.password(username));
      type(d, "password-confirm", TestEnv.password(username));
    }
    d.findElement(By.cssSelector("#kc-register-form [type='submit']")).click();
    wait.until(x -> x.getPageSource().contains("verify your email"));
    if (d.getCurrentUrl().startsWith(TestEnv.APP)) {
      throw new AssertionError("the application let an unverified address in");
    }
    String verification =
        Mailbox.link(Mailbox.waitFor(email, "login-actions/action-token"), "action-token");
    d.get(verification);
    wait.until(x -> backOrOnTheWay(x) || !x.findElements(By.id("password-new")).isEmpty());
    if (!d.findElements(By.id("password-new")).isEmpty()) {
      type(d, "password-new", TestEnv.password(username));
      type(d, "password-confirm", TestEnv.password(username));
      d.findElement(By.cssSelector("[type='submit']")).click();
      wait.until(Registration::backOrOnTheWay);
    }
    if (!d.getCurrentUrl().startsWith(TestEnv.APP)) {
      d.findElements(By.partialLinkText("proceed")).stream()
          .findFirst()
          .orElseGet(() -> d.findElement(By.partialLinkText("Back to")))
          .click();
      wait.until(x -> x.getCurrentUrl().startsWith(TestEnv.APP));
    }
    wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
  }

  /** In the application, or on a Keycloak page that offers the way back to it. */
  private static boolean backOrOnTheWay(WebDriver d) {
    return d.getCurrentUrl().startsWith(TestEnv.APP)
        || !d.findElements(By.partialLinkText("proceed")).isEmpty()
        || !d.findElements(By.partialLinkText("Back to")).isEmpty();
  }

  private static void type(WebDriver d, String id, String text) {
    d.findElement(By.id(id)).clear();
    d.findElement(By.id(id)).sendKeys(text);
  }
}
