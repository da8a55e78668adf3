package org.grantwise.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.grantwise.application.AssessmentService;
import org.grantwise.domain.model.assessment.FundedProject;

/** Funded projects for a home page: the applicant's own (once released), or all for staff. */
@Named
@RequestScoped
public class ProjectsView {

  @Inject AssessmentService assessments;

  private List<FundedProject> projects;

  public List<FundedProject> getProjects() {
    if (projects == null) {
      projects = assessments.projects();
    }
    return projects;
  }
}
