package org.grantwise.domain.model.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.grantwise.domain.model.application.GrantApplication;
import org.grantwise.domain.model.application.IllegalStatusChangeException;

/**
 * A manager's decision on an application; applicants see it once the round's decisions are
 * released.
 */
@Entity
@Table(name = "decision")
public class Decision {

  @Id
  @Column(name = "application_id")
  private long applicationId;

  @Enumerated(EnumType.STRING)
  private Recommendation outcome;

  private String reason;

  @Column(name = "start_date")
  private LocalDate startDate;

  private String conditions;

  /** Why the fund awarded without a completed assessment, when it did (V16). */
  @Column(name = "no_assessment_reason")
  private String noAssessmentReason;

  @Column(name = "decided_by")
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "released_at")
  private Instant releasedAt;

  @Column(name = "released_by")
  private String releasedBy;

  protected Decision() {}

  public Decision(
      long applicationId,
      Recommendation outcome,
      String reason,
      LocalDate startDate,
      String conditions,
      String by,
      Instant at) {
    this.applicationId = applicationId;
    this.outcome = outcome;
    this.reason = reason;
    this.startDate = startDate;
    this.conditions = conditions;
    this.decidedBy = by;
    this.decidedAt = at;
  }

  /**
   * An award on terms already checked by {@link AwardRules}; {@code noAssessmentReason} is the
   * recorded reason to award without a completed assessment, or null.
   */
  public static Decision award(
      long applicationId,
      String reason,
      LocalDate startDate,
      String conditions,
      String noAssessmentReason,
      String by,
      Instant at) {
    Decision decision =
        new Decision(applicationId, Recommendation.AWARD, reason, startDate, conditions, by, at);
    decision.noAssessmentReason = noAssessmentReason;
    return decision;
  }

  /** Why this decision cannot be released to the application now, if it cannot. */
  public Optional<String> whyNotReleasable(GrantApplication application) {
    if (releasedAt != null) {
      return Optional.of("The decision has already been released");
    }
    return application.whyNotConcludable();
  }

  /**
   * Shows the decision to the applicant: the application becomes awarded or declined. Refused,
   * changing nothing, when {@link #whyNotReleasable} has a reason.
   */
  public void release(GrantApplication application, String by, Instant at) {
    whyNotReleasable(application)
        .ifPresent(
            reason -> {
              throw new IllegalStatusChangeException(reason);
            });
    application.conclude(outcome == Recommendation.AWARD, by, at);
    this.releasedAt = at;
    this.releasedBy = by;
  }

  public boolean isReleased() {
    return releasedAt != null;
  }

  public long getApplicationId() {
    return applicationId;
  }

  public Recommendation getOutcome() {
    return outcome;
  }

  public String getReason() {
    return reason;
  }

  public LocalDate getStartDate() {
    return startDate;
  }

  public String getConditions() {
    return conditions;
  }

  public String getNoAssessmentReason() {
    return noAssessmentReason;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public Instant getReleasedAt() {
    return releasedAt;
  }
}
