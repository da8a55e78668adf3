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
import java.time.Instant;
import java.util.Locale;

/** A member's invitation to a colleague, by e-mail address; accepted at the colleague's login. */
@Entity
@Table(name = "organisation_invitation")
public class Invitation {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "organisation_id")
  private Organisation organisation;

  private String email;

  @Column(name = "invited_by")
  private String invitedBy;

  @Column(name = "invited_at")
  private Instant invitedAt;

  @Column(name = "accepted_by")
  private String acceptedBy;

  @Column(name = "accepted_at")
  private Instant acceptedAt;

  protected Invitation() {}

  public Invitation(Organisation organisation, String email, String invitedBy, Instant at) {
    this.organisation = organisation;
    this.email = email.trim().toLowerCase(Locale.ROOT);
    this.invitedBy = invitedBy;
    this.invitedAt = at;
  }

  public void accept(String username, Instant at) {
    if (acceptedAt != null) {
      throw new IllegalStateException("This invitation has already been used");
    }
    this.acceptedBy = username;
    this.acceptedAt = at;
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

  public String getAcceptedBy() {
    return acceptedBy;
  }

  public Instant getAcceptedAt() {
    return acceptedAt;
  }
}
