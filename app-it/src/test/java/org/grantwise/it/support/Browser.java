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
import org.openqa.selenium.interactions.Actions;
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
    this.driver = new EventFiringDecorator<>(new ReadyBeforeClick(chrome)).decorate(chrome);
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
   * Readies what is about to be clicked the way a person's pointer would meet it: the page is
   * scrolled to put it in the middle of the window, the control used last gives up its focus, and
   * the pointer rests on the target before it is pressed. Without this, WebDriver presses the
   * moment it has scrolled and moved, and a layout change that the previous control's focus and
   * hover cause at that moment moved the target between press and release (measured in
   * OutcomeBrowserIT: the consent field above 17 px shorter at pointerdown than at focusin, so
   * mouseup met the table cell and no click happened: a box left unticked; in ReportBrowserIT a
   * submit button that never submitted). Public: the decorator calls it by reflection, and on a
   * private class that fails with nothing but a logged warning.
   */
  public static final class ReadyBeforeClick implements WebDriverListener {
    private final ChromeDriver chrome;

    ReadyBeforeClick(ChromeDriver chrome) {
      this.chrome = chrome;
    }

    @Override
    public void beforeClick(WebElement element) {
      chrome.executeScript(
          "var last = document.activeElement;"
              + " if (last && last !== arguments[0] && last !== document.body) { last.blur(); }"
              + " arguments[0].scrollIntoView({block: 'center', inline: 'nearest'});",
          element);
      new Actions(chrome).moveToElement(element).perform();
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
