package org.grantwise.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.grantwise.it.support.Browser;
import org.grantwise.it.support.DemoUsers;
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
          Map.entry("/projects/record.xhtml", EVERYONE),
          Map.entry("/projects/import.xhtml", EVERYONE),
          Map.entry("/projects/return.xhtml", EVERYONE));

  private static final String FORBIDDEN = "You do not have access to this page";

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
