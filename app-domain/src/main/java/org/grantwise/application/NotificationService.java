package org.grantwise.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.grantwise.domain.model.account.Role;
import org.grantwise.domain.model.account.UserAccount;
import org.grantwise.domain.model.account.UserAccountRepository;
import org.grantwise.domain.model.application.GrantApplication;
import org.grantwise.domain.model.assessment.AssessmentRepository;
import org.grantwise.domain.model.assessment.Assignment;
import org.grantwise.domain.model.assessment.Recommendation;
import org.grantwise.domain.model.notification.Notification;
import org.grantwise.domain.model.notification.NotificationKind;
import org.grantwise.domain.model.notification.NotificationRepository;
import org.grantwise.domain.model.organisation.Invitation;
import org.grantwise.domain.model.organisation.InvitationToken;

/**
 * Tells applicants and officers what happened to an application: a notice in the application,
 * written in the same transaction as the change, and an e-mail sent after it commits.
 */
@Stateless
public class NotificationService {

  private static final int SHOWN = 50;

  private static final DateTimeFormatter UK_DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).withZone(ZoneId.of("Europe/London"));

  @Inject AccessPolicy access;

  @Inject NotificationRepository notifications;

  @Inject UserAccountRepository accounts;

  @Inject CallerAccounts callers;

  @Inject AssessmentRepository assessments;

  private final Clock clock = Clock.systemUTC();

  /** The caller's notices, newest first; reading them changes nothing ({@link #markAllRead}). */
  @PermitAll
  public List<Notification> mine() {
    return callers
        .usernameTheirsSince()
        .map(since -> List.copyOf(notifications.of(access.caller(), since, SHOWN)))
        .orElse(List.of());
  }

  @PermitAll
  public void markAllRead() {
    callers
        .usernameTheirsSince()
        .ifPresent(since -> notifications.markAllRead(access.caller(), since, clock.instant()));
  }

  @PermitAll
  public long unread() {
    return callers
        .usernameTheirsSince()
        .map(since -> notifications.unread(access.caller(), since))
        .orElse(0L);
  }

  /**
   * E-mails an invitation's link to the invited address. The notice is addressed to the invitation,
   * not to a username (the colleague may have no login yet), so it shows in nobody's notices; the
   * link carries the token, which only this e-mail holds.
   */
  @RolesAllowed(Role.Names.APPLICANT)
  public void invitationSent(Invitation invitation, InvitationToken token) {
    notifications.store(
        new Notification(
            "invitation:" + invitation.getId(),
            invitation.getEmail(),
            null,
            NotificationKind.INVITATION,
            "Join " + invitation.getOrganisation().getName() + " on Grantwise",
            invitation.getInvitedBy()
                + " has invited you to join "
                + invitation.getOrganisation().getName()
                + " on Grantwise, to see and edit its funding applications."
                + "\n\nOpen the link below. If you have no Grantwise login yet, choose Register and"
                + " use this email address, "
                + invitation.getEmail()
                + "; we will ask you to confirm it. The link works once, until "
                + UK_DATE.format(invitation.getExpiresAt())
                + ". If you did not expect this, ignore this email.",
            "/applicant/join.xhtml?invitation=" + token.value(),
            clock.instant()));
  }

  @RolesAllowed(Role.Names.APPLICANT)
  public void submissionReceived(GrantApplication application, boolean resubmission) {
    String what = resubmission ? "resubmitted" : "submitted";
    notifyApplicants(
        application,
        NotificationKind.SUBMISSION_RECEIVED,
        application.getReference() + " received",
        "We have received "
            + application.getReference()
            + " ("
            + application.getTitle()
            + "), "
            + what
            + " to the fund. We will tell you when a decision has been made.",
        "/applicant/application.xhtml?id=" + application.getId());
    notifyOfficers(
        application,
        NotificationKind.SUBMISSION_RECEIVED,
        application.getReference() + " " + what,
        application.getReference()
            + " ("
            + application.getTitle()
            + ") has been "
            + what
            + " and is ready for assessment.",
        "/assessment/assess.xhtml?id=" + application.getId());
  }

  @RolesAllowed(Role.Names.MANAGER)
  public void changesRequested(GrantApplication application, String whatMustChange) {
    notifyApplicants(
        application,
        NotificationKind.CHANGES_REQUESTED,
        "Changes requested to " + application.getReference(),
        "The fund has asked for changes to "
            + application.getReference()
            + " ("
            + application.getTitle()
            + "): "
            + whatMustChange
            + " Make the changes and submit the application again.",
        "/applicant/application.xhtml?id=" + application.getId());
    notifyOfficers(
        application,
        NotificationKind.CHANGES_REQUESTED,
        "Changes requested to " + application.getReference(),
        application.getReference() + " has gone back to the applicant for changes.",
        "/assessment/assess.xhtml?id=" + application.getId());
  }

  @RolesAllowed(Role.Names.MANAGER)
  public void decisionReleased(GrantApplication application, Recommendation outcome) {
    String decision =
        outcome == Recommendation.AWARD ? "has been awarded a grant" : "has not been funded";
    notifyApplicants(
        application,
        NotificationKind.DECISION_RELEASED,
        "Decision on " + application.getReference(),
        application.getReference()
            + " ("
            + application.getTitle()
            + ") "
            + decision
            + ". Sign in to read the decision.",
        "/applicant/application.xhtml?id=" + application.getId());
    notifyOfficers(
        application,
        NotificationKind.DECISION_RELEASED,
        "Decision released on " + application.getReference(),
        "The decision on " + application.getReference() + " has been released to the applicant.",
        "/assessment/assess.xhtml?id=" + application.getId());
  }

  private void notifyApplicants(
      GrantApplication application,
      NotificationKind kind,
      String subject,
      String body,
      String link) {
    for (UserAccount member : accounts.ofOrganisation(application.getOrganisation().getId())) {
      store(member.getUsername(), member.getEmail(), application, kind, subject, body, link);
    }
  }

  private void notifyOfficers(
      GrantApplication application,
      NotificationKind kind,
      String subject,
      String body,
      String link) {
    Map<String, String> officers = new LinkedHashMap<>();
    assessments
        .assignment(application.getId())
        .ifPresent(
            (Assignment a) -> {
              officers.put(a.getOfficer(), emailOf(a.getOfficer()));
              if (a.getModerator() != null) {
                officers.put(a.getModerator(), emailOf(a.getModerator()));
              }
            });
    officers.forEach(
        (officer, email) -> store(officer, email, application, kind, subject, body, link));
  }

  private String emailOf(String username) {
    return accounts.findByUsername(username).map(UserAccount::getEmail).orElse(null);
  }

  private void store(
      String recipient,
      String email,
      GrantApplication application,
      NotificationKind kind,
      String subject,
      String body,
      String link) {
    notifications.store(
        new Notification(
            recipient,
            email,
            application.getId(),
            kind,
            subject,
            body.length() > 4000 ? body.substring(0, 3999) + "…" : body,
            link,
            clock.instant()));
  }
}
