package org.grantwise.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.grantwise.application.ReportService;
import org.grantwise.domain.model.report.ProgrammeDashboard;

/** The manager's programme dashboard. */
@Named
@RequestScoped
public class ProgrammeView {

  @Inject ReportService reports;

  private ProgrammeDashboard dashboard;

  public ProgrammeDashboard getDashboard() {
    if (dashboard == null) {
      dashboard = reports.dashboard();
    }
    return dashboard;
  }
}
