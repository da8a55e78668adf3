package org.grantwise.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The layering rules of issue 14 for the web module, checked on the source tree the way
 * app-domain's {@code LayeringTest} does (a plain scan, so no extra test library): the interfaces
 * are grouped by context, the web names no persistence or infrastructure type, no source file but
 * two named ones grows past 450 lines, and no new web file takes managed entities from the model.
 */
class WebLayeringTest {

  private static final Path MAIN = Path.of("src/main/java/org/grantwise");

  private static final Path DOMAIN_MAIN = Path.of("../app-domain/src/main/java");

  /** The most lines a main source file may have, in either module. */
  private static final int LONGEST_FILE = 450;

  /**
   * The two files still longer than {@link #LONGEST_FILE}, relative to this module's {@code
   * src/main/java}: the applicant's form page and its model (about 600 lines each), still to be
   * split by form section (issue 14). The list may only shrink.
   */
  private static final Set<String> STILL_TOO_LONG =
      Set.of(
          "org/grantwise/interfaces/applications/web/ApplicationView.java",
          "org/grantwise/interfaces/applications/web/FormModel.java");

  /**
   * Files that import an {@code @Entity} or {@code @Embeddable} class today, relative to {@code
   * interfaces/}. They are still to be given application-layer records by their services (issue
   * 14); the list may only shrink: a file that stops importing entities must leave it, and no file
   * may join it.
   */
  private static final Set<String> STILL_IMPORTING_ENTITIES =
      Set.of(
          "admin/web/RoundsView.java",
          "admin/web/VocabulariesView.java",
          "applications/rest/ApplicationJson.java",
          "applications/rest/ApplicationResource.java",
          "applications/web/ApplicationView.java",
          "applications/web/DashboardView.java",
          "applications/web/EligibilityView.java",
          "assessment/rest/AssessmentJson.java",
          "assessment/rest/AssessmentResource.java",
          "assessment/web/AssessView.java",
          "assessment/web/ManagerCaseView.java",
          "monitoring/files/OutcomeSheets.java",
          "monitoring/rest/ProjectResource.java",
          "monitoring/rest/ReturnResource.java",
          "monitoring/web/ProjectView.java",
          "monitoring/web/ProjectsView.java",
          "monitoring/web/ReturnView.java",
          "organisations/rest/InvitationResource.java",
          "organisations/web/JoinView.java",
          "organisations/web/OrganisationView.java",
          "organisations/web/VerificationView.java");

  @Test
  void theInterfacesAreGroupedByContextWithWebOrRestInside() throws IOException {
    Path interfaces = MAIN.resolve("interfaces");
    assertThat(interfaces).as("run from the module's folder").isDirectory();
    Set<String> contexts;
    try (Stream<Path> children = Files.list(interfaces)) {
      contexts =
          children
              .filter(Files::isDirectory)
              .filter(
                  dir ->
                      Files.isDirectory(dir.resolve("web"))
                          || Files.isDirectory(dir.resolve("rest")))
              .map(dir -> dir.getFileName().toString())
              .collect(Collectors.toCollection(TreeSet::new));
    }
    assertThat(contexts).hasSizeGreaterThanOrEqualTo(4);
    for (String flat : List.of("web", "rest")) {
      // An empty folder may be left behind by a checkout; only sources count.
      Path dir = interfaces.resolve(flat);
      assertThat(Files.isDirectory(dir) ? javaFiles(dir).toList() : List.<Path>of())
          .as("no flat %s package", flat)
          .isEmpty();
    }
  }

  @Test
  void theWebModuleImportsNoPersistenceAndNoInfrastructure() {
    List<String> offending =
        javaFiles(MAIN)
            .flatMap(
                file ->
                    lines(file).stream()
                        .filter(
                            line ->
                                line.startsWith("import jakarta.persistence.")
                                    || line.startsWith("import org.hibernate.")
                                    || line.startsWith("import org.grantwise.infrastructure.")
                                    || line.startsWith("import static jakarta.persistence.")
                                    || line.startsWith("import static org.hibernate.")
                                    || line.startsWith(
                                        "import static org.grantwise.infrastructure."))
                        .map(line -> file + ": " + line.strip()))
            .toList();
    assertThat(offending).isEmpty();
  }

  @Test
  void noMainSourceFileIsLongerThan450Lines() {
    assertThat(DOMAIN_MAIN).as("app-domain beside this module").isDirectory();
    Path webMain = Path.of("src/main/java");
    List<String> tooLong =
        Stream.concat(javaFiles(MAIN), javaFiles(DOMAIN_MAIN))
            .filter(file -> lines(file).size() > LONGEST_FILE)
            .filter(file -> !STILL_TOO_LONG.contains(webMain.relativize(file).toString()))
            .map(file -> file + ": " + lines(file).size() + " lines")
            .toList();
    assertThat(tooLong).isEmpty();
    assertThat(STILL_TOO_LONG)
        .as("files shortened since: take them off the list")
        .allMatch(name -> lines(webMain.resolve(name)).size() > LONGEST_FILE);
  }

  @Test
  void noNewWebFileImportsAManagedEntity() {
    Set<String> entityImports =
        javaFiles(DOMAIN_MAIN)
            .filter(
                file ->
                    lines(file).stream()
                        .anyMatch(
                            line -> line.startsWith("@Entity") || line.startsWith("@Embeddable")))
            .map(file -> DOMAIN_MAIN.relativize(file).toString().replace('/', '.'))
            .map(name -> "import " + name.substring(0, name.length() - ".java".length()) + ";")
            .collect(Collectors.toSet());
    assertThat(entityImports).as("entities found in app-domain").isNotEmpty();
    Path interfaces = MAIN.resolve("interfaces");
    Set<String> importing =
        javaFiles(interfaces)
            .filter(
                file -> lines(file).stream().anyMatch(line -> entityImports.contains(line.strip())))
            .map(file -> interfaces.relativize(file).toString().replace('\\', '/'))
            .collect(Collectors.toCollection(TreeSet::new));
    assertThat(importing).as("files importing entities").isSubsetOf(STILL_IMPORTING_ENTITIES);
    assertThat(STILL_IMPORTING_ENTITIES)
        .as("files converted since: take them off the list")
        .isSubsetOf(importing);
  }

  static Stream<Path> javaFiles(Path root) {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(p -> p.toString().endsWith(".java")).sorted().toList().stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> lines(Path file) {
    try {
      return Files.readAllLines(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
