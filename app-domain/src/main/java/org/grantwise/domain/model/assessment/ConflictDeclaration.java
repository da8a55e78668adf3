package org.grantwise.domain.model.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** An officer's declaration, before opening an application, that they have no conflict (or one). */
@Entity
@Immutable
@Table(name = "conflict_declaration")
public class ConflictDeclaration {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "application_id")
  private long applicationId;

  private String officer;
  private boolean conflict;
  private String reason;

  @Column(name = "declared_at")
  private Instant declaredAt;

  protected ConflictDeclaration() {}

  public ConflictDeclaration(
      long applicationId, String officer, boolean conflict, String reason, Instant at) {
    if (conflict && (reason == null || reason.isBlank())) {
      throw new IllegalArgumentException("Say what the conflict of interest is");
    }
    this.applicationId = applicationId;
    this.officer = officer;
    this.conflict = conflict;
    this.reason = conflict ? reason : null;
    this.declaredAt = at;
  }

  public long getApplicationId() {
    return applicationId;
  }

  public String getOfficer() {
    return officer;
  }

  public boolean isConflict() {
    return conflict;
  }

  public String getReason() {
    return reason;
  }

  public Instant getDeclaredAt() {
    return declaredAt;
  }
}
