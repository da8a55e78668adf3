package org.grantwise.it.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.events.EventFiringDecorator;
import org.openqa.selenium.support.events.WebDriverListener;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium driven through the real Keycloak login page. Debian's chromium and
 * chromedriver are used where installed; elsewhere Selenium Manager finds a browser.
 */
public final class Browser implements AutoCloseable {

  private static final Path DEBIAN_CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path DEBIAN_DRIVER = Path.of("/usr/bin/chromedriver");

  private final ChromeDriver chrome;
  private final WebDriver driver;
  private final WebDriverWait wait;

  private Browser(ChromeDriver chrome) {
    this.chrome = chrome;
    this.driver = new EventFiringDecorator<>(new CentreBeforeClick(chrome)).decorate(chrome);
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
  }

  public static Browser open() {
    ChromeOptions options = new ChromeOptions();
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--no-first-run",
        "--window-size=1280,1000");
    ChromeDriver chrome;
    if (Files.isExecutable(DEBIAN_CHROMIUM) && Files.isExecutable(DEBIAN_DRIVER)) {
      options.setBinary(DEBIAN_CHROMIUM.toString());
      ChromeDriverService service =
          new ChromeDriverService.Builder().usingDriverExecutable(DEBIAN_DRIVER.toFile()).build();
      chrome = new ChromeDriver(service, options);
    } else {
      chrome = new ChromeDriver(options);
    }
    return new Browser(chrome);
  }

  /**
   * Scrolls what is about to be clicked to the middle of the window first. WebDriver scrolls it
   * only until its last pixel row is at the window's edge, sometimes a fraction of a pixel short;
   * the focus that the press gives then scrolls the page by that fraction, the release lands beside
   * the control, and the click is lost (a box left unticked, a button that never submits). A
   * person's pointer does not meet this, so the tests should not. Public: the decorator calls it by
   * reflection, and on a private class that fails with nothing but a logged warning.
   */
  public static final class CentreBeforeClick implements WebDriverListener {
    private final JavascriptExecutor js;

    CentreBeforeClick(ChromeDriver chrome) {
      this.js = chrome;
    }

    @Override
    public void beforeClick(WebElement element) {
      js.executeScript(
          "arguments[0].scrollIntoView({block: 'center', inline: 'nearest'});", element);
    }
  }

  public WebDriver driver() {
    return driver;
  }

  /** The Chromium underneath, for DevTools commands. */
  public ChromeDriver chrome() {
    return chrome;
  }

  /** Opens the app, signs in on the Keycloak page and waits to be back in the app. */
  public Browser signIn(String username) {
    driver.get(TestEnv.APP + "/");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
    driver.findElement(By.id("username")).sendKeys(username);
    driver.findElement(By.id("password")).sendKeys(TestEnv.password(username));
    driver.findElement(By.id("kc-login")).click();
    wait.until(d -> d.getCurrentUrl().startsWith(TestEnv.APP));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
    return this;
  }

  /**
   * Clicks something that loads a new page, and waits until the new page has loaded: the old page
   * is marked by a script variable that a new document does not have.
   */
  public Browser clickAndWait(By target) {
    JavascriptExecutor js = (JavascriptExecutor) driver;
    js.executeScript("window.gwOldPage = true;");
    driver.findElement(target).click();
    wait.until(
        d -> {
          try {
            return Boolean.TRUE.equals(
                ((JavascriptExecutor) d)
                    .executeScript(
                        "return window.gwOldPage === undefined && document.readyState === 'complete';"));
          } catch (WebDriverException navigating) {
            return false;
          }
        });
    wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
    return this;
  }

  public Browser visit(String path) {
    driver.get(TestEnv.APP + path);
    wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("body")));
    return this;
  }

  public String heading() {
    return driver.findElement(By.tagName("h1")).getText().trim();
  }

  /** The text a reader sees (not scripts or markup). */
  public String visibleText() {
    return driver.findElement(By.tagName("body")).getText();
  }

  public String path() {
    return driver.getCurrentUrl().replace(TestEnv.APP, "");
  }

  public boolean onKeycloakLogin() {
    return driver.getCurrentUrl().startsWith(TestEnv.KEYCLOAK)
        && !driver.findElements(By.id("kc-login")).isEmpty();
  }

  public void signOut() {
    driver.findElement(By.id("sign-out")).click();
    wait.until(d -> onKeycloakLogin());
  }

  public void assertAccessible() {
    Axe.assertNoSeriousViolations(driver);
  }

  @Override
  public void close() {
    driver.quit();
  }
}
