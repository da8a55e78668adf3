package org.grantwise.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.grantwise.domain.model.assessment.Recommendation;

/** A manager's decision: for an award the amounts per year and the start date. */
public record DecisionInput(
    Recommendation decision,
    List<YearAmount> awardedAmounts,
    LocalDate startDate,
    String reason,
    String conditions) {

  public record YearAmount(Integer year, BigDecimal amount) {}
}
