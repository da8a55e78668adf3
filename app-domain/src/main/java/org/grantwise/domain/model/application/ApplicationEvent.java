package org.grantwise.domain.model.application;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One entry of the audit trail: who moved the application, from what, to what, when. */
@Entity
@Immutable
@Table(name = "application_event")
public class ApplicationEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "application_id")
  private GrantApplication application;

  @Column(name = "occurred_at")
  private Instant occurredAt;

  private String actor;

  @Column(name = "event_type")
  private String type;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_status")
  private ApplicationStatus fromStatus;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_status")
  private ApplicationStatus toStatus;

  private String detail;

  protected ApplicationEvent() {}

  ApplicationEvent(
      GrantApplication application,
      Instant occurredAt,
      String actor,
      String type,
      ApplicationStatus fromStatus,
      ApplicationStatus toStatus,
      String detail) {
    this.application = application;
    this.occurredAt = occurredAt;
    this.actor = actor;
    this.type = type;
    this.fromStatus = fromStatus;
    this.toStatus = toStatus;
    this.detail = detail;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public String getActor() {
    return actor;
  }

  public String getType() {
    return type;
  }

  public ApplicationStatus getFromStatus() {
    return fromStatus;
  }

  public ApplicationStatus getToStatus() {
    return toStatus;
  }

  public String getDetail() {
    return detail;
  }
}
