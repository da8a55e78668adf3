package org.grantwise.domain.model.account;

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
import java.util.Objects;
import java.util.Optional;
import org.grantwise.domain.model.organisation.Organisation;

/** A Keycloak login as this application knows it, and the organisation it belongs to (if any). */
@Entity
@Table(name = "user_account")
public class UserAccount {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "keycloak_user_id")
  private String keycloakUserId;

  private String username;

  private String email;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "organisation_id")
  private Organisation organisation;

  @Column(name = "last_login_at")
  private Instant lastLoginAt;

  protected UserAccount() {}

  public UserAccount(String keycloakUserId, String username, String email) {
    this.keycloakUserId = keycloakUserId;
    this.username = Objects.requireNonNull(username);
    this.email = email;
  }

  /**
   * Records a login. The Keycloak id is the stable identity; it is learnt on first login for
   * accounts that were created from a username alone.
   */
  public void recordLogin(String subjectId, String currentEmail, Instant at) {
    if (keycloakUserId == null) {
      keycloakUserId = subjectId;
    } else if (subjectId != null && !keycloakUserId.equals(subjectId)) {
      throw new IllegalStateException("Login " + username + " belongs to another Keycloak user");
    }
    if (currentEmail != null) {
      email = currentEmail;
    }
    lastLoginAt = at;
  }

  public void joinOrganisation(Organisation joined) {
    this.organisation = Objects.requireNonNull(joined);
  }

  public Optional<Organisation> organisation() {
    return Optional.ofNullable(organisation);
  }

  public Long getId() {
    return id;
  }

  public String getKeycloakUserId() {
    return keycloakUserId;
  }

  public String getUsername() {
    return username;
  }

  public String getEmail() {
    return email;
  }

  public Instant getLastLoginAt() {
    return lastLoginAt;
  }
}
