package org.grantwise.domain.model.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * A notice to one user about one application, shown in the application and e-mailed when the user
 * has an address. Delivery is retried with a growing pause and given up after a few attempts.
 */
@Entity
@Table(name = "notification")
public class Notification {

  /** Attempts before an e-mail is marked failed (the notice itself stays). */
  public static final int MAX_ATTEMPTS = 5;

  /** Where the e-mail stands. */
  public enum EmailState {
    PENDING,
    SENT,
    FAILED,
    NONE
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String recipient;

  private String email;

  @Column(name = "application_id")
  private Long applicationId;

  @Enumerated(EnumType.STRING)
  private NotificationKind kind;

  private String subject;

  private String body;

  private String link;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "read_at")
  private Instant readAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "email_state")
  private EmailState emailState;

  @Column(name = "email_attempts")
  private int emailAttempts;

  @Column(name = "email_next_at")
  private Instant emailNextAt;

  @Column(name = "email_sent_at")
  private Instant emailSentAt;

  protected Notification() {}

  public Notification(
      String recipient,
      String email,
      Long applicationId,
      NotificationKind kind,
      String subject,
      String body,
      String link,
      Instant at) {
    this.recipient = recipient;
    this.email = email == null || email.isBlank() ? null : email;
    this.applicationId = applicationId;
    this.kind = kind;
    this.subject = subject;
    this.body = body;
    this.link = link;
    this.createdAt = at;
    this.emailState = this.email == null ? EmailState.NONE : EmailState.PENDING;
    this.emailNextAt = this.email == null ? null : at;
  }

  public void emailSent(Instant at) {
    emailState = EmailState.SENT;
    emailSentAt = at;
    emailNextAt = null;
    emailAttempts++;
  }

  /** A failed delivery: tried again after 1, 2, 4, 8 minutes, then given up. */
  public void emailFailed(Instant at) {
    emailAttempts++;
    if (emailAttempts >= MAX_ATTEMPTS) {
      emailState = EmailState.FAILED;
      emailNextAt = null;
    } else {
      emailNextAt = at.plus(Duration.ofMinutes(1L << (emailAttempts - 1)));
    }
  }

  public Long getId() {
    return id;
  }

  public String getRecipient() {
    return recipient;
  }

  public String getEmail() {
    return email;
  }

  public Long getApplicationId() {
    return applicationId;
  }

  public NotificationKind getKind() {
    return kind;
  }

  public String getSubject() {
    return subject;
  }

  public String getBody() {
    return body;
  }

  public String getLink() {
    return link;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getReadAt() {
    return readAt;
  }

  public boolean isRead() {
    return readAt != null;
  }

  public EmailState getEmailState() {
    return emailState;
  }

  public int getEmailAttempts() {
    return emailAttempts;
  }

  public Instant getEmailNextAt() {
    return emailNextAt;
  }
}
