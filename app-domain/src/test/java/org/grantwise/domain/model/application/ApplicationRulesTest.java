package org.grantwise.domain.model.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.grantwise.domain.model.application.ApplicationFixtures.ROUND;
import static org.grantwise.domain.model.application.ApplicationFixtures.TODAY;
import static org.grantwise.domain.model.application.ApplicationFixtures.VOCABULARIES;
import static org.grantwise.domain.model.application.ApplicationFixtures.complete;

import java.math.BigDecimal;
import java.util.List;
import org.grantwise.domain.model.application.ApplicationForm.BehaviourChange;
import org.grantwise.domain.model.application.ApplicationForm.BudgetLine;
import org.grantwise.domain.model.application.ApplicationForm.BudgetYear;
import org.grantwise.domain.model.application.ApplicationForm.Focus;
import org.grantwise.domain.model.shared.FieldError;
import org.junit.jupiter.api.Test;

class ApplicationRulesTest {

  @Test
  void aCompleteApplicationHasNoProblems() {
    assertThat(ApplicationRules.checkComplete(complete(), ROUND, TODAY, VOCABULARIES)).isEmpty();
  }

  @Test
  void anEmptyDraftIsWellFormedButFarFromComplete() {
    ApplicationForm empty = ApplicationForm.empty();
    assertThat(ApplicationRules.checkFormat(empty, VOCABULARIES)).isEmpty();
    List<FieldError> problems = ApplicationRules.checkComplete(empty, ROUND, TODAY, VOCABULARIES);
    assertThat(problems)
        .extracting(FieldError::field)
        .contains(
            "title",
            "primaryTheme",
            "coProductionModel",
            "coProduction.needsAssessment",
            "behaviourChange.focus",
            "theoryOfChange.contexts",
            "partners",
            "budget",
            "declarations.accepted");
  }

  @Test
  void unknownCodesAreRefusedAtSave() {
    ApplicationForm form = withTheme(complete(), "NOT_A_THEME");
    assertThat(ApplicationRules.checkFormat(form, VOCABULARIES))
        .containsExactly(new FieldError("primaryTheme", "Select a theme from the list"));
  }

  @Test
  void overLongTextIsRefusedAtSave() {
    ApplicationForm form = withTitle(complete(), "x".repeat(201));
    assertThat(ApplicationRules.checkFormat(form, VOCABULARIES))
        .extracting(FieldError::field)
        .containsExactly("title");
  }

  @Test
  void negativeAndFractionalPennyAmountsAreRefused() {
    ApplicationForm form =
        withBudget(
            complete(),
            List.of(
                new BudgetYear(
                    1,
                    List.of(new BudgetLine("STAFF", "Tutor", new BigDecimal("-1"))),
                    new BigDecimal("10.001"))));
    assertThat(ApplicationRules.checkFormat(form, VOCABULARIES))
        .extracting(FieldError::field)
        .containsExactly("budget[1].requested", "budget[1].lines[1].amount");
  }

  @Test
  void theRequestPerYearMayNotExceedTheRoundsMaximum() {
    ApplicationForm form =
        withBudget(
            complete(),
            List.of(
                new BudgetYear(
                    1,
                    List.of(new BudgetLine("STAFF", "Tutors", new BigDecimal("90000"))),
                    new BigDecimal("50000.01"))));
    assertThat(ApplicationRules.checkComplete(form, ROUND, TODAY, VOCABULARIES))
        .containsExactly(
            new FieldError(
                "budget[1].requested", "The amount requested for year 1 must be £50000 or less"));
  }

  @Test
  void theRequestMayNotExceedThatYearsCosts() {
    ApplicationForm form =
        withBudget(
            complete(),
            List.of(
                new BudgetYear(
                    1,
                    List.of(new BudgetLine("STAFF", "Tutor", new BigDecimal("100"))),
                    new BigDecimal("101"))));
    assertThat(ApplicationRules.checkComplete(form, ROUND, TODAY, VOCABULARIES))
        .extracting(FieldError::field)
        .containsExactly("budget[1].requested");
  }

  @Test
  void theFocusMustAddUpTo100() {
    ApplicationForm c = complete();
    ApplicationForm form =
        new ApplicationForm(
            c.title(),
            c.summary(),
            c.needAddressed(),
            c.areaServed(),
            c.targetGroups(),
            c.startDate(),
            c.durationMonths(),
            c.priorities(),
            c.primaryTheme(),
            c.secondaryThemes(),
            c.domains(),
            c.coProductionModel(),
            c.coProduction(),
            new BehaviourChange("a", "b", "c", new Focus(50, 30, 30)),
            c.theoryOfChange(),
            c.partners(),
            c.budget(),
            c.declarations());
    assertThat(ApplicationRules.checkComplete(form, ROUND, TODAY, VOCABULARIES))
        .containsExactly(
            new FieldError("behaviourChange.focus", "The balance of focus must add up to 100%"));
  }

  @Test
  void aClosedRoundRefusesSubmissions() {
    assertThat(
            ApplicationRules.checkComplete(
                complete(), ROUND, ROUND.getClosesOn().plusDays(1), VOCABULARIES))
        .extracting(FieldError::field)
        .containsExactly("roundId");
  }

  @Test
  void everyProblemBelongsToASection() {
    for (FieldError problem :
        ApplicationRules.checkComplete(ApplicationForm.empty(), ROUND, TODAY, VOCABULARIES)) {
      if (!problem.field().equals("roundId")) {
        assertThat(Section.of(problem.field())).isNotNull();
      }
    }
  }

  static ApplicationForm withTheme(ApplicationForm c, String theme) {
    return new ApplicationForm(
        c.title(),
        c.summary(),
        c.needAddressed(),
        c.areaServed(),
        c.targetGroups(),
        c.startDate(),
        c.durationMonths(),
        c.priorities(),
        theme,
        List.of(),
        c.domains(),
        c.coProductionModel(),
        c.coProduction(),
        c.behaviourChange(),
        c.theoryOfChange(),
        c.partners(),
        c.budget(),
        c.declarations());
  }

  static ApplicationForm withTitle(ApplicationForm c, String title) {
    return new ApplicationForm(
        title,
        c.summary(),
        c.needAddressed(),
        c.areaServed(),
        c.targetGroups(),
        c.startDate(),
        c.durationMonths(),
        c.priorities(),
        c.primaryTheme(),
        c.secondaryThemes(),
        c.domains(),
        c.coProductionModel(),
        c.coProduction(),
        c.behaviourChange(),
        c.theoryOfChange(),
        c.partners(),
        c.budget(),
        c.declarations());
  }

  static ApplicationForm withBudget(ApplicationForm c, List<BudgetYear> budget) {
    return new ApplicationForm(
        c.title(),
        c.summary(),
        c.needAddressed(),
        c.areaServed(),
        c.targetGroups(),
        c.startDate(),
        c.durationMonths(),
        c.priorities(),
        c.primaryTheme(),
        c.secondaryThemes(),
        c.domains(),
        c.coProductionModel(),
        c.coProduction(),
        c.behaviourChange(),
        c.theoryOfChange(),
        c.partners(),
        budget,
        c.declarations());
  }
}
