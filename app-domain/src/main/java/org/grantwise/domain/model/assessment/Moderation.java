package org.grantwise.domain.model.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * The score agreed when two officers' weighted totals differ by more than the round's threshold:
 * recorded once, by a manager or the moderator, with the reasoning; the decision waits for it.
 */
@Entity
@Table(name = "moderation")
public class Moderation {

  @Id
  @Column(name = "application_id")
  private long applicationId;

  @Column(name = "moderated_total")
  private BigDecimal moderatedTotal;

  private String note;

  @Column(name = "agreed_by")
  private String agreedBy;

  @Column(name = "agreed_at")
  private Instant agreedAt;

  protected Moderation() {}

  public Moderation(
      long applicationId, BigDecimal moderatedTotal, String note, String by, Instant at) {
    this.applicationId = applicationId;
    this.moderatedTotal = moderatedTotal;
    this.note = note;
    this.agreedBy = by;
    this.agreedAt = at;
  }

  public long getApplicationId() {
    return applicationId;
  }

  public BigDecimal getModeratedTotal() {
    return moderatedTotal;
  }

  public String getNote() {
    return note;
  }

  public String getAgreedBy() {
    return agreedBy;
  }

  public Instant getAgreedAt() {
    return agreedAt;
  }
}
