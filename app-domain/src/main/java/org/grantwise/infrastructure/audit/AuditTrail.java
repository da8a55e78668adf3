package org.grantwise.infrastructure.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.grantwise.application.AuditEntry;

/** Reads the audit log. There is deliberately no way to write or change it from here. */
@ApplicationScoped
public class AuditTrail {

  @PersistenceContext EntityManager em;

  /** Everything recorded about one application and the rows that hang off it, newest first. */
  public List<AuditEntry> ofApplication(long applicationId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT id, occurred_at, actor, table_name, operation, row_key, changes::text"
                    + " FROM audit_log WHERE application_id = ?1 ORDER BY id DESC")
            .setParameter(1, applicationId)
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new AuditEntry(
                    ((Number) r[0]).longValue(),
                    instant(r[1]),
                    (String) r[2],
                    (String) r[3],
                    (String) r[4],
                    (String) r[5],
                    (String) r[6]))
        .toList();
  }

  private static Instant instant(Object value) {
    if (value instanceof Instant i) {
      return i;
    }
    if (value instanceof OffsetDateTime o) {
      return o.toInstant();
    }
    return ((java.sql.Timestamp) value).toInstant();
  }
}
