package org.grantwise.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.grantwise.it.support.Browser;
import org.grantwise.it.support.DemoUsers;
import org.grantwise.it.support.Fixtures;
import org.grantwise.it.support.TestEnv;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Role × page: every page of the web module must be listed here with the roles that may open it,
 * and the running server must agree. A page added without an entry fails the first test; a page
 * whose area lacks a constraint fails the second.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessMatrixIT {

  private static final Set<String> EVERYONE = Set.of("applicant", "officer", "manager", "admin");

  static final Map<String, Set<String>> MATRIX =
      Map.ofEntries(
          Map.entry("/index.xhtml", EVERYONE),
          Map.entry("/notices.xhtml", EVERYONE),
          Map.entry("/sign-out.xhtml", EVERYONE),
          Map.entry("/applicant/index.xhtml", Set.of("applicant")),
          Map.entry("/applicant/application.xhtml", Set.of("applicant")),
          Map.entry("/applicant/eligibility.xhtml", Set.of("applicant")),
          Map.entry("/applicant/section.xhtml", Set.of("applicant")),
          Map.entry("/applicant/check.xhtml", Set.of("applicant")),
          Map.entry("/applicant/submitted.xhtml", Set.of("applicant")),
          Map.entry("/applicant/print.xhtml", Set.of("applicant")),
          Map.entry("/applicant/versions.xhtml", Set.of("applicant")),
          Map.entry("/applicant/organisation.xhtml", Set.of("applicant")),
          Map.entry("/applicant/colleagues.xhtml", Set.of("applicant")),
          Map.entry("/applicant/join.xhtml", Set.of("applicant")),
          Map.entry("/officer/organisations.xhtml", Set.of("officer")),
          Map.entry("/assessment/queue.xhtml", Set.of("officer", "manager")),
          Map.entry("/assessment/assess.xhtml", Set.of("officer", "manager")),
          Map.entry("/officer/index.xhtml", Set.of("officer")),
          Map.entry("/manager/index.xhtml", Set.of("manager")),
          Map.entry("/manager/application.xhtml", Set.of("manager")),
          Map.entry("/manager/history.xhtml", Set.of("manager")),
          Map.entry("/manager/dashboard.xhtml", Set.of("manager")),
          Map.entry("/reports/cmo.xhtml", Set.of("manager")),
          Map.entry("/reports/projects.xhtml", Set.of("manager")),
          Map.entry("/admin/index.xhtml", Set.of("admin")),
          Map.entry("/projects/project.xhtml", EVERYONE),
          Map.entry("/projects/record.xhtml", Set.of("applicant")),
          Map.entry("/projects/import.xhtml", Set.of("applicant")),
          Map.entry("/projects/return.xhtml", EVERYONE));

  private static final String FORBIDDEN = "You do not have access to this page";

  /** The page parameters that name one organisation's object. */
  private static final Set<String> OBJECT_PARAMETERS = Set.of("id", "ref");

  private static final Pattern VIEW_PARAM = Pattern.compile("<f:viewParam name=\"([a-zA-Z]+)\"");

  @Test
  void everyPageOfTheWebModuleIsInTheMatrix() throws IOException {
    Set<String> pages = new TreeSet<>();
    try (Stream<Path> files = Files.walk(TestEnv.WEBAPP)) {
      files
          .filter(f -> f.toString().endsWith(".xhtml"))
          .map(f -> "/" + TestEnv.WEBAPP.relativize(f).toString().replace('\\', '/'))
          .filter(p -> !p.startsWith("/WEB-INF/") && !p.startsWith("/resources/"))
          .forEach(pages::add);
    }
    assertThat(pages).as("pages in %s", TestEnv.WEBAPP).isNotEmpty();
    assertThat(pages)
        .as("every page needs a row in AccessMatrixIT.MATRIX and a constraint in web.xml")
        .isEqualTo(new TreeSet<>(MATRIX.keySet()));
  }

  /**
   * Own and other organisation: every applicant page that takes an object (found from its {@code
   * f:viewParam}s) opens for the owning organisation and refuses another one, without showing any
   * of the owner's text.
   */
  @Test
  void anotherOrganisationsObjectsAreRefusedOnEveryPageThatTakesOne() throws IOException {
    String secret = "Page matrix private plan 5d2a";
    String owner = TestEnv.token("anchor1");
    String other = TestEnv.token("anchor2");
    String project = Fixtures.fundedProject(owner);
    long application =
        Fixtures.draftApplication(
            owner,
            jakarta.json.Json.createObjectBuilder()
                .add("title", secret)
                .add("summary", secret)
                .build());
    String due =
        TestEnv.json(
                TestEnv.get(TestEnv.APP + "/api/projects/" + project + "/returns", owner).body())
            .asJsonArray()
            .getJsonObject(0)
            .getString("dueOn");
    Map<String, String> values =
        Map.of("id", Long.toString(application), "ref", project, "due", due, "section", "PROJECT");

    SoftAssertions softly = new SoftAssertions();
    int pages = 0;
    for (String page : new TreeSet<>(MATRIX.keySet())) {
      Set<String> parameters = viewParameters(page);
      if (!MATRIX.get(page).contains("applicant")
          || parameters.stream().noneMatch(OBJECT_PARAMETERS::contains)) {
        continue;
      }
      pages++;
      String query =
          parameters.stream()
              .filter(values::containsKey)
              .map(p -> p + "=" + values.get(p))
              .collect(java.util.stream.Collectors.joining("&", "?", ""));
      HttpResponse<String> own = TestEnv.get(TestEnv.APP + page + query, owner);
      softly.assertThat(own.statusCode()).as("the owner opens %s%s", page, query).isEqualTo(200);
      HttpResponse<String> refused = TestEnv.get(TestEnv.APP + page + query, other);
      softly
          .assertThat(refused.statusCode())
          .as("another organisation opens %s%s", page, query)
          .isIn(403, 404);
      softly.assertThat(refused.body()).as("%s%s", page, query).doesNotContain(secret, project);
    }
    softly.assertAll();
    assertThat(pages).as("applicant pages that take an object").isGreaterThanOrEqualTo(8);
  }

  private static Set<String> viewParameters(String page) throws IOException {
    Set<String> names = new TreeSet<>();
    Matcher m = VIEW_PARAM.matcher(Files.readString(TestEnv.WEBAPP.resolve(page.substring(1))));
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  @ParameterizedTest
  @EnumSource(
      value = DemoUsers.class,
      names = {"ANCHOR1", "OFFICER1", "MANAGER1", "ADMIN1"})
  void eachRoleOpensExactlyThePagesTheMatrixAllows(DemoUsers user) {
    try (Browser browser = Browser.open()) {
      browser.signIn(user.username);
      MATRIX.forEach(
          (page, roles) -> {
            browser.visit(page);
            boolean allowed = roles.contains(user.role);
            if (allowed) {
              assertThat(browser.heading())
                  .as("%s opens %s", user.username, page)
                  .isNotEqualTo(FORBIDDEN);
            } else {
              assertThat(browser.heading())
                  .as("%s is refused %s", user.username, page)
                  .isEqualTo(FORBIDDEN);
            }
          });
    }
  }
}
