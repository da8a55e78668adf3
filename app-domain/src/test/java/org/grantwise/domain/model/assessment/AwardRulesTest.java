package org.grantwise.domain.model.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.grantwise.domain.model.application.ApplicationForm;
import org.grantwise.domain.model.application.ApplicationForm.BudgetYear;
import org.grantwise.domain.model.round.FundingRound;
import org.grantwise.domain.model.shared.FieldError;
import org.junit.jupiter.api.Test;

class AwardRulesTest {

  private static final LocalDate DECIDED_ON = LocalDate.of(2026, 12, 2);

  /** A two-year budget (£50,000 then £20,000 asked) in a round of up to 3 years at £100,000. */
  private static final AwardRules.Limits LIMITS =
      AwardRules.limits(
          budget(
              new BudgetYear(1, List.of(), new BigDecimal("50000.00")),
              new BudgetYear(2, List.of(), new BigDecimal("20000.00"))),
          new FundingRound(
              "Round",
              DECIDED_ON.minusMonths(6),
              DECIDED_ON.minusMonths(1),
              new BigDecimal("100000.00"),
              3),
          DECIDED_ON);

  private static ApplicationForm budget(BudgetYear... years) {
    return new ApplicationForm(
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        List.of(years),
        null);
  }

  private static AwardRules.AwardedYear year(Integer year, String amount) {
    return new AwardRules.AwardedYear(year, amount == null ? null : new BigDecimal(amount));
  }

  private static List<FieldError> check(LocalDate start, AwardRules.AwardedYear... years) {
    return AwardRules.check(
        LIMITS, true, new AwardRules.Terms(List.of(years), start, "Strong plan", null, null));
  }

  private static List<String> fields(List<FieldError> problems) {
    return problems.stream().map(FieldError::field).toList();
  }

  @Test
  void anAwardWithinTheBudgetAndStartingNearTheDecisionIsAllowed() {
    assertThat(check(DECIDED_ON.plusMonths(4), year(1, "50000"), year(2, "19999.99"))).isEmpty();
    assertThat(check(DECIDED_ON, year(1, "1"))).as("the first year alone").isEmpty();
  }

  @Test
  void aYearTheBudgetDoesNotHaveIsRefusedWhateverTheRoundAllows() {
    // The penetration test's case: year 3 of a two-year budget, £100,000 against nothing asked.
    List<FieldError> problems =
        check(DECIDED_ON, year(1, "50000"), year(2, "20000"), year(3, "100000"));
    assertThat(problems)
        .containsExactly(
            new FieldError(
                "awardedAmounts[3].year",
                "There is no year 3 in the application's budget: it asks for years 1 and 2"));
  }

  @Test
  void eachYearIsAtMostWhatWasAskedForThatYear() {
    assertThat(check(DECIDED_ON, year(1, "50000"), year(2, "20000.01")))
        .containsExactly(
            new FieldError(
                "awardedAmounts[2].amount",
                "The award for year 2 must be at most the £20000 requested for that year"));
  }

  @Test
  void yearsAreWholeGivenOnceWithinTheRoundAndRunOnFromYearOne() {
    assertThat(fields(check(DECIDED_ON, year(null, "10"), year(0, "10"))))
        .containsExactly("awardedAmounts[1].year", "awardedAmounts[2].year");
    assertThat(fields(check(DECIDED_ON, year(1, "10"), year(1, "10"))))
        .containsExactly("awardedAmounts[2].year");
    assertThat(check(DECIDED_ON, year(4, "10")))
        .extracting(FieldError::message)
        .containsExactly("This round funds up to 3 years: there is no year 4");
    assertThat(check(DECIDED_ON, year(2, "10")))
        .containsExactly(
            new FieldError(
                "awardedAmounts",
                "The years of an award run on from year 1: give an amount for year 1 too"));
    assertThat(check(DECIDED_ON))
        .containsExactly(new FieldError("awardedAmounts", "Give the amount awarded for each year"));
  }

  @Test
  void amountsArePositivePoundsAndPence() {
    assertThat(fields(check(DECIDED_ON, year(1, "0"), year(2, "-5"))))
        .containsExactly("awardedAmounts[1].amount", "awardedAmounts[2].amount");
    assertThat(check(DECIDED_ON, year(1, "10.001")))
        .extracting(FieldError::message)
        .containsExactly("Give the amount in pounds and pence");
    assertThat(fields(check(DECIDED_ON, year(1, null))))
        .containsExactly("awardedAmounts[1].amount");
  }

  @Test
  void theStartDateIsWithinTwelveMonthsEitherSideOfTheDecisionDate() {
    assertThat(check(DECIDED_ON.minusMonths(12), year(1, "10"))).isEmpty();
    assertThat(check(DECIDED_ON.plusMonths(12), year(1, "10"))).isEmpty();
    for (LocalDate outside :
        List.of(
            LocalDate.of(1901, 1, 1),
            LocalDate.of(2999, 1, 1),
            DECIDED_ON.minusMonths(12).minusDays(1),
            DECIDED_ON.plusMonths(12).plusDays(1))) {
      assertThat(check(outside, year(1, "10")))
          .as(outside.toString())
          .containsExactly(
              new FieldError(
                  "startDate",
                  "The start date must be within 12 months of the decision date: from 2025-12-02"
                      + " to 2027-12-02"));
    }
    assertThat(fields(check(null, year(1, "10")))).containsExactly("startDate");
  }

  @Test
  void anAwardNeedsACompletedAssessmentOrARecordedReasonToAwardWithoutOne() {
    List<AwardRules.AwardedYear> amounts = List.of(year(1, "10"));
    assertThat(
            AwardRules.check(
                LIMITS, false, new AwardRules.Terms(amounts, DECIDED_ON, "Strong plan", null, " ")))
        .extracting(FieldError::field)
        .as("the award's own reason is not a reason to skip the assessment")
        .containsExactly("noAssessmentReason");
    assertThat(
            AwardRules.check(
                LIMITS,
                false,
                new AwardRules.Terms(amounts, DECIDED_ON, null, null, "Panel agreed, officer ill")))
        .isEmpty();
    assertThat(
            AwardRules.check(
                LIMITS, true, new AwardRules.Terms(amounts, DECIDED_ON, null, null, "Not needed")))
        .extracting(FieldError::field)
        .containsExactly("noAssessmentReason");
  }

  @Test
  void textsFitTheirColumns() {
    String long4001 = "x".repeat(4001);
    assertThat(
            AwardRules.check(
                LIMITS,
                false,
                new AwardRules.Terms(
                    List.of(year(1, "10")), DECIDED_ON, long4001, long4001, long4001)))
        .extracting(FieldError::field)
        .containsExactly("reason", "conditions", "noAssessmentReason");
  }

  @Test
  void theLimitsSayWhatEachYearMayHave() {
    assertThat(LIMITS.years()).containsExactly(1, 2);
    assertThat(LIMITS.requestedFor(1))
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("50000"));
    assertThat(LIMITS.requestedFor(3)).isEmpty();
    assertThat(LIMITS.earliestStart()).isEqualTo(LocalDate.of(2025, 12, 2));
    assertThat(LIMITS.latestStart()).isEqualTo(LocalDate.of(2027, 12, 2));
  }
}
