package org.grantwise.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What an award letter says: the funded project, who it is for, the money and the conditions. */
public record AwardLetter(
    String projectRef,
    String applicationReference,
    String organisation,
    String organisationAddress,
    String roundName,
    String title,
    List<YearAmount> amounts,
    BigDecimal total,
    LocalDate startDate,
    String conditions,
    List<ReportDue> reportsDue,
    Instant releasedAt) {

  /** The grant for one year of the project. */
  public record YearAmount(int year, BigDecimal amount) {}

  /** One date of the monitoring plan. */
  public record ReportDue(LocalDate dueOn, String period) {}

  public AwardLetter {
    amounts = List.copyOf(amounts);
    reportsDue = List.copyOf(reportsDue);
  }
}
