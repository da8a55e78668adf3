package org.grantwise.domain.model.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

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

  public void release(String by, Instant at) {
    if (releasedAt != null) {
      throw new IllegalStateException("This decision has already been released");
    }
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
