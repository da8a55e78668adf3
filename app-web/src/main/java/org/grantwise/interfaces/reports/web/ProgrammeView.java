package org.grantwise.interfaces.reports.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.grantwise.application.Recent;
import org.grantwise.application.ReportService;
import org.grantwise.domain.model.report.ProgrammeDashboard;

/** The manager's programme dashboard. */
@Named
@RequestScoped
public class ProgrammeView {

  private static final DateTimeFormatter READ_AT =
      DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm:ss").withZone(ZoneId.of("Europe/London"));

  @Inject ReportService reports;

  private Recent<ProgrammeDashboard> dashboard;

  public ProgrammeDashboard getDashboard() {
    return read().value();
  }

  /** When the figures were read (UK time): they may be up to a minute or so old. */
  public String getReadAt() {
    return READ_AT.format(read().readAt());
  }

  /** The same, as an ISO instant for machines (tests wait for figures read after a change). */
  public String getReadAtInstant() {
    return read().readAt().toString();
  }

  private Recent<ProgrammeDashboard> read() {
    if (dashboard == null) {
      dashboard = reports.dashboard();
    }
    return dashboard;
  }
}
