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

/**
 * A Keycloak login as this application knows it, and the organisation it belongs to (if any). The
 * identity is Keycloak's subject id (the token's {@code sub}), which no user can choose; the
 * username is kept for display and the audit trail. When a username comes back with another subject
 * (the Keycloak user was deleted and the name registered again), that is a new person: the old
 * account is marked replaced and keeps its history, and the new one starts with no organisation.
 */
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

  @Column(name = "replaced_at")
  private Instant replacedAt;

  protected UserAccount() {}

  /** The account of a Keycloak user, first seen now. */
  public UserAccount(String keycloakUserId, String username, String email) {
    this.keycloakUserId = Objects.requireNonNull(keycloakUserId, "a Keycloak subject id");
    this.username = Objects.requireNonNull(username);
    this.email = email;
  }

  /**
   * Records a login of this account's Keycloak user. The e-mail address is kept for notices only:
   * it never decides what the login may see or join.
   */
  public void recordLogin(String subjectId, String currentEmail, Instant at) {
    if (!Objects.equals(keycloakUserId, subjectId)) {
      throw new IllegalArgumentException("Login " + username + " belongs to another Keycloak user");
    }
    if (currentEmail != null) {
      email = currentEmail;
    }
    lastLoginAt = at;
  }

  /**
   * This account's username now belongs to another Keycloak user: the account stays, with its
   * organisation and history, but no login reaches it any more.
   */
  public void replace(Instant at) {
    if (replacedAt == null) {
      replacedAt = at;
    }
  }

  public boolean isReplaced() {
    return replacedAt != null;
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
