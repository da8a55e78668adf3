package org.grantwise.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.grantwise.it.support.Browser;
import org.grantwise.it.support.Fixtures;
import org.grantwise.it.support.KeycloakAdmin;
import org.grantwise.it.support.TestEnv;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * HTTP hardening: security headers on every kind of response, a Content-Security-Policy the pages
 * work under and that stops injected script, the session cookie's attributes, Faces' view state
 * refusing forged posts, and the Keycloak realm's brute-force detection and password policy.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HttpHardeningIT {

  @Test
  void everyKindOfResponseCarriesTheSecurityHeadersAndNoServerVersion() {
    String manager = TestEnv.token("manager1");
    Map<String, HttpResponse<String>> responses =
        Map.of(
            "page", TestEnv.get(TestEnv.APP + "/manager/index.xhtml", manager),
            "API", TestEnv.get(TestEnv.APP + "/api/me", manager),
            "API 404", TestEnv.get(TestEnv.APP + "/api/no-such-thing", manager),
            "API 401", TestEnv.get(TestEnv.APP + "/api/me", null),
            "page 404", TestEnv.get(TestEnv.APP + "/no-such-page.xhtml", manager),
            "page 403", TestEnv.get(TestEnv.APP + "/officer/index.xhtml", manager),
            "style sheet",
                TestEnv.get(TestEnv.APP + "/jakarta.faces.resource/css/grantwise.css.xhtml", null),
            "PrimeFaces script",
                TestEnv.get(
                    TestEnv.APP + "/jakarta.faces.resource/core.js.xhtml?ln=primefaces", null),
            "queue export", TestEnv.get(TestEnv.APP + "/assessment/queue.csv", manager));
    responses.forEach(
        (what, response) -> {
          var headers = response.headers();
          assertThat(headers.allValues("X-Content-Type-Options"))
              .as(what)
              .containsExactly("nosniff");
          assertThat(headers.allValues("Referrer-Policy"))
              .as(what)
              .containsExactly("strict-origin-when-cross-origin");
          assertThat(headers.allValues("X-Frame-Options")).as(what).containsExactly("DENY");
          assertThat(headers.allValues("Content-Security-Policy"))
              .as("%s has exactly one policy", what)
              .hasSize(1);
          assertThat(headers.firstValue("Content-Security-Policy").orElseThrow())
              .as(what)
              .contains("frame-ancestors 'none'");
          assertThat(headers.firstValue("Server")).as(what).isEmpty();
          assertThat(headers.firstValue("X-Powered-By")).as(what).isEmpty();
        });
    assertThat(responses.get("page").statusCode()).isEqualTo(200);
    assertThat(responses.get("page 404").statusCode()).isEqualTo(404);
    assertThat(responses.get("page 403").statusCode()).isEqualTo(403);
    assertThat(responses.get("API 401").statusCode()).isEqualTo(401);

    String pagePolicy =
        responses.get("page").headers().firstValue("Content-Security-Policy").orElseThrow();
    assertThat(pagePolicy)
        .containsPattern("script-src 'self' 'nonce-[A-Za-z0-9+/=]+'")
        .contains("object-src 'none'", "base-uri 'self'", "default-src 'self'");
    assertThat(directive(pagePolicy, "script-src")).doesNotContain("unsafe-inline", "unsafe-eval");
    assertThat(responses.get("API").headers().firstValue("Content-Security-Policy").orElseThrow())
        .startsWith("default-src 'none'");
    String nonce = pagePolicy.replaceAll(".*'nonce-([^']+)'.*", "$1");
    assertThat(responses.get("page").body())
        .as("every script of the page carries the nonce")
        .contains("nonce=\"" + nonce + "\"")
        .doesNotContainPattern("<script(?![^>]*nonce=)[^>]*>")
        .doesNotContainPattern("\\son(click|load|change|submit)=");
  }

  @Test
  void pagesWorkUnderThePolicyAndInjectedScriptDoesNotRun() {
    try (Browser browser = Browser.open()) {
      WebDriver d = browser.driver();
      JavascriptExecutor js = (JavascriptExecutor) d;
      // Records every policy violation of every page from its first byte on.
      browser
          .chrome()
          .executeCdpCommand(
              "Page.addScriptToEvaluateOnNewDocument",
              Map.of(
                  "source",
                  "window.__violations = [];"
                      + " document.addEventListener('securitypolicyviolation', function (e) {"
                      + " window.__violations.push(e.violatedDirective + ' ' + e.blockedURI"
                      + " + ' ' + (e.sourceFile || '') + ':' + e.lineNumber); });"));
      browser.signIn("manager1");
      assertThat(browser.heading()).isEqualTo("Programme overview");
      assertThat(js.executeScript("return window.__violations;")).asList().isEmpty();

      // The inline confirm() on "Release the decisions" was moved out of the markup and still asks.
      js.executeScript(
          "window.__asked = 0; window.confirm = function () { window.__asked++; return false; };");
      d.findElement(By.xpath("//input[starts-with(@value, 'Release the decisions of')]")).click();
      assertThat(js.executeScript("return window.__asked;")).isEqualTo(1L);
      assertThat(browser.heading())
          .as("declining the question stays on the page")
          .isEqualTo("Programme overview");

      // PrimeFaces' CSP mode posts the nonce with every Faces form.
      assertThat(
              d.findElements(By.cssSelector("form[method='post'] input[name='primefaces.nonce']")))
          .isNotEmpty();

      for (String page :
          List.of(
              "/manager/dashboard.xhtml",
              "/assessment/queue.xhtml",
              "/assessment/queue.xhtml?search=zzz&sort=title&desc=true",
              "/reports/cmo.xhtml?category=CONTEXTS",
              "/reports/cmo.xhtml?category=MECHANISMS&by=PARTICIPANT_TYPE",
              "/notices.xhtml",
              "/no-such-page.xhtml",
              "/officer/index.xhtml")) {
        browser.visit(page);
        assertThat(js.executeScript("return window.__violations;"))
            .as("policy violations on %s", page)
            .asList()
            .isEmpty();
      }

      // Markup injected after the page loaded cannot run script: inline handlers and inline
      // script without the nonce are refused by the policy.
      browser.visit("/manager/index.xhtml");
      js.executeScript(
          "document.body.insertAdjacentHTML('beforeend',"
              + " '<img id=\"xss-img\" src=\"x\" onerror=\"window.__xss = 1\">');"
              + "var s = document.createElement('script'); s.textContent = 'window.__xss = 2';"
              + " document.body.appendChild(s);");
      new org.openqa.selenium.support.ui.WebDriverWait(d, java.time.Duration.ofSeconds(5))
          .until(x -> ((List<?>) js.executeScript("return window.__violations;")).size() >= 2);
      assertThat(js.executeScript("return typeof window.__xss;")).isEqualTo("undefined");
    }
  }

  @Test
  void theSessionCookieIsHttpOnlyAndSameSiteLax() {
    try (Browser browser = Fixtures.signedIn("officer1")) {
      Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
      assertThat(session).isNotNull();
      assertThat(session.isHttpOnly()).isTrue();
      assertThat(session.getSameSite()).isEqualTo("Lax");
      assertThat(session.isSecure()).as("plain HTTP on loopback").isFalse();
      assertThat(((JavascriptExecutor) browser.driver()).executeScript("return document.cookie;"))
          .asString()
          .doesNotContain("JSESSIONID");
    }
  }

  @Test
  void strictTransportSecurityGoesOnlyOnSecureRequests() {
    String manager = TestEnv.token("manager1");
    for (String path : List.of("/api/me", "/manager/index.xhtml", "/no-such-page.xhtml")) {
      HttpResponse<String> plain = TestEnv.get(TestEnv.APP + path, manager);
      assertThat(plain.headers().firstValue("Strict-Transport-Security"))
          .as("%s over plain HTTP", path)
          .isEmpty();
      HttpResponse<String> forwarded = viaHttpsProxy(path, manager);
      assertThat(forwarded.statusCode()).as(path).isLessThan(500);
      assertThat(forwarded.headers().allValues("Strict-Transport-Security"))
          .as("%s through a TLS-terminating proxy", path)
          .containsExactly("max-age=31536000");
    }
  }

  @Test
  void theSessionCookieIsSecureWhenTheRequestCameOverHttps() {
    String manager = TestEnv.token("manager1");
    String plain = sessionCookie(TestEnv.get(TestEnv.APP + "/manager/index.xhtml", manager));
    assertThat(plain).containsIgnoringCase("HttpOnly").contains("SameSite=Lax");
    assertThat(plain).doesNotContainIgnoringCase("secure");
    String secure = sessionCookie(viaHttpsProxy("/manager/index.xhtml", manager));
    assertThat(secure).containsIgnoringCase("HttpOnly").contains("SameSite=Lax");
    assertThat(secure).containsIgnoringCase("; secure");
  }

  @Test
  void formsMayPostOnlyToTheApplicationAndKeycloak() {
    String manager = TestEnv.token("manager1");
    String page =
        TestEnv.get(TestEnv.APP + "/manager/index.xhtml", manager)
            .headers()
            .firstValue("Content-Security-Policy")
            .orElseThrow();
    assertThat(directive(page, "form-action")).isEqualTo("form-action 'self' " + TestEnv.KEYCLOAK);
    assertThat(directive(page, "script-src")).contains("'nonce-");
    String api =
        TestEnv.get(TestEnv.APP + "/api/me", manager)
            .headers()
            .firstValue("Content-Security-Policy")
            .orElseThrow();
    assertThat(directive(api, "form-action")).isEqualTo("form-action 'none'");
  }

  @Test
  void signingOutTakesTheButtonsPostAndEndsTheKeycloakSessionSoTheNextVisitAsksForThePassword() {
    try (Browser browser = Fixtures.signedIn("officer1")) {
      WebDriver d = browser.driver();
      String cookies = cookies(d);

      // A link or an image pointing at /logout, or a cross-site form without the page's view
      // state, does not sign anybody out.
      d.get(TestEnv.APP + "/logout");
      assertThat(browser.path()).startsWith("/sign-out.xhtml");
      assertThat(browser.heading()).isEqualTo("Sign out");
      browser.assertAccessible();
      HttpResponse<String> plainPost = postForm("/logout", cookies, Map.of("anything", "at all"));
      assertThat(plainPost.statusCode()).as("a POST without view state").isEqualTo(405);
      HttpResponse<String> forgedPost =
          postForm(
              "/sign-out.xhtml",
              cookies,
              Map.of(
                  "sign-out-form", "sign-out-form",
                  "sign-out", "Sign out",
                  "jakarta.faces.ViewState", "-1:-1"));
      assertThat(forgedPost.statusCode()).isIn(200, 400);
      assertThat(forgedPost.body()).contains("Your page timed out");
      d.get(TestEnv.APP + "/officer/index.xhtml");
      assertThat(browser.onKeycloakLogin()).as("still signed in").isFalse();
      assertThat(browser.heading()).isNotBlank();

      // The header's button is a Faces form: it posts the page's view state and signs out.
      browser.signOut();
      d.get(TestEnv.APP + "/officer/index.xhtml");
      waitFor(d, x -> browser.onKeycloakLogin());
      assertThat(browser.onKeycloakLogin())
          .as("Keycloak's single sign-on does not sign the browser in again")
          .isTrue();
      HttpResponse<String> oldSession =
          TestEnv.send(
              HttpRequest.newBuilder(URI.create(TestEnv.APP + "/officer/index.xhtml"))
                  .header("Cookie", cookies)
                  .build());
      assertThat(oldSession.statusCode()).as("the old session cookie").isEqualTo(302);
      assertThat(oldSession.headers().firstValue("Location").orElseThrow())
          .startsWith(TestEnv.KEYCLOAK);

      // Signing in again works under the page policy's form-action, and so does the sign-out
      // page's own button.
      browser.signIn("officer1");
      assertThat(browser.heading()).isNotBlank();
      browser.visit("/logout");
      d.findElement(By.id("confirm-sign-out")).click();
      waitFor(d, x -> browser.onKeycloakLogin());
      d.get(TestEnv.APP + "/officer/index.xhtml");
      waitFor(d, x -> browser.onKeycloakLogin());
    }
  }

  @Test
  void signingOutAfterTheSessionHereEndedStillEndsKeycloaks() {
    try (Browser browser = Fixtures.signedIn("officer1")) {
      WebDriver d = browser.driver();
      // The application's session ends (as after 30 minutes idle); Keycloak's is still alive, so
      // the sign-out page signs the browser in again first and its button then ends both.
      d.manage().deleteCookieNamed("JSESSIONID");
      d.get(TestEnv.APP + "/logout");
      waitFor(d, x -> !x.findElements(By.id("confirm-sign-out")).isEmpty());
      d.findElement(By.id("confirm-sign-out")).click();
      waitFor(d, x -> browser.onKeycloakLogin());
      d.get(TestEnv.APP + "/officer/index.xhtml");
      waitFor(d, x -> browser.onKeycloakLogin());
    }
  }

  /** API answers and document downloads carry personal data: no cache may keep them. */
  @Test
  void apiAnswersAndDocumentDownloadsAreNeverStored() {
    String anchor1 = TestEnv.token("anchor1");
    long id = Fixtures.draftApplication(anchor1, Json.createObjectBuilder().build());
    HttpResponse<String> uploaded =
        DocumentApiIT.upload(id, anchor1, "OTHER", "plan.pdf", Fixtures.PDF);
    assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
    long document = TestEnv.object(uploaded.body()).getJsonNumber("id").longValue();
    Map<String, HttpResponse<String>> responses =
        Map.of(
            "API", TestEnv.get(TestEnv.APP + "/api/me", anchor1),
            "API list", TestEnv.get(TestEnv.APP + "/api/applications/" + id, anchor1),
            "API 404", TestEnv.get(TestEnv.APP + "/api/no-such-thing", anchor1),
            "API 401", TestEnv.get(TestEnv.APP + "/api/me", null),
            "API 422",
                TestEnv.send(
                    HttpRequest.newBuilder(URI.create(TestEnv.APP + "/api/applications"))
                        .header("Authorization", "Bearer " + anchor1)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"roundId\": -1}"))
                        .build()),
            "API download",
                TestEnv.get(
                    TestEnv.APP + "/api/applications/" + id + "/documents/" + document, anchor1),
            "page download",
                TestEnv.get(
                    TestEnv.APP
                        + "/applications/document?application="
                        + id
                        + "&document="
                        + document,
                    anchor1));
    responses.forEach(
        (what, response) ->
            assertThat(response.headers().firstValue("Cache-Control").orElse(""))
                .as("%s (%d)", what, response.statusCode())
                .contains("no-store"));
    assertThat(responses.get("API download").statusCode()).isEqualTo(200);
    assertThat(responses.get("page download").statusCode()).isEqualTo(200);
  }

  private static HttpResponse<String> viaHttpsProxy(String path, String token) {
    return TestEnv.send(
        HttpRequest.newBuilder(URI.create(TestEnv.APP + path))
            .header("Authorization", "Bearer " + token)
            .header("X-Forwarded-Proto", "https")
            .build());
  }

  private static String sessionCookie(HttpResponse<String> response) {
    return response.headers().allValues("Set-Cookie").stream()
        .filter(c -> c.startsWith("JSESSIONID="))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no session cookie: " + response.headers()));
  }

  private static String cookies(WebDriver d) {
    return d.manage().getCookies().stream()
        .map(c -> c.getName() + "=" + c.getValue())
        .collect(Collectors.joining("; "));
  }

  private static void waitFor(
      WebDriver d, java.util.function.Function<? super WebDriver, Boolean> condition) {
    new org.openqa.selenium.support.ui.WebDriverWait(d, java.time.Duration.ofSeconds(30))
        .until(condition);
  }

  @Test
  void aPostWithAForgedOrMissingViewStateChangesNothing() {
    String anchor1 = TestEnv.token("anchor1");
    long id =
        Fixtures.draftApplication(
            anchor1, Json.createObjectBuilder().add("title", "Original title").build());
    try (Browser browser = Browser.open()) {
      browser.signIn("anchor1").visit("/applicant/section.xhtml?id=" + id + "&section=PROJECT");
      assertThat(browser.driver().findElement(By.id("title")).getAttribute("value"))
          .isEqualTo("Original title");
      String cookies =
          browser.driver().manage().getCookies().stream()
              .map(c -> c.getName() + "=" + c.getValue())
              .collect(Collectors.joining("; "));
      String page = "/applicant/section.xhtml?id=" + id + "&section=PROJECT";

      HttpResponse<String> forged =
          postForm(
              page,
              cookies,
              Map.of(
                  "form", "form",
                  "title", "Forged title",
                  "save-stay", "Save",
                  "jakarta.faces.ViewState", "-123456789:987654321"));
      assertThat(forged.body())
          .as("a forged view state gets the friendly timed-out page")
          .contains("Your page timed out");
      assertThat(HostileInputIT.leaks(forged.body())).isEmpty();

      // Other garbled view states, on this view-scoped page and a request-scoped one: "stateless"
      // on a view that is not, no separator, too many parts, empty.
      for (String garbled : List.of("stateless", "garbage", "1:2:3", ":", "")) {
        for (String path : List.of(page, "/notices.xhtml")) {
          HttpResponse<String> response =
              postForm(
                  path,
                  cookies,
                  Map.of(
                      "form", "form",
                      "title", "Forged title",
                      "save-stay", "Save",
                      "jakarta.faces.ViewState", garbled));
          assertThat(response.statusCode()).as("%s on %s", garbled, path).isIn(200, 400);
          assertThat(response.body()).as("%s on %s", garbled, path).contains("Your page timed out");
          assertThat(HostileInputIT.leaks(response.body())).isEmpty();
        }
      }
      assertThat(forged.statusCode()).isIn(200, 400);

      HttpResponse<String> missing =
          postForm(page, cookies, Map.of("form", "form", "title", "Forged title", "save-stay", ""));
      assertThat(missing.statusCode()).isLessThan(500);
      assertThat(HostileInputIT.leaks(missing.body())).isEmpty();
      assertThat(title(id, anchor1)).isEqualTo("Original title");

      // The same post with the page's own view state and nonce, as a browser without JavaScript
      // sends it (both are fields of the form), saves.
      HttpResponse<String> form =
          TestEnv.send(
              HttpRequest.newBuilder(URI.create(TestEnv.APP + page))
                  .header("Cookie", cookies)
                  .build());
      String viewState = field(form.body(), "jakarta.faces.ViewState");
      String nonce = field(form.body(), "primefaces.nonce");
      HttpResponse<String> genuine =
          postForm(
              page,
              cookies,
              Map.of(
                  "form", "form",
                  "title", "Saved without script",
                  "save-stay", "Save",
                  "jakarta.faces.ViewState", viewState,
                  "primefaces.nonce", nonce));
      assertThat(genuine.statusCode()).isLessThan(400);
      assertThat(title(id, anchor1)).isEqualTo("Saved without script");
    }
  }

  private static String title(long id, String token) {
    return TestEnv.object(TestEnv.get(TestEnv.APP + "/api/applications/" + id, token).body())
        .getString("title");
  }

  /** The value of a form's field in a page, whichever order its attributes come in. */
  private static String field(String html, String name) {
    java.util.regex.Matcher input =
        java.util.regex.Pattern.compile(
                "<input[^>]*name=\"" + java.util.regex.Pattern.quote(name) + "\"[^>]*>")
            .matcher(html);
    assertThat(input.find()).as("a field %s in the page", name).isTrue();
    java.util.regex.Matcher value =
        java.util.regex.Pattern.compile("value=\"([^\"]*)\"").matcher(input.group());
    assertThat(value.find()).isTrue();
    return value.group(1).replace("&#58;", ":").replace("&#x3a;", ":").replace("&amp;", "&");
  }

  @Test
  void theRealmLocksOutGuessedPasswordsAndRefusesWeakOnes() {
    String admin = KeycloakAdmin.token();
    String realm = TestEnv.KEYCLOAK + "/admin/realms/grantwise";
    JsonObject settings = TestEnv.object(TestEnv.get(realm, admin).body());
    assertThat(settings.getBoolean("bruteForceProtected")).isTrue();
    assertThat(settings.getInt("failureFactor")).isEqualTo(5);
    assertThat(settings.getString("passwordPolicy")).contains("length(12)", "notUsername");

    String username = "brute-" + java.util.UUID.randomUUID().toString().substring(0, 8);
    HttpResponse<String> created =
        TestEnv.send(
            HttpRequest.newBuilder(URI.create(realm + "/users"))
                .header("Authorization", "Bearer " + admin)
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        Json.createObjectBuilder()
                            .add("username", username)
                            .add("enabled", true)
                            .add("email", username + "@example.org")
                            .add("firstName", "Brute")
                            .add("lastName", "Force")
                            .add("emailVerified", true)
                            .build()
                            .toString()))
                .build());
    assertThat(created.statusCode()).isEqualTo(201);
    String userUrl = created.headers().firstValue("Location").orElseThrow();

    for (String weak : List.of("short-pw", username, "aaaaaaaaaaa")) {
      assertThat(setPassword(userUrl, admin, weak).statusCode())
          .as("password %s is refused", weak)
          .isEqualTo(400);
    }
    String good = "correct-horse-battery-" + username;
    assertThat(setPassword(userUrl, admin, good).statusCode()).isEqualTo(204);
    assertThat(passwordGrant(username, good).statusCode()).isEqualTo(200);

    for (int i = 0; i < 5; i++) {
      assertThat(passwordGrant(username, "wrong-guess-" + i).statusCode()).isEqualTo(400);
    }
    assertThat(passwordGrant(username, good).statusCode())
        .as("after five failures even the right password is refused for a while")
        .isNotEqualTo(200);
    String userId = userUrl.substring(userUrl.lastIndexOf('/') + 1);
    new org.openqa.selenium.support.ui.FluentWait<>(realm)
        .withTimeout(java.time.Duration.ofSeconds(10))
        .until(
            r ->
                TestEnv.object(
                        TestEnv.get(r + "/attack-detection/brute-force/users/" + userId, admin)
                            .body())
                    .getBoolean("disabled"));
  }

  @Test
  void theDemoUsersImportedPasswordsStillWork() {
    for (String user : List.of("anchor1", "officer1", "manager1", "admin1")) {
      assertThat(TestEnv.token(user)).isNotBlank();
    }
  }

  // --- helpers ---------------------------------------------------------------------------------

  private static String directive(String policy, String name) {
    for (String part : policy.split(";")) {
      if (part.trim().startsWith(name + " ")) {
        return part.trim();
      }
    }
    return "";
  }

  private static HttpResponse<String> postForm(
      String path, String cookies, Map<String, String> fields) {
    String body =
        fields.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return TestEnv.send(
        HttpRequest.newBuilder(URI.create(TestEnv.APP + path))
            .header("Cookie", cookies)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  private static HttpResponse<String> setPassword(String userUrl, String admin, String password) {
    return TestEnv.send(
        HttpRequest.newBuilder(URI.create(userUrl + "/reset-password"))
            .header("Authorization", "Bearer " + admin)
            .header("Content-Type", "application/json")
            .PUT(
                HttpRequest.BodyPublishers.ofString(
                    Json.createObjectBuilder()
                        .add("type", "password")
                        .add("value", password)
                        .add("temporary", false)
                        .build()
                        .toString()))
            .build());
  }

  private static HttpResponse<String> passwordGrant(String username, String password) {
    return TestEnv.send(
        HttpRequest.newBuilder(
                URI.create(TestEnv.KEYCLOAK + "/realms/grantwise/protocol/openid-connect/token"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "grant_type=password&client_id=grantwise-cli&username="
                        + URLEncoder.encode(username, StandardCharsets.UTF_8)
                        + "&password="
                        + URLEncoder.encode(password, StandardCharsets.UTF_8)))
            .build());
  }
}
