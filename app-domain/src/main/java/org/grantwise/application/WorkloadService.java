package org.grantwise.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.grantwise.domain.model.account.Role;
import org.grantwise.domain.model.assessment.AssessmentRepository;
import org.grantwise.domain.model.assessment.OfficerWorkload;
import org.grantwise.infrastructure.cache.RecentFigures;

/** How the assessment work is spread over the officers, for the managers who assign it. */
@Stateless
public class WorkloadService {

  /** The name under which the figures are kept; assessment changes forget it on commit. */
  static final String FIGURES = "officer-workload";

  static final Duration FRESH = Duration.ofSeconds(15);
  static final Duration USABLE = Duration.ofMinutes(2);

  @Inject AssessmentRepository assessments;

  @Inject RecentFigures figures;

  /**
   * Counting every assignment takes the database about a second, so the counts are kept briefly: an
   * assignment, declaration, assessment or decision made on this node shows at once, one made on
   * another node within {@link #FRESH}.
   */
  @RolesAllowed(Role.Names.MANAGER)
  public RecentFigures.Read<List<OfficerWorkload>> officers() {
    return figures.get(FIGURES, FRESH, USABLE, assessments::workload);
  }
}
