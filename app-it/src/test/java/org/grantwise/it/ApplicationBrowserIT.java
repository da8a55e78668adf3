package org.grantwise.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.grantwise.it.support.Browser;
import org.grantwise.it.support.Fixtures;
import org.grantwise.it.support.TestEnv;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An applicant fills in every section over two sign-ins, meets validation, submits, and finds the
 * application on their dashboard — in a real browser through the real Keycloak login.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApplicationBrowserIT {

  @Test
  void anApplicantFillsEverySectionOverTwoSessionsAndSubmits() throws IOException {
    String applicationPath;
    String reference;
    try (Browser browser = Fixtures.signedIn("anchor1")) {
      WebDriver d = browser.driver();
      browser.clickAndWait(By.partialLinkText("Start a new application"));
      assertThat(browser.heading()).isEqualTo("Check you can apply");
      // Not eligible first: the reasons are given before any time is spent on the form.
      d.findElement(By.cssSelector("input[name='basedInScotland'][value='false']")).click();
      type(d, "amountPerYear", "60000");
      type(d, "years", "2");
      browser.clickAndWait(By.id("check"));
      assertThat(d.findElement(By.id("not-eligible")).getText())
          .contains(
              "communities in Scotland",
              "up to £50,000 a year",
              "tackling poverty or social inclusion");
      browser.assertAccessible();
      d.findElement(By.cssSelector("input[name='basedInScotland'][value='true']")).click();
      type(d, "amountPerYear", "£25,000");
      choose(d, "priorities", "SOCIAL_INCLUSION");
      browser.clickAndWait(By.id("check"));
      assertThat(d.findElement(By.id("eligible")).getText()).contains("You can apply");
      browser.clickAndWait(By.id("start"));
      assertThat(browser.heading()).isEqualTo("Your application");
      applicationPath = browser.path();
      reference = d.findElement(By.id("reference")).getText();
      assertThat(reference).matches("GW-\\d{4}-\\d{5}");
      assertThat(taskStatus(d, "PROJECT")).isEqualTo("Not started");
      browser.assertAccessible();

      // Project, first with a mistake: the error summary takes focus and links to the field.
      browser.clickAndWait(By.linkText("Project"));
      type(d, "title", "Skills café <b>for all</b>");
      type(d, "summary", "A weekly café where residents learn digital skills.");
      type(d, "needAddressed", "Many residents cannot apply for jobs online.");
      type(d, "areaServed", "Dundee East");
      type(d, "targetGroups", "Unemployed adults\nOlder residents");
      type(d, "startDate", "1/4/2027");
      type(d, "durationMonths", "twelve");
      choose(d, "primaryTheme", "TRAINING_UPSKILLING");
      choose(d, "priorities", "TACKLING_POVERTY");
      browser.clickAndWait(By.id("save"));
      assertThat(d.findElement(By.id("error-summary")).getText())
          .contains("There is a problem", "Duration must be a whole number, like 12");
      assertThat(d.switchTo().activeElement().getAttribute("id")).isEqualTo("error-summary");
      assertThat(d.getTitle()).startsWith("Error: ");
      assertThat(d.findElement(By.id("title")).getAttribute("value"))
          .as("what was typed is kept")
          .isEqualTo("Skills café <b>for all</b>");
      browser.assertAccessible();
      d.findElement(By.linkText("Duration must be a whole number, like 12")).click();
      assertThat(d.switchTo().activeElement().getAttribute("id")).isEqualTo("durationMonths");
      type(d, "durationMonths", "12");
      saveAndReturn(browser);
      assertThat(taskStatus(d, "PROJECT")).isEqualTo("Completed");

      browser.clickAndWait(By.linkText("Co-production"));
      choose(d, "coProductionModel", "PROGRESSION");
      type(d, "coProduction_needsAssessment", "Door-to-door survey with residents");
      type(d, "coProduction_coDesign", "Residents' panel designs the sessions");
      browser.assertAccessible();
      // No explicit save: the page saves by itself shortly after a change (every 2 s in tests).
      new WebDriverWait(d, Duration.ofSeconds(20))
          .until(x -> x.findElement(By.id("autosave-status")).getText().startsWith("Saved at"));
      browser.clickAndWait(By.linkText("Back to the task list without saving"));
      assertThat(taskStatus(d, "CO_PRODUCTION")).isEqualTo("In progress");
      browser.signOut();
    }

    // A second session: the draft is where it was left.
    try (Browser browser = Fixtures.signedIn("anchor1")) {
      WebDriver d = browser.driver();
      browser.clickAndWait(By.linkText(reference));
      assertThat(browser.path()).isEqualTo(applicationPath);
      assertThat(taskStatus(d, "PROJECT")).isEqualTo("Completed");

      browser.clickAndWait(By.linkText("Co-production"));
      assertThat(d.findElement(By.id("coProduction_coDesign")).getAttribute("value"))
          .isEqualTo("Residents' panel designs the sessions");
      type(d, "coProduction_coDelivery", "Former learners become volunteer tutors");
      type(d, "coProduction_jointEvaluation", "Twice-yearly review with learners");
      choose(d, "coProduction_currentLevel", "CONSULTED");
      choose(d, "coProduction_targetLevel", "CO_DELIVERY");
      saveAndReturn(browser);

      browser.clickAndWait(By.linkText("Behaviour change"));
      type(d, "behaviourChange_capability", "Digital skills courses");
      type(d, "behaviourChange_opportunity", "Work placements with partners");
      type(d, "behaviourChange_motivation", "Peer mentors and certificates");
      type(d, "behaviourChange_focus_capability", "50");
      type(d, "behaviourChange_focus_opportunity", "30");
      type(d, "behaviourChange_focus_motivation", "20");
      saveAndReturn(browser);

      browser.clickAndWait(By.linkText("Theory of change"));
      choose(d, "theoryOfChange_contexts", "MADE_WELCOME");
      choose(d, "theoryOfChange_mechanisms", "CONFIDENCE");
      choose(d, "theoryOfChange_shortTermOutcomes", "SKILLS_KNOWLEDGE");
      choose(d, "theoryOfChange_longTermOutcomes", "EMPLOYMENT");
      type(
          d,
          "theoryOfChange_rationale",
          "A welcome builds confidence, which leads to skills and jobs.");
      browser.assertAccessible();
      saveAndReturn(browser);

      browser.clickAndWait(By.linkText("Partners"));
      browser.clickAndWait(By.id("add-partner"));
      type(d, "partners:0:name", "Dundee Job Centre");
      new Select(d.findElement(By.id("partners:0:role"))).selectByValue("REFERRAL");
      type(d, "partners:0:contact", "jobs@example.org");
      browser.assertAccessible();
      saveAndReturn(browser);

      browser.clickAndWait(By.linkText("Budget"));
      browser.clickAndWait(By.id("add-year"));
      new Select(d.findElement(By.id("budget:0:lines:0:category"))).selectByValue("STAFF");
      type(d, "budget:0:lines:0:description", "Tutor, part time");
      type(d, "budget:0:lines:0:amount", "£12,000");
      type(d, "budget:0:requested", "10000");
      browser.assertAccessible();
      saveAndReturn(browser);

      browser.clickAndWait(By.linkText("Supporting documents"));
      Path notAPdf = Files.createTempFile("minutes", ".pdf");
      Files.writeString(notAPdf, "<script>alert(1)</script>");
      choose(d, "kind", "OTHER");
      d.findElement(By.id("file")).sendKeys(notAPdf.toString());
      browser.clickAndWait(By.id("upload"));
      assertThat(d.findElement(By.id("error-summary")).getText()).contains("must be a PDF");
      for (String kind : List.of("GOVERNING_DOCUMENT", "ACCOUNTS", "SAFEGUARDING_POLICY")) {
        Path pdf = Files.createTempFile(kind.toLowerCase(), ".pdf");
        Files.write(pdf, Fixtures.PDF);
        choose(d, "kind", kind);
        d.findElement(By.id("file")).sendKeys(pdf.toString());
        browser.clickAndWait(By.id("upload"));
        assertThat(d.findElements(By.id("error-summary"))).as("uploading %s", kind).isEmpty();
      }
      assertThat(d.findElement(By.id("documents")).getText())
          .contains("Governing document", "Latest accounts", "Safeguarding policy");
      browser.assertAccessible();
      saveAndReturn(browser);

      for (String section :
          List.of(
              "PROJECT",
              "CO_PRODUCTION",
              "BEHAVIOUR_CHANGE",
              "THEORY_OF_CHANGE",
              "PARTNERS",
              "BUDGET",
              "DOCUMENTS")) {
        assertThat(taskStatus(d, section)).as(section).isEqualTo("Completed");
      }

      browser.clickAndWait(By.linkText("Check your answers and submit"));
      assertThat(browser.heading()).isEqualTo("Check your answers before submitting");
      assertThat(browser.visibleText())
          .contains(
              "Skills café <b>for all</b>",
              "Training and upskilling",
              "Dundee Job Centre",
              "£10,000.00");
      browser.assertAccessible();
      browser.clickAndWait(By.id("submit"));
      assertThat(d.findElement(By.id("error-summary")).getText())
          .contains("Confirm the declarations to submit");
      d.findElement(By.id("declarations_accepted")).click();
      browser.clickAndWait(By.id("submit"));

      assertThat(browser.heading()).isEqualTo("Application submitted");
      assertThat(d.findElement(By.id("submitted-reference")).getText()).isEqualTo(reference);
      assertThat(d.findElement(By.id("status")).getText()).isEqualTo("Submitted");
      browser.assertAccessible();

      browser.clickAndWait(By.linkText("Back to your applications"));
      browser.clickAndWait(By.linkText(reference));
      browser.clickAndWait(By.id("versions-link"));
      assertThat(d.findElement(By.id("versions")).getText()).contains("Version 1", "anchor1");
      assertThat(d.findElement(By.id("no-changes")).getText())
          .contains("No changes since version 1");
      browser.assertAccessible();
      browser.clickAndWait(By.linkText("Back to the application"));
      browser.clickAndWait(By.id("print-link"));
      assertThat(browser.heading()).isEqualTo("Application " + reference);
      assertThat(browser.visibleText())
          .contains(
              "Dundee Job Centre",
              "Former learners become volunteer tutors",
              "Safeguarding policy");
      browser.assertAccessible();
      browser.visit("/applicant/index.xhtml");
      WebElement row =
          d.findElement(
              By.xpath("//table[@id='applications']//tr[td/a[text()='" + reference + "']]"));
      assertThat(row.getText()).contains("Skills café <b>for all</b>", "Submitted", "by anchor1");
    }

    // Another organisation's applicant is told there is no such page.
    try (Browser browser = Browser.open()) {
      browser.signIn("anchor2").visit(applicationPath);
      assertThat(browser.heading()).isEqualTo("Page not found");
      assertThat(browser.visibleText()).doesNotContain("Skills café");
    }
  }

  @Test
  void withdrawingAsksForConfirmationFirstAndIsFinal() {
    long id =
        Fixtures.draftApplication(
            TestEnv.token("anchor2"),
            jakarta.json.Json.createObjectBuilder().add("title", "Community fridge").build());

    try (Browser browser = Browser.open()) {
      WebDriver d = browser.driver();
      browser.signIn("anchor2").visit("/applicant/application.xhtml?id=" + id);
      browser.clickAndWait(By.id("withdraw"));
      assertThat(d.findElement(By.id("confirm-withdrawal")).getText())
          .contains("Are you sure", "cannot be submitted again");
      browser.assertAccessible();
      browser.clickAndWait(By.id("cancel-withdraw"));
      assertThat(d.findElement(By.id("status")).getText()).isEqualTo("Draft");

      browser.clickAndWait(By.id("withdraw"));
      type(d, "withdrawal-reason", "Funded elsewhere");
      browser.clickAndWait(By.id("confirm-withdraw"));
      assertThat(d.findElement(By.id("status")).getText()).isEqualTo("Withdrawn");
      assertThat(d.findElements(By.id("withdraw"))).isEmpty();
      assertThat(d.findElements(By.linkText("Project"))).as("no section can be edited").isEmpty();
    }
  }

  /** Saves a section and expects to be back on the task list; says what the page showed if not. */
  private static void saveAndReturn(Browser browser) {
    browser.clickAndWait(By.id("save"));
    assertThat(browser.heading())
        .as("after saving, the page said: %s", browser.visibleText())
        .isEqualTo("Your application");
  }

  private static String taskStatus(WebDriver d, String section) {
    return d.findElement(By.cssSelector("#task-list [data-section='" + section + "']")).getText();
  }

  private static void type(WebDriver d, String id, String text) {
    WebElement field = d.findElement(By.id(id));
    field.clear();
    field.sendKeys(text);
  }

  private static void choose(WebDriver d, String name, String value) {
    WebElement option =
        d.findElement(By.cssSelector("input[name='" + name + "'][value='" + value + "']"));
    if (!option.isSelected()) {
      option.click();
    }
  }
}
