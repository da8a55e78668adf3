package org.grantwise.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.grantwise.application.ApplicationService;
import org.grantwise.domain.model.application.GrantApplication;

/** The applicant's dashboard: their organisation's applications. */
@Named
@RequestScoped
public class DashboardView {

  @Inject ApplicationService applications;

  private List<GrantApplication> mine;

  public List<GrantApplication> getApplications() {
    if (mine == null) {
      mine = applications.mine();
    }
    return mine;
  }
}
