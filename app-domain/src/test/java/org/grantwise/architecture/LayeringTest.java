package org.grantwise.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The layering rules of issue 14 that this module can keep by itself, checked on the source tree (a
 * plain scan, so no extra test library): the domain model names nothing outside itself.
 */
class LayeringTest {

  private static final Path MAIN = Path.of("src/main/java/org/grantwise");

  private static final Path TEST = Path.of("src/test/java/org/grantwise");

  @Test
  void theDomainModelNamesNoInfrastructureAndNoInterfaces() {
    assertThat(MAIN.resolve("domain")).as("run from the module's folder").isDirectory();
    List<String> offending =
        Stream.concat(javaFiles(MAIN.resolve("domain")), javaFiles(TEST.resolve("domain")))
            .flatMap(
                file ->
                    lines(file).stream()
                        .filter(
                            line ->
                                line.contains("org.grantwise.infrastructure")
                                    || line.contains("org.grantwise.interfaces"))
                        .map(line -> file + ": " + line.strip()))
            .toList();
    assertThat(offending).isEmpty();
  }

  /** The most lines an application service may have. */
  private static final int LONGEST_SERVICE = 350;

  @Test
  void noApplicationServiceIsLongerThan350Lines() {
    assertThat(MAIN.resolve("application")).as("run from the module's folder").isDirectory();
    List<String> tooLong =
        javaFiles(MAIN.resolve("application"))
            .filter(file -> lines(file).size() > LONGEST_SERVICE)
            .map(file -> file + ": " + lines(file).size() + " lines")
            .toList();
    assertThat(tooLong).isEmpty();
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
