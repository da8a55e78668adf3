package org.grantwise.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;
import org.grantwise.domain.model.account.Role;
import org.grantwise.domain.model.application.ApplicationRepository;
import org.grantwise.domain.model.application.GrantApplication;
import org.grantwise.domain.model.assessment.AssessmentRepository;
import org.grantwise.domain.model.assessment.Decision;
import org.grantwise.domain.model.assessment.FundedProject;
import org.grantwise.domain.model.assessment.Recommendation;
import org.grantwise.domain.model.organisation.Organisation;
import org.grantwise.domain.model.organisation.OrganisationRepository;

/**
 * Award letters. A letter exists once the award's decision is released: the awarded organisation's
 * members and managers may have it; to anyone else, and to everyone before release, there is no
 * such letter.
 */
@Stateless
public class AwardLetterService {

  @Inject AccessPolicy access;

  @Inject AssessmentRepository assessments;

  @Inject ApplicationRepository applications;

  @Inject OrganisationRepository organisations;

  @RolesAllowed({Role.Names.APPLICANT, Role.Names.MANAGER})
  public AwardLetter letter(String projectRef) {
    FundedProject project =
        assessments
            .project(projectRef == null ? "" : projectRef)
            .filter(this::mayRead)
            .orElseThrow(() -> new NotFoundException("There is no award letter for " + projectRef));
    Decision decision = assessments.decision(project.getApplicationId()).orElseThrow();
    GrantApplication application = applications.find(project.getApplicationId()).orElseThrow();
    Organisation organisation = organisations.find(project.getOrganisationId()).orElseThrow();
    return new AwardLetter(
        project.getProjectRef(),
        application.getReference(),
        organisation.getName(),
        organisation.getAddress(),
        application.getRound().getName(),
        project.getTitle(),
        project.getAmounts().stream()
            .map(a -> new AwardLetter.YearAmount(a.getYear(), a.getAmount()))
            .toList(),
        project.total(),
        project.getStartDate(),
        decision.getConditions(),
        project.getReportsDue().stream()
            .map(r -> new AwardLetter.ReportDue(r.getDueOn(), r.getPeriod()))
            .toList(),
        decision.getReleasedAt());
  }

  /** The project reference of an application's award letter, if the caller may have it. */
  @RolesAllowed({Role.Names.APPLICANT, Role.Names.MANAGER})
  public Optional<String> letterFor(long applicationId) {
    return assessments
        .projectOf(applicationId)
        .filter(this::mayRead)
        .map(FundedProject::getProjectRef);
  }

  /** Released, an award, and the caller a manager or a member of the awarded organisation. */
  private boolean mayRead(FundedProject project) {
    boolean released =
        assessments
            .decision(project.getApplicationId())
            .filter(d -> d.getOutcome() == Recommendation.AWARD && d.isReleased())
            .isPresent();
    if (!released) {
      return false;
    }
    if (access.isManager()) {
      return true;
    }
    return access.isMemberOf(project.getOrganisationId());
  }
}
