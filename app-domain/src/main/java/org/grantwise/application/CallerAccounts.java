package org.grantwise.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;
import org.grantwise.domain.model.account.UserAccount;
import org.grantwise.domain.model.account.UserAccountRepository;
import org.grantwise.domain.model.organisation.Organisation;

/**
 * The caller's account, found by Keycloak's subject id (the token's {@code sub}), never by the
 * username or e-mail address, which users choose. Used inside the application services'
 * transactions. An account created from a username alone (no subject, like the load-test data) is
 * never claimed by whoever registers that name.
 */
@ApplicationScoped
public class CallerAccounts {

  private static final Logger LOG = Logger.getLogger(CallerAccounts.class.getName());

  @Inject CallerIdentity identity;

  @Inject UserAccountRepository accounts;

  private final Clock clock = Clock.systemUTC();

  /**
   * The caller's account, if the application has seen this Keycloak user before. An account marked
   * replaced is still its own subject's (a user renamed in Keycloak keeps their account).
   */
  public Optional<UserAccount> account() {
    return identity.subject().flatMap(accounts::findBySubject);
  }

  /** The caller's organisation, if their account belongs to one. */
  public Optional<Organisation> organisation() {
    return account().flatMap(UserAccount::organisation);
  }

  /**
   * From when the caller's username is theirs: notices addressed to the username before then belong
   * to an earlier person of that name. Empty while the name's current account is someone else's
   * (this Keycloak user has not signed in to a page yet since taking the name over).
   */
  public Optional<java.time.Instant> usernameTheirsSince() {
    String username = identity.username();
    Optional<UserAccount> holder = accounts.findByUsername(username);
    Optional<String> subject = identity.subject();
    if (holder.isPresent()
        && (subject.isEmpty() || !subject.get().equals(holder.get().getKeycloakUserId()))) {
      return Optional.empty();
    }
    return Optional.of(accounts.handedOverAt(username).orElse(java.time.Instant.EPOCH));
  }

  /**
   * The caller's account, made the first time this Keycloak user is seen. A current account with
   * the same username but another (or no) subject is another person's: it is marked replaced and
   * kept for the audit trail, and the caller starts with no organisation.
   */
  public UserAccount accountOrNew() {
    Optional<UserAccount> known = account();
    if (known.isPresent()) {
      return known.get();
    }
    String subject =
        identity
            .subject()
            .orElseThrow(
                () -> new NotAllowedException("Sign in again: your login was not verified"));
    String username = identity.username();
    accounts
        .findByUsername(username)
        .ifPresent(
            earlier -> {
              LOG.warning(
                  () ->
                      "Username "
                          + username
                          + " is now a new Keycloak user; its earlier account "
                          + earlier.getId()
                          + " is kept, unlinked");
              earlier.replace(clock.instant());
              accounts.flush();
            });
    return accounts.store(new UserAccount(subject, username, identity.email()));
  }
}
