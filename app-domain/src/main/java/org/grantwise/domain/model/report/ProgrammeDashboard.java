package org.grantwise.domain.model.report;

import java.math.BigDecimal;
import java.util.List;

/** The programme at a glance for managers: applications, money and awards. */
public record ProgrammeDashboard(
    List<StatusCount> applicationsByStatus,
    List<YearMoney> moneyByYear,
    List<AwardGroup> awardsByTheme,
    List<AwardGroup> awardsByModel,
    List<AwardGroup> awardsByArea,
    Returns returns) {

  /**
   * Monitoring returns over all funded projects: still to come, overdue (past due and not
   * submitted, including queried ones), submitted and waiting for an officer, and accepted.
   */
  public record Returns(long due, long overdue, long awaitingReview, long accepted) {}

  /** Applications of a round in one status. */
  public record StatusCount(String round, String status, long applications) {}

  /**
   * For one year of the projects: what was asked of the fund (submitted applications) and awarded.
   */
  public record YearMoney(int year, BigDecimal requested, BigDecimal awarded) {}

  /** Awards sharing a theme, model or area: how many and how much in total. */
  public record AwardGroup(String key, long awards, BigDecimal amount) {}

  /** Reads the figures; fund staff only. */
  public interface Queries {
    ProgrammeDashboard dashboard();
  }
}
