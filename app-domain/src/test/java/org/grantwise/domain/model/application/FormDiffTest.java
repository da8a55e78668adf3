package org.grantwise.domain.model.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.grantwise.domain.model.application.ApplicationFixtures.complete;

import java.math.BigDecimal;
import java.util.List;
import org.grantwise.domain.model.application.ApplicationForm.BudgetLine;
import org.grantwise.domain.model.application.ApplicationForm.BudgetYear;
import org.grantwise.domain.model.application.FormDiff.Change;
import org.junit.jupiter.api.Test;

class FormDiffTest {

  @Test
  void identicalFormsHaveNoChanges() {
    assertThat(FormDiff.between(complete(), complete())).isEmpty();
  }

  @Test
  void reportsEachChangedFieldByItsApiPath() {
    ApplicationForm changed =
        ApplicationRulesTest.withBudget(
            ApplicationRulesTest.withTitle(complete(), "Skills café plus"),
            List.of(
                new BudgetYear(
                    1,
                    List.of(new BudgetLine("STAFF", "Tutor", new BigDecimal("30000"))),
                    new BigDecimal("20000"))));
    assertThat(FormDiff.between(complete(), changed))
        .contains(
            new Change("title", "Skills café", "Skills café plus"),
            new Change("budget[1].requested", "25000", "20000"),
            new Change("budget[2].year", "2", null))
        .noneMatch(c -> c.field().equals("budget[1].lines[1].amount"));
  }
}
