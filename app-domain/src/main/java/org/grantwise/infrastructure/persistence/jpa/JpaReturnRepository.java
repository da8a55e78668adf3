package org.grantwise.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.grantwise.domain.model.monitoring.MonitoringReturn;
import org.grantwise.domain.model.monitoring.ReturnRepository;
import org.grantwise.domain.model.monitoring.ReturnStatus;

@ApplicationScoped
public class JpaReturnRepository implements ReturnRepository {

  @PersistenceContext(unitName = "grantwise")
  private EntityManager em;

  @Override
  public Optional<MonitoringReturn> find(long projectId, LocalDate dueOn) {
    return em.createQuery(
            "select r from MonitoringReturn r where r.projectId = :project and r.dueOn = :due",
            MonitoringReturn.class)
        .setParameter("project", projectId)
        .setParameter("due", dueOn)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<MonitoringReturn> ofProject(long projectId) {
    return em.createQuery(
            "select r from MonitoringReturn r where r.projectId = :project order by r.dueOn",
            MonitoringReturn.class)
        .setParameter("project", projectId)
        .getResultList();
  }

  @Override
  public MonitoringReturn store(MonitoringReturn monitoringReturn) {
    em.persist(monitoringReturn);
    return monitoringReturn;
  }

  @Override
  public List<Overdue> overdue(LocalDate today) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT p.project_ref, p.title, d.period, d.due_on, coalesce(r.status, 'NOT_STARTED')"
                    + " FROM project_report_due d"
                    + " JOIN funded_project p ON p.id = d.project_id"
                    + " JOIN decision x ON x.application_id = p.application_id"
                    + " AND x.released_at IS NOT NULL"
                    + " LEFT JOIN monitoring_return r ON r.project_id = d.project_id"
                    + " AND r.due_on = d.due_on"
                    + " WHERE d.due_on < ?1 AND (r.status IS NULL OR r.status IN ('DRAFT', 'QUERIED'))"
                    + " ORDER BY d.due_on, p.project_ref LIMIT 500")
            .setParameter(1, today)
            .getResultList();
    List<Overdue> overdue = new ArrayList<>();
    for (Object[] row : rows) {
      Object due = row[3];
      LocalDate dueOn = due instanceof Date d ? d.toLocalDate() : (LocalDate) due;
      overdue.add(
          new Overdue(
              (String) row[0],
              (String) row[1],
              (String) row[2],
              dueOn,
              ReturnStatus.valueOf((String) row[4])));
    }
    return overdue;
  }

  @Override
  public long recordsCollected(long projectId, LocalDate after, LocalDate upTo) {
    return ((Number)
            em.createNativeQuery(
                    "SELECT count(*) FROM outcome_record WHERE project_id = ?1"
                        + " AND collected_on > ?2 AND collected_on <= ?3")
                .setParameter(1, projectId)
                .setParameter(2, after)
                .setParameter(3, upTo)
                .getSingleResult())
        .longValue();
  }
}
