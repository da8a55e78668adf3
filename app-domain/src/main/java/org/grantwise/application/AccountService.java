package org.grantwise.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.grantwise.application.CurrentUser.OrganisationSummary;
import org.grantwise.domain.model.account.Role;
import org.grantwise.domain.model.account.UserAccount;
import org.grantwise.domain.model.account.UserAccountRepository;
import org.grantwise.domain.model.organisation.OrganisationRepository;
import org.grantwise.domain.model.organisation.OrganisationType;

/** Maps the authenticated caller to their account and organisation. */
@Stateless
@PermitAll
public class AccountService {

  @Resource SessionContext session;

  @Inject UserAccountRepository accounts;

  @Inject OrganisationRepository organisations;

  private final Clock clock = Clock.systemUTC();

  /**
   * The caller as the application knows them. The username is the caller principal (Keycloak's
   * preferred_username); roles come from the verified token, never from the request.
   */
  public CurrentUser currentUser() {
    String username = session.getCallerPrincipal().getName();
    List<String> roles =
        Arrays.stream(Role.values()).map(Role::roleName).filter(session::isCallerInRole).toList();
    Optional<OrganisationSummary> organisation =
        accounts
            .findByUsername(username)
            .flatMap(UserAccount::organisation)
            .map(
                o ->
                    new OrganisationSummary(
                        o.getId(), o.getName(), o.orgId().orElse(null), o.isVerified()));
    return new CurrentUser(username, roles, organisation);
  }

  /** The type of the caller's organisation, if they have one. */
  public Optional<OrganisationType> currentOrganisationType() {
    return accounts
        .findByUsername(session.getCallerPrincipal().getName())
        .flatMap(UserAccount::organisation)
        .map(o -> o.getType());
  }

  /**
   * Records a login, creating the account the first time a Keycloak user is seen. The subject id is
   * Keycloak's stable user id, read by the web tier from the verified token.
   */
  public void recordLogin(String subjectId, String email) {
    String username = session.getCallerPrincipal().getName();
    UserAccount account =
        accounts
            .findByUsername(username)
            .orElseGet(() -> accounts.store(new UserAccount(subjectId, username, email)));
    account.recordLogin(subjectId, email, clock.instant());
    // A colleague's invitation to this address makes the new login a member of that organisation.
    if (account.organisation().isEmpty() && email != null) {
      organisations
          .findOpenInvitation(email)
          .ifPresent(
              invitation -> {
                invitation.accept(username, clock.instant());
                account.joinOrganisation(invitation.getOrganisation());
              });
    }
  }
}
