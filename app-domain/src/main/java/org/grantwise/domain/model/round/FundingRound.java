package org.grantwise.domain.model.round;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A funding round: open between two dates, for up to a sum a year over up to three years. */
@Entity
@Table(name = "funding_round")
public class FundingRound {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String name;

  @Column(name = "opens_on")
  private LocalDate opensOn;

  @Column(name = "closes_on")
  private LocalDate closesOn;

  @Column(name = "max_per_year")
  private BigDecimal maxPerYear;

  @Column(name = "max_years")
  private int maxYears;

  @Column(name = "self_assignment")
  private boolean selfAssignment;

  @Column(name = "moderation_threshold")
  private BigDecimal moderationThreshold = new BigDecimal("15");

  @Version private long version;

  protected FundingRound() {}

  public FundingRound(
      String name, LocalDate opensOn, LocalDate closesOn, BigDecimal maxPerYear, int maxYears) {
    if (closesOn.isBefore(opensOn)) {
      throw new IllegalArgumentException("A round must close on or after the day it opens");
    }
    if (maxPerYear.signum() <= 0) {
      throw new IllegalArgumentException("The maximum a year must be more than zero");
    }
    if (maxYears < 1 || maxYears > 3) {
      throw new IllegalArgumentException("A round funds projects for 1 to 3 years");
    }
    this.name = name;
    this.opensOn = opensOn;
    this.closesOn = closesOn;
    this.maxPerYear = maxPerYear;
    this.maxYears = maxYears;
  }

  /** The status on a given day; a round is open up to and including its closing day. */
  public RoundStatus statusOn(LocalDate day) {
    if (day.isBefore(opensOn)) {
      return RoundStatus.UPCOMING;
    }
    return day.isAfter(closesOn) ? RoundStatus.CLOSED : RoundStatus.OPEN;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public LocalDate getOpensOn() {
    return opensOn;
  }

  public LocalDate getClosesOn() {
    return closesOn;
  }

  public BigDecimal getMaxPerYear() {
    return maxPerYear;
  }

  public int getMaxYears() {
    return maxYears;
  }

  /** Whether officers may assign applications of this round to themselves. */
  public boolean isSelfAssignment() {
    return selfAssignment;
  }

  /** How far apart (in weighted-total points) two assessments may be before moderation. */
  public BigDecimal getModerationThreshold() {
    return moderationThreshold;
  }
}
