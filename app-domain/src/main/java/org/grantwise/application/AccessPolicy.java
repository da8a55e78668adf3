package org.grantwise.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.grantwise.application.CurrentUser.OrganisationSummary;
import org.grantwise.domain.model.account.Role;
import org.grantwise.domain.model.application.ApplicationStatus;
import org.grantwise.domain.model.application.GrantApplication;
import org.grantwise.domain.model.application.IllegalStatusChangeException;
import org.grantwise.domain.model.assessment.AssessmentRepository;
import org.grantwise.domain.model.assessment.Assignment;
import org.grantwise.domain.model.assessment.ConflictDeclaration;
import org.grantwise.domain.model.assessment.FundedProject;
import org.grantwise.domain.model.organisation.Organisation;

/**
 * Who the caller is and what they may see or change, answered once for every application service:
 * the login and roles from the container's verified identity, the organisation from the caller's
 * account ({@link CallerAccounts}). The services decide what a refusal looks like (a 404 that hides
 * what exists, or a 403 that says why); the exceptions thrown here are the ones every service gave
 * before. A session bean for its {@link SessionContext} (the caller's principal and roles); it
 * joins the caller's transaction and has none of its own.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class AccessPolicy {

  @Resource SessionContext session;

  @Inject CallerAccounts callers;

  @Inject AssessmentRepository assessments;

  /** The caller's username (Keycloak's preferred_username), as the records name them. */
  public String caller() {
    return session.getCallerPrincipal().getName();
  }

  public boolean isManager() {
    return session.isCallerInRole(Role.Names.MANAGER);
  }

  public boolean isAdmin() {
    return session.isCallerInRole(Role.Names.ADMIN);
  }

  /** Officers and managers: the staff who assess and decide. */
  public boolean isOfficerOrManager() {
    return session.isCallerInRole(Role.Names.OFFICER) || isManager();
  }

  /** Every fund role: officers, managers and administrators. */
  public boolean isFundStaff() {
    return isOfficerOrManager() || isAdmin();
  }

  /** The caller's organisation, if their account belongs to one. */
  public Optional<Organisation> callerOrganisation() {
    return callers.organisation();
  }

  /** Whether the caller is a member of the organisation. */
  public boolean isMemberOf(long organisationId) {
    return callerOrganisation().filter(o -> o.getId() == organisationId).isPresent();
  }

  /** The caller as the pages show them; roles from the verified token, never from the request. */
  public CurrentUser currentUser() {
    List<String> roles =
        Arrays.stream(Role.values()).map(Role::roleName).filter(session::isCallerInRole).toList();
    Optional<OrganisationSummary> organisation =
        callerOrganisation()
            .map(
                o ->
                    new OrganisationSummary(
                        o.getId(), o.getName(), o.orgId().orElse(null), o.isVerified()));
    return new CurrentUser(caller(), roles, organisation);
  }

  /**
   * Whether the caller may read the application: its organisation's members always; a manager once
   * it is submitted; an officer once it is submitted, assigned to them and they have declared no
   * conflict of interest.
   */
  public boolean mayRead(GrantApplication application) {
    boolean submitted = application.getStatus() != ApplicationStatus.DRAFT;
    if (submitted && isManager()) {
      return true;
    }
    if (submitted
        && session.isCallerInRole(Role.Names.OFFICER)
        && isClearedAssessor(application.getId())) {
      return true;
    }
    return owns(application);
  }

  /** Whether the application is the caller's organisation's. */
  public boolean owns(GrantApplication application) {
    Optional<Organisation> mine = callerOrganisation();
    return mine.isPresent() && application.belongsTo(mine.get().getId());
  }

  /** Whether the caller is assigned to the application and has declared no conflict. */
  public boolean isClearedAssessor(long applicationId) {
    return assessments.assignment(applicationId).filter(a -> a.isAssessor(caller())).isPresent()
        && assessments
            .declaration(applicationId, caller())
            .filter(d -> !d.isConflict())
            .isPresent();
  }

  /** The caller's assignment to the application; refused when they are not assigned. */
  public Assignment assignedToCaller(long applicationId) {
    return assessments
        .assignment(applicationId)
        .filter(a -> a.isAssessor(caller()))
        .orElseThrow(() -> new NotAllowedException("You are not assigned to this application"));
  }

  /** Refuses unless the caller is assigned and has declared no conflict of interest. */
  public void requireClearedAssessor(long applicationId) {
    assignedToCaller(applicationId);
    ConflictDeclaration declaration =
        assessments
            .declaration(applicationId, caller())
            .orElseThrow(
                () ->
                    new IllegalStatusChangeException(
                        "Declare any conflict of interest before you open or score this application"));
    if (declaration.isConflict()) {
      throw new NotAllowedException("You declared a conflict of interest with this application");
    }
  }

  /** A released funded project: officers and managers see all, applicants their organisation's. */
  public boolean maySeeReleased(FundedProject project) {
    return isOfficerOrManager() || isMemberOf(project.getOrganisationId());
  }
}
