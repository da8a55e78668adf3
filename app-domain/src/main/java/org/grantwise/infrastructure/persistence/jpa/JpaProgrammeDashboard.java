package org.grantwise.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.List;
import org.grantwise.domain.model.report.ProgrammeDashboard;
import org.grantwise.domain.model.report.ProgrammeDashboard.AwardGroup;
import org.grantwise.domain.model.report.ProgrammeDashboard.StatusCount;
import org.grantwise.domain.model.report.ProgrammeDashboard.YearMoney;

/** The dashboard's figures, each one aggregate query in the database. */
@ApplicationScoped
public class JpaProgrammeDashboard implements ProgrammeDashboard.Queries {

  @PersistenceContext(unitName = "grantwise")
  private EntityManager em;

  @Override
  public ProgrammeDashboard dashboard() {
    return new ProgrammeDashboard(
        rows(
                "SELECT r.name, a.status, count(*) FROM grant_application a"
                    + " JOIN funding_round r ON r.id = a.round_id"
                    + " GROUP BY r.closes_on, r.name, a.status ORDER BY r.closes_on DESC, a.status")
            .stream()
            .map(r -> new StatusCount((String) r[0], (String) r[1], ((Number) r[2]).longValue()))
            .toList(),
        rows(
                "WITH asked AS ("
                    + " SELECT (y ->> 'year')::int AS year, sum((y ->> 'requested')::numeric) AS amount"
                    + " FROM grant_application a,"
                    + " jsonb_array_elements(COALESCE(a.form -> 'budget', '[]'::jsonb)) y"
                    + " WHERE a.status <> 'DRAFT' AND a.status <> 'WITHDRAWN'"
                    + " AND jsonb_typeof(y -> 'requested') = 'number'"
                    + " GROUP BY 1),"
                    + " given AS (SELECT year, sum(amount) AS amount FROM project_amount GROUP BY 1)"
                    + " SELECT COALESCE(asked.year, given.year), COALESCE(asked.amount, 0),"
                    + " COALESCE(given.amount, 0)"
                    + " FROM asked FULL JOIN given ON given.year = asked.year ORDER BY 1")
            .stream()
            .map(
                r ->
                    new YearMoney(((Number) r[0]).intValue(), (BigDecimal) r[1], (BigDecimal) r[2]))
            .toList(),
        awards("p.primary_theme"),
        awards("p.co_production_model"),
        awards("COALESCE(a.area_served, '(not given)')"),
        returns());
  }

  private ProgrammeDashboard.Returns returns() {
    Object[] r =
        rows("SELECT"
                + " count(*) FILTER (WHERE d.due_on >= current_date"
                + "  AND COALESCE(m.status, 'DRAFT') IN ('DRAFT', 'QUERIED')),"
                + " count(*) FILTER (WHERE d.due_on < current_date"
                + "  AND COALESCE(m.status, 'DRAFT') IN ('DRAFT', 'QUERIED')),"
                + " count(*) FILTER (WHERE m.status = 'SUBMITTED'),"
                + " count(*) FILTER (WHERE m.status = 'ACCEPTED')"
                + " FROM project_report_due d LEFT JOIN monitoring_return m"
                + " ON m.project_id = d.project_id AND m.due_on = d.due_on")
            .get(0);
    return new ProgrammeDashboard.Returns(
        ((Number) r[0]).longValue(),
        ((Number) r[1]).longValue(),
        ((Number) r[2]).longValue(),
        ((Number) r[3]).longValue());
  }

  private List<AwardGroup> awards(String key) {
    return rows(
            "SELECT "
                + key
                + ", count(DISTINCT p.id), COALESCE(sum(m.amount), 0)"
                + " FROM funded_project p JOIN grant_application a ON a.id = p.application_id"
                + " LEFT JOIN project_amount m ON m.project_id = p.id"
                + " GROUP BY 1 ORDER BY 3 DESC, 1")
        .stream()
        .map(r -> new AwardGroup((String) r[0], ((Number) r[1]).longValue(), (BigDecimal) r[2]))
        .toList();
  }

  @SuppressWarnings("unchecked")
  private List<Object[]> rows(String sql) {
    return em.createNativeQuery(sql).getResultList();
  }
}
