package org.grantwise.domain.model.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/** Who assesses an application, and who (optionally) moderates it. */
@Entity
@Table(name = "application_assignment")
public class Assignment {

  @Id
  @Column(name = "application_id")
  private long applicationId;

  private String officer;
  private String moderator;

  @Column(name = "assigned_by")
  private String assignedBy;

  @Column(name = "assigned_at")
  private Instant assignedAt;

  @Version private long version;

  protected Assignment() {}

  public Assignment(long applicationId, String officer, String moderator, String by, Instant at) {
    this.applicationId = applicationId;
    reassign(officer, moderator, by, at);
  }

  public void reassign(String newOfficer, String newModerator, String by, Instant at) {
    if (newOfficer == null || newOfficer.isBlank()) {
      throw new IllegalArgumentException("Name the officer who assesses the application");
    }
    if (Objects.equals(newOfficer, newModerator)) {
      throw new IllegalArgumentException("The moderator must be a second officer");
    }
    this.officer = newOfficer;
    this.moderator = newModerator == null || newModerator.isBlank() ? null : newModerator;
    this.assignedBy = by;
    this.assignedAt = at;
  }

  public boolean isAssessor(String username) {
    return username.equals(officer) || username.equals(moderator);
  }

  public long getApplicationId() {
    return applicationId;
  }

  public String getOfficer() {
    return officer;
  }

  public String getModerator() {
    return moderator;
  }

  public String getAssignedBy() {
    return assignedBy;
  }

  public Instant getAssignedAt() {
    return assignedAt;
  }
}
