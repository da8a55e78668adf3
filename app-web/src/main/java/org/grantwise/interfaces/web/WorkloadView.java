package org.grantwise.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.grantwise.application.WorkloadService;
import org.grantwise.domain.model.assessment.OfficerWorkload;

/** The officers' workload table on the manager's home page. */
@Named
@RequestScoped
public class WorkloadView {

  @Inject WorkloadService workload;

  private List<OfficerWorkload> officers;

  public List<OfficerWorkload> getOfficers() {
    if (officers == null) {
      officers = workload.officers();
    }
    return officers;
  }
}
