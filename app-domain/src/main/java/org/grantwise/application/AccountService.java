package org.grantwise.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import org.grantwise.domain.model.account.UserAccount;
import org.grantwise.domain.model.organisation.OrganisationType;

/** Maps the authenticated caller to their account and organisation. */
@Stateless
@PermitAll
public class AccountService {

  @Inject AccessPolicy access;

  @Inject CallerAccounts callers;

  @Inject CallerIdentity identity;

  private final Clock clock = Clock.systemUTC();

  /**
   * The caller as the application knows them. The username is the caller principal (Keycloak's
   * preferred_username), shown to people; the account and organisation are found by the token's
   * subject; roles come from the verified token, never from the request.
   */
  public CurrentUser currentUser() {
    return access.currentUser();
  }

  /** The type of the caller's organisation, if they have one. */
  public Optional<OrganisationType> currentOrganisationType() {
    return callers.organisation().map(o -> o.getType());
  }

  /**
   * Records a sign-in, creating the account the first time a Keycloak user (subject) is seen. The
   * login's e-mail address is kept for notices; it never makes the login a member of anything:
   * colleagues join only through their invitation's link.
   */
  public void recordLogin() {
    UserAccount account = callers.accountOrNew();
    account.recordLogin(identity.subject().orElseThrow(), identity.email(), clock.instant());
  }
}
