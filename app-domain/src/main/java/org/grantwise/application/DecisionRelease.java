package org.grantwise.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import org.grantwise.domain.model.account.Role;
import org.grantwise.domain.model.application.ApplicationRepository;
import org.grantwise.domain.model.application.GrantApplication;
import org.grantwise.domain.model.assessment.AssessmentRepository;
import org.grantwise.domain.model.assessment.Decision;
import org.grantwise.infrastructure.audit.Audited;

/**
 * Releases one decision in a transaction of its own, so that one application whose decision cannot
 * be released never holds back (or rolls back) the rest of its round. Used by {@link
 * DecisionService#release}.
 */
@Stateless
@Audited
public class DecisionRelease {

  @Inject AccessPolicy access;

  @Inject ApplicationRepository applications;

  @Inject AssessmentRepository assessments;

  @Inject NotificationService notifications;

  private final Clock clock = Clock.systemUTC();

  /**
   * Releases the application's decision: answers true, or false when it had been released already
   * (by another manager at the same moment). When the decision cannot be released, throws {@link
   * org.grantwise.domain.model.application.IllegalStatusChangeException} saying why, and this
   * transaction changes nothing.
   */
  @RolesAllowed(Role.Names.MANAGER)
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean release(long applicationId) {
    // Locked as a decision and a withdrawal lock it: nothing changes the application meanwhile.
    GrantApplication application =
        applications
            .findForChange(applicationId)
            .orElseThrow(() -> new ApplicationNotFoundException(applicationId));
    Decision decision =
        assessments
            .decision(applicationId)
            .orElseThrow(() -> new ApplicationNotFoundException(applicationId));
    if (decision.isReleased()) {
      return false;
    }
    decision.release(application, access.caller(), clock.instant());
    notifications.decisionReleased(application, decision.getOutcome());
    return true;
  }
}
