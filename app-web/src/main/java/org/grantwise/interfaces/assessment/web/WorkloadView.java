package org.grantwise.interfaces.assessment.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.grantwise.application.Recent;
import org.grantwise.application.WorkloadService;
import org.grantwise.domain.model.assessment.OfficerWorkload;

/** The officers' workload table on the manager's home page. */
@Named
@RequestScoped
public class WorkloadView {

  @Inject WorkloadService workload;

  private static final DateTimeFormatter READ_AT =
      DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.of("Europe/London"));

  private Recent<List<OfficerWorkload>> officers;

  public List<OfficerWorkload> getOfficers() {
    return read().value();
  }

  /** When the counts were read (UK time). */
  public String getReadAt() {
    return READ_AT.format(read().readAt());
  }

  /** The same, as an ISO instant for machines (tests wait for counts made after a change). */
  public String getReadAtInstant() {
    return read().readAt().toString();
  }

  private Recent<List<OfficerWorkload>> read() {
    if (officers == null) {
      officers = workload.officers();
    }
    return officers;
  }
}
