package org.grantwise.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.grantwise.domain.model.account.Role;
import org.grantwise.domain.model.application.ApplicationRepository;
import org.grantwise.domain.model.application.GrantApplication;
import org.grantwise.domain.model.application.IllegalStatusChangeException;
import org.grantwise.domain.model.application.QueueQuery;
import org.grantwise.domain.model.assessment.AssessmentRepository;
import org.grantwise.domain.model.assessment.Assignment;
import org.grantwise.domain.model.assessment.ConflictDeclaration;
import org.grantwise.infrastructure.audit.Audited;
import org.grantwise.infrastructure.cache.RecentFigures;
import org.grantwise.infrastructure.identity.StaffDirectory;

/**
 * Who works on a submitted application: the officers' queue, assigning an officer (and a
 * moderator), and each assigned officer's conflict-of-interest declaration, made before they read
 * or score it.
 */
@Stateless
@Audited
public class AssignmentService {

  @Inject AccessPolicy access;

  @Inject AssessmentRepository assessments;

  @Inject ApplicationRepository applications;

  @Inject StaffDirectory staff;

  @Inject RecentFigures figures;

  private final Clock clock = Clock.systemUTC();

  /** The officers' queue of submitted applications. */
  @RolesAllowed({Role.Names.OFFICER, Role.Names.MANAGER})
  public QueueQuery.Page queue(QueueQuery query) {
    return applications.queue(query);
  }

  /**
   * Assigns an officer (and optionally a moderator); a manager, or an officer to themself where the
   * round allows it.
   */
  @RolesAllowed({Role.Names.MANAGER, Role.Names.OFFICER})
  public Assignment assign(long applicationId, String officer, String moderator) {
    GrantApplication application = SubmittedApplications.submitted(applications, applicationId);
    String caller = access.caller();
    if (!access.isManager()) {
      if (!application.getRound().isSelfAssignment()
          || !caller.equals(officer)
          || moderator != null) {
        throw new NotAllowedException("Only a manager assigns applications in this round");
      }
    }
    if (officer == null || officer.isBlank() || officer.length() > 255) {
      throw ValidationFailedException.of(
          "officer", "Give the username of the officer who assesses the application");
    }
    if (officer.equals(moderator)) {
      throw ValidationFailedException.of("moderator", "The moderator must be a second officer");
    }
    Optional<Set<String>> officers = staff.officers();
    if (officers.isPresent()) {
      if (!officers.get().contains(officer)) {
        throw ValidationFailedException.of(
            "officer", "There is no fund officer with the username " + officer);
      }
      if (moderator != null && !moderator.isBlank() && !officers.get().contains(moderator)) {
        throw ValidationFailedException.of(
            "moderator", "There is no fund officer with the username " + moderator);
      }
    }
    application.beginAssessment(caller, clock.instant());
    figures.forgetAfterCommit(WorkloadService.FIGURES);
    Optional<Assignment> existing = assessments.assignment(applicationId);
    if (existing.isPresent()) {
      existing.get().reassign(officer, moderator, caller, clock.instant());
      return existing.get();
    }
    return assessments.store(
        new Assignment(applicationId, officer, moderator, caller, clock.instant()));
  }

  /** The assigned officer's declaration, required before they read or score the application. */
  @RolesAllowed(Role.Names.OFFICER)
  public ConflictDeclaration declare(long applicationId, boolean conflict, String reason) {
    SubmittedApplications.submitted(applications, applicationId);
    Assignment assignment = access.assignedToCaller(applicationId);
    String caller = access.caller();
    if (assessments.declaration(applicationId, caller).isPresent()) {
      throw new IllegalStatusChangeException(
          "You have already made your declaration for this application");
    }
    if (conflict && (reason == null || reason.isBlank())) {
      throw ValidationFailedException.of("reason", "Say what the conflict of interest is");
    }
    if (reason != null && reason.length() > 1000) {
      throw ValidationFailedException.of("reason", "The reason must be 1000 characters or fewer");
    }
    return assessments.store(
        new ConflictDeclaration(
            assignment.getApplicationId(), caller, conflict, reason, clock.instant()));
  }

  /** What a manager, or an officer assigned to the application, sees before reading it. */
  @RolesAllowed({Role.Names.OFFICER, Role.Names.MANAGER})
  public CaseSummary caseSummary(long applicationId) {
    GrantApplication a = SubmittedApplications.submitted(applications, applicationId);
    if (!access.isManager()) {
      access.assignedToCaller(applicationId);
    }
    return new CaseSummary(
        a.getId(),
        a.getReference(),
        a.getTitle(),
        a.getOrganisation().getName(),
        a.getRound().getId(),
        a.getRound().getName(),
        a.getStatus().name(),
        a.getForm().coProductionModel());
  }

  @RolesAllowed({Role.Names.OFFICER, Role.Names.MANAGER})
  public Optional<Assignment> assignmentOf(long applicationId) {
    return assessments.assignment(applicationId);
  }

  /** The caller's own declaration on an application, if made. */
  @RolesAllowed(Role.Names.OFFICER)
  public Optional<ConflictDeclaration> myDeclaration(long applicationId) {
    return assessments.declaration(applicationId, access.caller());
  }

  @RolesAllowed({Role.Names.OFFICER, Role.Names.MANAGER})
  public List<ConflictDeclaration> declarationsOf(long applicationId) {
    return assessments.declarations(applicationId);
  }
}
