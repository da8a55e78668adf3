package org.grantwise.domain.model.application;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.grantwise.domain.model.round.FundingRound;
import org.hibernate.annotations.ColumnTransformer;
import org.hibernate.annotations.Immutable;

/** The form exactly as it was submitted. Never changed after it is written. */
@Entity
@Immutable
@Table(name = "application_version")
public class ApplicationVersion {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "application_id")
  private GrantApplication application;

  @Column(name = "version_number")
  private int versionNumber;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "round_id")
  private FundingRound round;

  @ColumnTransformer(write = "?::jsonb")
  @Column(columnDefinition = "jsonb")
  private ApplicationForm form;

  @Column(name = "submitted_by")
  private String submittedBy;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  protected ApplicationVersion() {}

  ApplicationVersion(
      GrantApplication application,
      int versionNumber,
      FundingRound round,
      ApplicationForm form,
      String submittedBy,
      Instant submittedAt) {
    this.application = application;
    this.versionNumber = versionNumber;
    this.round = round;
    this.form = form;
    this.submittedBy = submittedBy;
    this.submittedAt = submittedAt;
  }

  public int getVersionNumber() {
    return versionNumber;
  }

  public ApplicationForm getForm() {
    return form;
  }

  public String getSubmittedBy() {
    return submittedBy;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }
}
