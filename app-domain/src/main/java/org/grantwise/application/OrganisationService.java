package org.grantwise.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.grantwise.domain.model.account.Role;
import org.grantwise.domain.model.account.UserAccount;
import org.grantwise.domain.model.account.UserAccountRepository;
import org.grantwise.domain.model.organisation.CharityNumber;
import org.grantwise.domain.model.organisation.CompanyNumber;
import org.grantwise.domain.model.organisation.Invitation;
import org.grantwise.domain.model.organisation.Organisation;
import org.grantwise.domain.model.organisation.OrganisationDetails;
import org.grantwise.domain.model.organisation.OrganisationRepository;
import org.grantwise.domain.model.shared.FieldError;
import org.grantwise.infrastructure.audit.Audited;

/**
 * Organisations sign up by themselves; an officer verifies them before their first submission;
 * verified members invite colleagues, who join at their first login with that e-mail address.
 */
@Stateless
@Audited
public class OrganisationService {

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  @Resource SessionContext session;

  @Inject OrganisationRepository organisations;

  @Inject UserAccountRepository accounts;

  private final Clock clock = Clock.systemUTC();

  /** Registers the caller's organisation (unverified) and makes the caller its first member. */
  @RolesAllowed(Role.Names.APPLICANT)
  public Organisation register(OrganisationDetails details) {
    UserAccount account = callerAccount();
    if (account.organisation().isPresent()) {
      throw new ValidationFailedException(
          List.of(new FieldError("name", "Your login already belongs to an organisation")));
    }
    List<FieldError> problems = new ArrayList<>(details.problems());
    if (problems.isEmpty()) {
      Organisation candidate = details.toOrganisation();
      candidate
          .charityNumber()
          .map(CharityNumber::value)
          .filter(organisations::charityNumberTaken)
          .ifPresent(
              n ->
                  problems.add(
                      new FieldError(
                          "charityNumber",
                          "An organisation with charity number "
                              + n
                              + " is already registered. Ask a colleague there to invite you")));
      candidate
          .companyNumber()
          .map(CompanyNumber::value)
          .filter(organisations::companyNumberTaken)
          .ifPresent(
              n ->
                  problems.add(
                      new FieldError(
                          "companyNumber",
                          "An organisation with company number "
                              + n
                              + " is already registered. Ask a colleague there to invite you")));
      if (problems.isEmpty()) {
        Organisation registered = organisations.store(candidate);
        account.joinOrganisation(registered);
        return registered;
      }
    }
    throw new ValidationFailedException(problems);
  }

  /** Invites a colleague by e-mail address to the caller's (verified) organisation. */
  @RolesAllowed(Role.Names.APPLICANT)
  public Invitation invite(String email) {
    Organisation mine =
        callerAccount()
            .organisation()
            .orElseThrow(
                () ->
                    new ValidationFailedException(
                        List.of(new FieldError("email", "Register your organisation first"))));
    if (!mine.isVerified()) {
      throw new ValidationFailedException(
          List.of(
              new FieldError(
                  "email",
                  "You can invite colleagues once a fund officer has verified your organisation")));
    }
    if (email == null || !EMAIL.matcher(email.trim()).matches() || email.length() > 320) {
      throw new ValidationFailedException(
          List.of(
              new FieldError(
                  "email", "Enter an email address in the correct format, like name@example.org")));
    }
    if (organisations.findOpenInvitation(email).isPresent()) {
      throw new ValidationFailedException(
          List.of(new FieldError("email", "This address has already been invited")));
    }
    return organisations.store(new Invitation(mine, email, caller(), clock.instant()));
  }

  @RolesAllowed(Role.Names.APPLICANT)
  public List<Invitation> invitations() {
    return callerAccount()
        .organisation()
        .map(o -> organisations.findInvitations(o.getId()))
        .orElse(List.of());
  }

  @RolesAllowed({Role.Names.OFFICER, Role.Names.MANAGER})
  public List<Organisation> awaitingVerification() {
    return organisations.findUnverified();
  }

  @RolesAllowed(Role.Names.OFFICER)
  public Organisation verify(long organisationId) {
    Organisation organisation =
        organisations
            .find(organisationId)
            .orElseThrow(
                () ->
                    new ValidationFailedException(
                        List.of(new FieldError("organisation", "There is no such organisation"))));
    if (organisation.isVerified()) {
      throw new ValidationFailedException(
          List.of(new FieldError("organisation", organisation.getName() + " is already verified")));
    }
    organisation.verify(caller(), clock.instant());
    return organisation;
  }

  /** An organisation's name, for showing beside things that belong to it. */
  @jakarta.annotation.security.PermitAll
  public String name(long organisationId) {
    return organisations.find(organisationId).map(Organisation::getName).orElse("");
  }

  private UserAccount callerAccount() {
    return accounts
        .findByUsername(caller())
        .orElseGet(() -> accounts.store(new UserAccount(null, caller(), null)));
  }

  private String caller() {
    return session.getCallerPrincipal().getName();
  }
}
