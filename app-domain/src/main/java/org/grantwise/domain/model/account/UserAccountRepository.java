package org.grantwise.domain.model.account;

import java.util.List;
import java.util.Optional;

public interface UserAccountRepository {

  /** The current account of a username (not one that was replaced). */
  Optional<UserAccount> findByUsername(String username);

  /** The account of a Keycloak user, by the token's subject id. */
  Optional<UserAccount> findBySubject(String keycloakUserId);

  /** When the username last passed to a new Keycloak user (its earlier account was replaced). */
  Optional<java.time.Instant> handedOverAt(String username);

  /** Writes pending changes now, so a replaced account frees its username before a new insert. */
  void flush();

  /** The organisation's current members, by username. */
  List<UserAccount> ofOrganisation(long organisationId);

  UserAccount store(UserAccount account);
}
