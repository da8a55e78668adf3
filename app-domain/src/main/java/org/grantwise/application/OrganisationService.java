package org.grantwise.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.grantwise.domain.model.account.Role;
import org.grantwise.domain.model.account.UserAccount;
import org.grantwise.domain.model.organisation.CharityNumber;
import org.grantwise.domain.model.organisation.CompanyNumber;
import org.grantwise.domain.model.organisation.Invitation;
import org.grantwise.domain.model.organisation.InvitationRefusedException;
import org.grantwise.domain.model.organisation.InvitationToken;
import org.grantwise.domain.model.organisation.Organisation;
import org.grantwise.domain.model.organisation.OrganisationDetails;
import org.grantwise.domain.model.organisation.OrganisationRepository;
import org.grantwise.domain.model.shared.FieldError;
import org.grantwise.infrastructure.audit.Audited;

/**
 * Organisations sign up by themselves; an officer verifies them before their first submission;
 * verified members invite colleagues, who join through the link their invitation e-mail carries.
 */
@Stateless
@Audited
public class OrganisationService {

  private static final DateTimeFormatter LONDON_DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).withZone(ZoneId.of("Europe/London"));

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  @Inject AccessPolicy access;

  @Inject OrganisationRepository organisations;

  @Inject CallerAccounts callers;

  @Inject CallerIdentity identity;

  @Inject NotificationService notifications;

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

  /**
   * Invites a colleague by e-mail address to the caller's (verified) organisation: the address is
   * sent a link with a single-use token that works for {@link Invitation#VALID_FOR}. An earlier
   * invitation to the address that expired unused is withdrawn first.
   */
  @RolesAllowed(Role.Names.APPLICANT)
  public Invitation invite(String email) {
    Organisation mine =
        callers
            .organisation()
            .orElseThrow(() -> new NotAllowedException("Register your organisation first"));
    if (!mine.isVerified()) {
      throw new NotAllowedException(
          "You can invite colleagues once a fund officer has verified your organisation");
    }
    if (email == null || email.length() > 320 || !EMAIL.matcher(email.trim()).matches()) {
      throw new ValidationFailedException(
          List.of(
              new FieldError(
                  "email", "Enter an email address in the correct format, like name@example.org")));
    }
    Instant now = clock.instant();
    Optional<Invitation> open = organisations.findOpenInvitation(email);
    if (open.isPresent()) {
      if (open.get().status(now) == Invitation.Status.OPEN) {
        throw new ValidationFailedException(
            List.of(
                new FieldError(
                    "email",
                    "This address has already been invited. Its link works until "
                        + LONDON_DATE.format(open.get().getExpiresAt()))));
      }
      open.get().revoke(access.caller(), now);
      organisations.flush();
    }
    InvitationToken token = InvitationToken.generate();
    Invitation invitation =
        organisations.store(new Invitation(mine, email, token, access.caller(), now));
    notifications.invitationSent(invitation, token);
    return invitation;
  }

  /** The invitations of the caller's organisation, newest first. */
  @RolesAllowed(Role.Names.APPLICANT)
  public List<Invitation> invitations() {
    return callers
        .organisation()
        .map(o -> organisations.findInvitations(o.getId()))
        .orElse(List.of());
  }

  /** Withdraws an unused invitation of the caller's organisation; its link stops working. */
  @RolesAllowed(Role.Names.APPLICANT)
  public Invitation revoke(long invitationId) {
    Invitation invitation =
        callers
            .organisation()
            .flatMap(o -> organisations.findInvitation(invitationId).filter(i -> belongsTo(i, o)))
            .orElseThrow(() -> new NotFoundException("There is no such invitation"));
    invitation.revoke(access.caller(), clock.instant());
    return invitation;
  }

  /**
   * What an invitation link offers, for the page that takes it up: the organisation and the invited
   * address. Empty when the token matches no invitation.
   */
  @RolesAllowed(Role.Names.APPLICANT)
  public Optional<InvitationOffer> offer(String token) {
    Instant now = clock.instant();
    return InvitationToken.parse(token)
        .flatMap(t -> organisations.findInvitationByTokenHash(t.hash()))
        .map(
            i ->
                new InvitationOffer(
                    i.getOrganisation().getName(), i.getEmail(), i.status(now), i.getExpiresAt()));
  }

  /**
   * Takes up an invitation through its link: the caller's login must have no organisation yet and a
   * verified e-mail address that is the invited one. The caller then becomes a member.
   */
  @RolesAllowed(Role.Names.APPLICANT)
  public Organisation accept(String token) {
    UserAccount account = callerAccount();
    if (account.organisation().isPresent()) {
      throw new InvitationRefusedException(
          "Your login already belongs to "
              + account.organisation().get().getName()
              + ". Register with another login to join another organisation");
    }
    Invitation invitation =
        InvitationToken.parse(token)
            .flatMap(t -> organisations.findInvitationByTokenHash(t.hash()))
            .orElseThrow(
                () ->
                    new InvitationRefusedException(
                        "This invitation link is not valid. Check you copied all of it"));
    invitation.accept(
        account.getId(),
        account.getUsername(),
        identity.email(),
        identity.emailVerified(),
        clock.instant());
    account.joinOrganisation(invitation.getOrganisation());
    return invitation.getOrganisation();
  }

  /** What a link offers, shown before the invited colleague joins. */
  public record InvitationOffer(
      String organisation, String email, Invitation.Status status, Instant expiresAt)
      implements java.io.Serializable {}

  private static boolean belongsTo(Invitation invitation, Organisation organisation) {
    return invitation.getOrganisation().getId().equals(organisation.getId());
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
    organisation.verify(access.caller(), clock.instant());
    return organisation;
  }

  /** An organisation's name, for showing beside things that belong to it. */
  @jakarta.annotation.security.PermitAll
  public String name(long organisationId) {
    return organisations.find(organisationId).map(Organisation::getName).orElse("");
  }

  private UserAccount callerAccount() {
    return callers.accountOrNew();
  }
}
