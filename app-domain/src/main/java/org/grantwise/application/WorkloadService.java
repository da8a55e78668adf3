package org.grantwise.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.grantwise.domain.model.account.Role;
import org.grantwise.domain.model.assessment.AssessmentRepository;
import org.grantwise.domain.model.assessment.OfficerWorkload;

/** How the assessment work is spread over the officers, for the managers who assign it. */
@Stateless
public class WorkloadService {

  @Inject AssessmentRepository assessments;

  @RolesAllowed(Role.Names.MANAGER)
  public List<OfficerWorkload> officers() {
    return assessments.workload();
  }
}
