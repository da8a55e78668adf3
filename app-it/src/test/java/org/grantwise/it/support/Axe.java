package org.grantwise.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/** Runs axe-core (the npm package) in the page and fails on serious or critical WCAG problems. */
public final class Axe {

  private static final String RUN =
      """
      const done = arguments[arguments.length - 1];
      axe.run(document, {runOnly: {type: 'tag',
          values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}})
        .then(r => done(JSON.stringify(r.violations.map(v => ({
            id: v.id, impact: v.impact, help: v.help,
            nodes: v.nodes.slice(0, 5).map(n => n.target.join(' '))})))))
        .catch(e => done(JSON.stringify([{id: 'axe-error', impact: 'critical',
            help: String(e), nodes: []}])));
      """;

  private static String source;

  private Axe() {}

  public static void assertNoSeriousViolations(WebDriver driver) {
    JavascriptExecutor js = (JavascriptExecutor) driver;
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    js.executeScript(axeSource());
    String result = (String) js.executeAsyncScript(RUN);
    JsonArray violations = TestEnv.json(result).asJsonArray();
    List<String> serious =
        violations.stream()
            .map(JsonValue::asJsonObject)
            .filter(v -> List.of("serious", "critical").contains(v.getString("impact", "")))
            .map(Axe::describe)
            .collect(Collectors.toList());
    assertThat(serious)
        .as("serious or critical WCAG 2.2 A/AA violations on %s", driver.getCurrentUrl())
        .isEmpty();
  }

  private static String describe(JsonObject violation) {
    return violation.getString("impact")
        + " "
        + violation.getString("id")
        + ": "
        + violation.getString("help")
        + " at "
        + violation.getJsonArray("nodes");
  }

  private static synchronized String axeSource() {
    if (source == null) {
      try {
        source = Files.readString(TestEnv.AXE);
      } catch (IOException e) {
        throw new UncheckedIOException(
            "axe-core is missing at " + TestEnv.AXE + " (./grantwise test-env up fetches it)", e);
      }
    }
    return source;
  }
}
