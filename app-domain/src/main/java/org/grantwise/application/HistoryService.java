package org.grantwise.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.grantwise.domain.model.account.Role;
import org.grantwise.domain.model.application.ApplicationRepository;
import org.grantwise.infrastructure.audit.AuditTrail;
import org.grantwise.infrastructure.audit.Audited;

/** An application's history: every change to it, its assessments, decision and award. */
@Stateless
@Audited
public class HistoryService {

  @Inject ApplicationRepository applications;

  @Inject AuditTrail auditTrail;

  /** The application's audit trail, newest first: managers only. */
  @RolesAllowed(Role.Names.MANAGER)
  public List<AuditEntry> history(long applicationId) {
    applications
        .find(applicationId)
        .orElseThrow(() -> new ApplicationNotFoundException(applicationId));
    return auditTrail.ofApplication(applicationId);
  }
}
