package org.grantwise.domain.model.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * A member's invitation to a colleague. It is taken up only through its own link, which carries a
 * single-use, expiring token that only the invited address receives (the table keeps the token's
 * SHA-256), by a login whose verified e-mail address is the invited one.
 */
@Entity
@Table(name = "organisation_invitation")
public class Invitation {

  /** How long a link works. */
  public static final Duration VALID_FOR = Duration.ofDays(14);

  /** Where an invitation stands. */
  public enum Status {
    OPEN,
    ACCEPTED,
    REVOKED,
    EXPIRED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "organisation_id")
  private Organisation organisation;

  private String email;

  @Column(name = "token_hash")
  private String tokenHash;

  @Column(name = "invited_by")
  private String invitedBy;

  @Column(name = "invited_at")
  private Instant invitedAt;

  @Column(name = "expires_at")
  private Instant expiresAt;

  @Column(name = "accepted_by")
  private String acceptedBy;

  @Column(name = "accepted_account_id")
  private Long acceptedAccountId;

  @Column(name = "accepted_at")
  private Instant acceptedAt;

  @Column(name = "revoked_by")
  private String revokedBy;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  protected Invitation() {}

  public Invitation(
      Organisation organisation,
      String email,
      InvitationToken token,
      String invitedBy,
      Instant at) {
    this.organisation = Objects.requireNonNull(organisation);
    this.email = normalised(email);
    this.tokenHash = token.hash();
    this.invitedBy = invitedBy;
    this.invitedAt = at;
    this.expiresAt = at.plus(VALID_FOR);
  }

  public static String normalised(String email) {
    return email.trim().toLowerCase(Locale.ROOT);
  }

  public Status status(Instant now) {
    if (acceptedAt != null) {
      return Status.ACCEPTED;
    }
    if (revokedAt != null) {
      return Status.REVOKED;
    }
    return now.isBefore(expiresAt) ? Status.OPEN : Status.EXPIRED;
  }

  /**
   * Takes the invitation up for a login. The token was found by its hash; what is checked here is
   * that the link still works and that the login's own verified address is the invited one, so a
   * stranger who registers with (or changes their login to) that address gets nothing.
   */
  public void accept(
      long accountId, String username, String loginEmail, boolean emailVerified, Instant at) {
    switch (status(at)) {
      case ACCEPTED ->
          throw new InvitationRefusedException("This invitation has already been used");
      case REVOKED -> throw new InvitationRefusedException("This invitation has been withdrawn");
      case EXPIRED ->
          throw new InvitationRefusedException(
              "This invitation has expired. Ask your colleague to invite you again");
      case OPEN -> {}
    }
    if (loginEmail == null || !normalised(loginEmail).equals(email)) {
      throw new InvitationRefusedException(
          "This invitation is for another email address. Sign in with the login you registered"
              + " with the invited address");
    }
    if (!emailVerified) {
      throw new InvitationRefusedException(
          "Verify your email address first: follow the link in the email we sent when you"
              + " registered");
    }
    this.acceptedAccountId = accountId;
    this.acceptedBy = username;
    this.acceptedAt = at;
  }

  /** Withdraws an invitation that has not been used; its link stops working. */
  public void revoke(String by, Instant at) {
    if (acceptedAt != null) {
      throw new InvitationRefusedException(
          "This invitation has already been used: your colleague is a member");
    }
    if (revokedAt == null) {
      this.revokedBy = by;
      this.revokedAt = at;
    }
  }

  public Long getId() {
    return id;
  }

  public Organisation getOrganisation() {
    return organisation;
  }

  public String getEmail() {
    return email;
  }

  public String getInvitedBy() {
    return invitedBy;
  }

  public Instant getInvitedAt() {
    return invitedAt;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }

  public String getAcceptedBy() {
    return acceptedBy;
  }

  public Instant getAcceptedAt() {
    return acceptedAt;
  }

  public Instant getRevokedAt() {
    return revokedAt;
  }
}
