package org.grantwise.domain.model.monitoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.grantwise.domain.model.application.IllegalStatusChangeException;
import org.grantwise.domain.model.shared.FieldError;

/**
 * A funded project's return for one reporting period: participants reached, activities delivered
 * and the narrative the review found essential. The anchor drafts and submits; an officer accepts
 * it or queries it, which hands it back to the anchor to change and submit again.
 */
@Entity
@Table(name = "monitoring_return")
public class MonitoringReturn {

  public static final int MAX_TEXT = 4000;

  /** What the anchor writes; any part may be missing in a draft. */
  public record Content(
      Integer participantsReached,
      String activitiesDelivered,
      String whatWorked,
      String barriers,
      String enablers,
      String unexpectedResults,
      String coProductionChanges)
      implements java.io.Serializable {}

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "project_id")
  private long projectId;

  @Column(name = "due_on")
  private LocalDate dueOn;

  @Enumerated(EnumType.STRING)
  private ReturnStatus status;

  @Column(name = "participants_reached")
  private Integer participantsReached;

  @Column(name = "activities_delivered")
  private String activitiesDelivered;

  @Column(name = "what_worked")
  private String whatWorked;

  private String barriers;

  private String enablers;

  @Column(name = "unexpected_results")
  private String unexpectedResults;

  @Column(name = "co_production_changes")
  private String coProductionChanges;

  private String query;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Column(name = "updated_by")
  private String updatedBy;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  @Column(name = "submitted_by")
  private String submittedBy;

  @Column(name = "reviewed_at")
  private Instant reviewedAt;

  @Column(name = "reviewed_by")
  private String reviewedBy;

  @Version private long version;

  protected MonitoringReturn() {}

  public MonitoringReturn(long projectId, LocalDate dueOn, String by, Instant at) {
    this.projectId = projectId;
    this.dueOn = dueOn;
    this.status = ReturnStatus.DRAFT;
    this.updatedBy = by;
    this.updatedAt = at;
  }

  /** Saves the anchor's words; only while the return is theirs (a draft or queried). */
  public List<FieldError> write(Content content, String by, Instant at) {
    requireWithAnchor();
    List<FieldError> problems = new ArrayList<>();
    if (content.participantsReached() != null && content.participantsReached() < 0) {
      problems.add(
          new FieldError("participantsReached", "The number of participants cannot be negative"));
    }
    length(problems, "activitiesDelivered", content.activitiesDelivered());
    length(problems, "whatWorked", content.whatWorked());
    length(problems, "barriers", content.barriers());
    length(problems, "enablers", content.enablers());
    length(problems, "unexpectedResults", content.unexpectedResults());
    length(problems, "coProductionChanges", content.coProductionChanges());
    if (!problems.isEmpty()) {
      return problems;
    }
    participantsReached = content.participantsReached();
    activitiesDelivered = trim(content.activitiesDelivered());
    whatWorked = trim(content.whatWorked());
    barriers = trim(content.barriers());
    enablers = trim(content.enablers());
    unexpectedResults = trim(content.unexpectedResults());
    coProductionChanges = trim(content.coProductionChanges());
    updatedBy = by;
    updatedAt = at;
    return problems;
  }

  /** Sends the return to the fund; every part must be given. */
  public List<FieldError> submit(String by, Instant at) {
    requireWithAnchor();
    List<FieldError> problems = new ArrayList<>();
    if (participantsReached == null) {
      problems.add(
          new FieldError("participantsReached", "Enter how many participants you reached"));
    }
    required(
        problems, "activitiesDelivered", activitiesDelivered, "Describe the activities delivered");
    required(problems, "whatWorked", whatWorked, "Say what worked and why");
    required(
        problems, "barriers", barriers, "Describe the barriers you met (or say there were none)");
    required(problems, "enablers", enablers, "Describe what helped");
    required(
        problems,
        "unexpectedResults",
        unexpectedResults,
        "Describe any unexpected results (or say there were none)");
    required(
        problems,
        "coProductionChanges",
        coProductionChanges,
        "Describe changes in how community members are involved in delivery and decisions");
    if (problems.isEmpty()) {
      status = ReturnStatus.SUBMITTED;
      submittedBy = by;
      submittedAt = at;
      updatedBy = by;
      updatedAt = at;
    }
    return problems;
  }

  /** An officer accepts a submitted return; it cannot change afterwards. */
  public void accept(String by, Instant at) {
    requireSubmitted();
    status = ReturnStatus.ACCEPTED;
    query = null;
    reviewedBy = by;
    reviewedAt = at;
  }

  /** An officer asks the anchor a question; the return goes back to them. */
  public List<FieldError> query(String question, String by, Instant at) {
    requireSubmitted();
    if (question == null || question.isBlank()) {
      return List.of(new FieldError("query", "Write the question for the project"));
    }
    if (question.length() > MAX_TEXT) {
      return List.of(new FieldError("query", "Keep the question to 4000 characters or fewer"));
    }
    status = ReturnStatus.QUERIED;
    query = question.strip();
    reviewedBy = by;
    reviewedAt = at;
    return List.of();
  }

  private void requireWithAnchor() {
    if (status != ReturnStatus.DRAFT && status != ReturnStatus.QUERIED) {
      throw new IllegalStatusChangeException(
          "This return has been " + status.name().toLowerCase() + " and cannot be changed now");
    }
  }

  private void requireSubmitted() {
    if (status != ReturnStatus.SUBMITTED) {
      throw new IllegalStatusChangeException("Only a submitted return can be accepted or queried");
    }
  }

  private static void length(List<FieldError> problems, String field, String text) {
    if (text != null && text.length() > MAX_TEXT) {
      problems.add(new FieldError(field, "Keep it to 4000 characters or fewer"));
    }
  }

  private static void required(
      List<FieldError> problems, String field, String text, String message) {
    if (text == null || text.isBlank()) {
      problems.add(new FieldError(field, message));
    }
  }

  private static String trim(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  public Content content() {
    return new Content(
        participantsReached,
        activitiesDelivered,
        whatWorked,
        barriers,
        enablers,
        unexpectedResults,
        coProductionChanges);
  }

  public Long getId() {
    return id;
  }

  public long getProjectId() {
    return projectId;
  }

  public LocalDate getDueOn() {
    return dueOn;
  }

  public ReturnStatus getStatus() {
    return status;
  }

  public String getQuery() {
    return query;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }

  public String getSubmittedBy() {
    return submittedBy;
  }

  public Instant getReviewedAt() {
    return reviewedAt;
  }

  public String getReviewedBy() {
    return reviewedBy;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }

  public long getVersion() {
    return version;
  }
}
