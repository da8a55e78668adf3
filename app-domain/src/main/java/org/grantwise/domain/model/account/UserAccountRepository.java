package org.grantwise.domain.model.account;

import java.util.List;
import java.util.Optional;

public interface UserAccountRepository {

  Optional<UserAccount> findByUsername(String username);

  /** The organisation's members, by username. */
  List<UserAccount> ofOrganisation(long organisationId);

  UserAccount store(UserAccount account);
}
