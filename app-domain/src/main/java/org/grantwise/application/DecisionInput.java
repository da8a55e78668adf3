package org.grantwise.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.grantwise.domain.model.assessment.Recommendation;

/**
 * A manager's decision: for an award the amounts per year, the start date and, when there is no
 * completed assessment, the reason to award without one.
 */
public record DecisionInput(
    Recommendation decision,
    List<YearAmount> awardedAmounts,
    LocalDate startDate,
    String reason,
    String conditions,
    String noAssessmentReason) {

  public record YearAmount(Integer year, BigDecimal amount) {}
}
