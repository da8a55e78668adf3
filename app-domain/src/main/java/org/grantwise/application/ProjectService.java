package org.grantwise.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.grantwise.domain.model.account.Role;
import org.grantwise.domain.model.assessment.AssessmentRepository;
import org.grantwise.domain.model.assessment.FundedProject;
import org.grantwise.infrastructure.audit.Audited;

/**
 * Funded projects once their award is released: an applicant sees their organisation's, officers
 * and managers see all. Anyone else is told a project does not exist.
 */
@Stateless
@Audited
public class ProjectService {

  @Inject AccessPolicy access;

  @Inject AssessmentRepository assessments;

  /** Funded projects: an applicant sees their organisation's released ones; staff see all. */
  @RolesAllowed({Role.Names.APPLICANT, Role.Names.OFFICER, Role.Names.MANAGER})
  public List<FundedProject> projects() {
    if (access.isOfficerOrManager()) {
      return assessments.releasedProjects(null);
    }
    return access
        .callerOrganisation()
        .map(o -> assessments.releasedProjects(o.getId()))
        .orElse(List.of());
  }

  /** Staff's home pages: the most recently funded released projects, newest first. */
  @RolesAllowed({Role.Names.OFFICER, Role.Names.MANAGER})
  public List<FundedProject> recentProjects(int max) {
    return assessments.recentReleasedProjects(max);
  }

  @RolesAllowed({Role.Names.OFFICER, Role.Names.MANAGER})
  public long projectCount() {
    return assessments.releasedProjectCount();
  }

  @RolesAllowed({Role.Names.APPLICANT, Role.Names.OFFICER, Role.Names.MANAGER})
  public FundedProject project(String projectRef) {
    return assessments
        .releasedProject(projectRef)
        .filter(access::maySeeReleased)
        .orElseThrow(
            () ->
                new NotFoundException(
                    "There is no funded project " + projectRef + " that you can see"));
  }
}
