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
   * Counting every assignment takes the database up to a second under load, and officers declare
   * and score all day, so the counts are kept briefly and brought up to date in the background: a
   * manager's own assignment or decision shows at once on the node that made it; officers' changes
   * and other nodes' show within {@link #FRESH} of the page being in use (at most {@link #USABLE}
   * after a quiet spell, when the first view still gets the older counts). The page says when.
   */
  @RolesAllowed(Role.Names.MANAGER)
  public Recent<List<OfficerWorkload>> officers() {
    RecentFigures.Read<List<OfficerWorkload>> read =
        figures.get(FIGURES, FRESH, USABLE, assessments::workload);
    return new Recent<>(read.value(), read.readAt());
  }
}
