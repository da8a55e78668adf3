package org.grantwise.interfaces.monitoring.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.grantwise.application.ProjectService;
import org.grantwise.domain.model.account.Role;
import org.grantwise.domain.model.assessment.FundedProject;

/**
 * Funded projects for a home page: the applicant's own (once released); for staff the most recently
 * funded ones (a programme has thousands: listing them all made the page take seconds), with the
 * total, and the others found by reference.
 */
@Named
@RequestScoped
public class ProjectsView {

  /** How many projects a staff home page lists. */
  static final int STAFF_LIST = 25;

  @Inject ProjectService fundedProjects;

  @Inject FacesContext faces;

  private List<FundedProject> projects;
  private Long total;

  public List<FundedProject> getProjects() {
    if (projects == null) {
      projects = isStaff() ? fundedProjects.recentProjects(STAFF_LIST) : fundedProjects.projects();
    }
    return projects;
  }

  /** All the projects the user may see (staff: more than the page lists). */
  public long getTotal() {
    if (total == null) {
      total = isStaff() ? fundedProjects.projectCount() : getProjects().size();
    }
    return total;
  }

  public boolean isStaff() {
    return faces.getExternalContext().isUserInRole(Role.OFFICER.roleName())
        || faces.getExternalContext().isUserInRole(Role.MANAGER.roleName());
  }
}
