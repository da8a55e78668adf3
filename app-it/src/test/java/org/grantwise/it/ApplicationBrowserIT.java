package org.grantwise.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.grantwise.it.support.Browser;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * An applicant fills in every section over two sign-ins, meets validation, submits, and finds the
 * application on their dashboard — in a real browser through the real Keycloak login.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApplicationBrowserIT {

  @Test
  void anApplicantFillsEverySectionOverTwoSessionsAndSubmits() {
    String applicationPath;
    String reference;
    try (Browser browser = Browser.open()) {
      WebDriver d = browser.driver();
      browser.signIn("anchor1");
      d.findElement(By.xpath("//input[starts-with(@value, 'Start a new application')]")).click();
      assertThat(browser.heading()).isEqualTo("Your application");
      applicationPath = browser.path();
      reference = d.findElement(By.id("reference")).getText();
      assertThat(reference).matches("GW-\\d{4}-\\d{5}");
      assertThat(taskStatus(d, "PROJECT")).isEqualTo("Not started");
      browser.assertAccessible();

      // Project, first with a mistake: the error summary takes focus and links to the field.
      d.findElement(By.linkText("Project")).click();
      type(d, "title", "Skills café <b>for all</b>");
      type(d, "summary", "A weekly café where residents learn digital skills.");
      type(d, "needAddressed", "Many residents cannot apply for jobs online.");
      type(d, "areaServed", "Dundee East");
      type(d, "targetGroups", "Unemployed adults\nOlder residents");
      type(d, "startDate", "1/4/2027");
      type(d, "durationMonths", "twelve");
      choose(d, "primaryTheme", "TRAINING_UPSKILLING");
      choose(d, "priorities", "TACKLING_POVERTY");
      d.findElement(By.id("save")).click();
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
      d.findElement(By.id("save")).click();
      assertThat(taskStatus(d, "PROJECT")).isEqualTo("Completed");

      d.findElement(By.linkText("Co-production")).click();
      choose(d, "coProductionModel", "PROGRESSION");
      type(d, "coProduction_needsAssessment", "Door-to-door survey with residents");
      type(d, "coProduction_coDesign", "Residents' panel designs the sessions");
      browser.assertAccessible();
      d.findElement(By.id("save")).click();
      assertThat(taskStatus(d, "CO_PRODUCTION")).isEqualTo("In progress");
      browser.signOut();
    }

    // A second session: the draft is where it was left.
    try (Browser browser = Browser.open()) {
      WebDriver d = browser.driver();
      browser.signIn("anchor1");
      d.findElement(By.linkText(reference)).click();
      assertThat(browser.path()).isEqualTo(applicationPath);
      assertThat(taskStatus(d, "PROJECT")).isEqualTo("Completed");

      d.findElement(By.linkText("Co-production")).click();
      assertThat(d.findElement(By.id("coProduction_coDesign")).getAttribute("value"))
          .isEqualTo("Residents' panel designs the sessions");
      type(d, "coProduction_coDelivery", "Former learners become volunteer tutors");
      type(d, "coProduction_jointEvaluation", "Twice-yearly review with learners");
      choose(d, "coProduction_currentLevel", "CONSULTED");
      choose(d, "coProduction_targetLevel", "CO_DELIVERY");
      d.findElement(By.id("save")).click();

      d.findElement(By.linkText("Behaviour change")).click();
      type(d, "behaviourChange_capability", "Digital skills courses");
      type(d, "behaviourChange_opportunity", "Work placements with partners");
      type(d, "behaviourChange_motivation", "Peer mentors and certificates");
      type(d, "behaviourChange_focus_capability", "50");
      type(d, "behaviourChange_focus_opportunity", "30");
      type(d, "behaviourChange_focus_motivation", "20");
      d.findElement(By.id("save")).click();

      d.findElement(By.linkText("Theory of change")).click();
      choose(d, "theoryOfChange_contexts", "MADE_WELCOME");
      choose(d, "theoryOfChange_mechanisms", "CONFIDENCE");
      choose(d, "theoryOfChange_shortTermOutcomes", "SKILLS_KNOWLEDGE");
      choose(d, "theoryOfChange_longTermOutcomes", "EMPLOYMENT");
      type(
          d,
          "theoryOfChange_rationale",
          "A welcome builds confidence, which leads to skills and jobs.");
      browser.assertAccessible();
      d.findElement(By.id("save")).click();

      d.findElement(By.linkText("Partners")).click();
      d.findElement(By.id("add-partner")).click();
      type(d, "partners:0:name", "Dundee Job Centre");
      new Select(d.findElement(By.id("partners:0:role"))).selectByValue("REFERRAL");
      type(d, "partners:0:contact", "jobs@example.org");
      browser.assertAccessible();
      d.findElement(By.id("save")).click();

      d.findElement(By.linkText("Budget")).click();
      d.findElement(By.id("add-year")).click();
      new Select(d.findElement(By.id("budget:0:lines:0:category"))).selectByValue("STAFF");
      type(d, "budget:0:lines:0:description", "Tutor, part time");
      type(d, "budget:0:lines:0:amount", "£12,000");
      type(d, "budget:0:requested", "10000");
      browser.assertAccessible();
      d.findElement(By.id("save")).click();

      for (String section :
          List.of(
              "PROJECT",
              "CO_PRODUCTION",
              "BEHAVIOUR_CHANGE",
              "THEORY_OF_CHANGE",
              "PARTNERS",
              "BUDGET")) {
        assertThat(taskStatus(d, section)).as(section).isEqualTo("Completed");
      }

      d.findElement(By.linkText("Check your answers and submit")).click();
      assertThat(browser.heading()).isEqualTo("Check your answers before submitting");
      assertThat(browser.visibleText())
          .contains(
              "Skills café <b>for all</b>",
              "Training and upskilling",
              "Dundee Job Centre",
              "£10,000.00");
      browser.assertAccessible();
      d.findElement(By.id("submit")).click();
      assertThat(d.findElement(By.id("error-summary")).getText())
          .contains("Confirm the declarations to submit");
      d.findElement(By.id("declarations_accepted")).click();
      d.findElement(By.id("submit")).click();

      assertThat(browser.heading()).isEqualTo("Application submitted");
      assertThat(d.findElement(By.id("submitted-reference")).getText()).isEqualTo(reference);
      assertThat(d.findElement(By.id("status")).getText()).isEqualTo("Submitted");
      browser.assertAccessible();

      d.findElement(By.linkText("Back to your applications")).click();
      WebElement row =
          d.findElement(
              By.xpath("//table[@id='applications']//tr[td/a[text()='" + reference + "']]"));
      assertThat(row.getText()).contains("Skills café <b>for all</b>", "Submitted");
    }

    // Another organisation's applicant is told there is no such page.
    try (Browser browser = Browser.open()) {
      browser.signIn("anchor2").visit(applicationPath);
      assertThat(browser.heading()).isEqualTo("Page not found");
      assertThat(browser.visibleText()).doesNotContain("Skills café");
    }
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
