package org.grantwise.domain.model.assessment;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Two completed assessments of one application whose weighted totals differ by more than the
 * round's threshold: the decision waits for a moderated score, and nobody settles a disagreement
 * they are part of.
 */
public record Disagreement(
    String firstOfficer, BigDecimal firstTotal, String secondOfficer, BigDecimal secondTotal) {

  /**
   * The disagreement between the first two completed assessments (in the order they were started),
   * if their totals differ by more than the threshold.
   */
  public static Optional<Disagreement> among(List<Assessment> assessments, BigDecimal threshold) {
    List<Assessment> completed =
        assessments.stream().filter(a -> a.getStatus() == Assessment.Status.COMPLETED).toList();
    if (completed.size() < 2) {
      return Optional.empty();
    }
    Assessment first = completed.get(0);
    Assessment second = completed.get(1);
    if (first.getWeightedTotal().subtract(second.getWeightedTotal()).abs().compareTo(threshold)
        <= 0) {
      return Optional.empty();
    }
    return Optional.of(
        new Disagreement(
            first.getOfficer(),
            first.getWeightedTotal(),
            second.getOfficer(),
            second.getWeightedTotal()));
  }

  /** Whether the user wrote one of the two assessments. */
  public boolean involves(String username) {
    return username.equals(firstOfficer) || username.equals(secondOfficer);
  }

  /** Why the user may not record the moderated score, if they may not. */
  public Optional<String> whyNotModeratedBy(String username) {
    return involves(username)
        ? Optional.of(
            "You assessed this application, so you cannot settle the disagreement between its two"
                + " assessments: a manager, or a moderator who did not assess it, records the"
                + " moderated score")
        : Optional.empty();
  }
}
