package org.grantwise.interfaces.applications.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.grantwise.application.ApplicationService;
import org.grantwise.domain.model.application.GrantApplication;

/** The applicant's dashboard: their organisation's applications. */
@Named
@RequestScoped
public class DashboardView {

  @Inject ApplicationService applications;

  private List<GrantApplication> mine;

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm").withZone(ZoneId.of("Europe/London"));

  /** When and by whom the application last changed, as people read it. */
  public String lastChange(GrantApplication application) {
    return WHEN.format(application.getUpdatedAt()) + " by " + application.getUpdatedBy();
  }

  public List<GrantApplication> getApplications() {
    if (mine == null) {
      mine = applications.mine();
    }
    return mine;
  }
}
