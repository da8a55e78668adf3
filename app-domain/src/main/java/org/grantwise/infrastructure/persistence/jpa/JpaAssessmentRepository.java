package org.grantwise.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.grantwise.domain.model.assessment.Assessment;
import org.grantwise.domain.model.assessment.AssessmentRepository;
import org.grantwise.domain.model.assessment.Assignment;
import org.grantwise.domain.model.assessment.ConflictDeclaration;
import org.grantwise.domain.model.assessment.Criterion;
import org.grantwise.domain.model.assessment.Decision;
import org.grantwise.domain.model.assessment.FundedProject;
import org.grantwise.domain.model.assessment.Moderation;
import org.grantwise.domain.model.assessment.OfficerWorkload;
import org.grantwise.domain.model.assessment.Recommendation;
import org.grantwise.domain.model.assessment.ScoreSheet;

@ApplicationScoped
public class JpaAssessmentRepository implements AssessmentRepository {

  @PersistenceContext(unitName = "grantwise")
  private EntityManager em;

  @Override
  public List<Criterion> criteria(long roundId) {
    return em.createQuery(
            "select c from Criterion c where c.roundId = :round order by c.sortOrder, c.code",
            Criterion.class)
        .setParameter("round", roundId)
        .getResultList();
  }

  @Override
  public Optional<Assignment> assignment(long applicationId) {
    return Optional.ofNullable(em.find(Assignment.class, applicationId));
  }

  @Override
  public Optional<ConflictDeclaration> declaration(long applicationId, String officer) {
    return em.createQuery(
            "select d from ConflictDeclaration d where d.applicationId = :application and d.officer = :officer",
            ConflictDeclaration.class)
        .setParameter("application", applicationId)
        .setParameter("officer", officer)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<ConflictDeclaration> declarations(long applicationId) {
    return em.createQuery(
            "select d from ConflictDeclaration d where d.applicationId = :application order by d.declaredAt",
            ConflictDeclaration.class)
        .setParameter("application", applicationId)
        .getResultList();
  }

  @Override
  public Optional<Assessment> assessment(long applicationId, String officer) {
    return em.createQuery(
            "select a from Assessment a where a.applicationId = :application and a.officer = :officer",
            Assessment.class)
        .setParameter("application", applicationId)
        .setParameter("officer", officer)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Assessment> assessments(long applicationId) {
    return em.createQuery(
            "select a from Assessment a where a.applicationId = :application order by a.id",
            Assessment.class)
        .setParameter("application", applicationId)
        .getResultList();
  }

  @Override
  public List<ScoreSheet> scoreSheets(Collection<Long> applicationIds, String clearedOfficer) {
    if (applicationIds.isEmpty()) {
      return List.of();
    }
    // Plain columns, not entities: one query for the lot, and nothing kept in the persistence
    // context while a large export runs.
    String jpql =
        "select a.id, a.applicationId, a.officer, a.status, a.weightedTotal, a.recommendation,"
            + " s.criterion, s.score"
            + " from Assessment a left join a.scores s where a.applicationId in :applications"
            + (clearedOfficer == null
                ? ""
                : " and exists (select g from Assignment g where g.applicationId = a.applicationId"
                    + " and (g.officer = :officer or g.moderator = :officer))"
                    + " and exists (select d from ConflictDeclaration d"
                    + " where d.applicationId = a.applicationId and d.officer = :officer"
                    + " and d.conflict = false)")
            + " order by a.applicationId, a.id";
    var query = em.createQuery(jpql, Object[].class).setParameter("applications", applicationIds);
    if (clearedOfficer != null) {
      query.setParameter("officer", clearedOfficer);
    }
    Map<Long, Object[]> assessments = new LinkedHashMap<>();
    Map<Long, Map<String, Integer>> scores = new HashMap<>();
    for (Object[] r : query.getResultList()) {
      Long id = (Long) r[0];
      assessments.putIfAbsent(id, r);
      Map<String, Integer> sheet = scores.computeIfAbsent(id, k -> new HashMap<>());
      if (r[6] != null) {
        sheet.put((String) r[6], (Integer) r[7]);
      }
    }
    List<ScoreSheet> sheets = new ArrayList<>();
    assessments.forEach(
        (id, r) ->
            sheets.add(
                new ScoreSheet(
                    (Long) r[1],
                    (String) r[2],
                    (Assessment.Status) r[3],
                    scores.get(id),
                    (BigDecimal) r[4],
                    (Recommendation) r[5])));
    return sheets;
  }

  @Override
  public List<OfficerWorkload> workload() {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                """
                with assigned as (
                  select officer as username, application_id from application_assignment
                  union all
                  select moderator, application_id from application_assignment
                  where moderator is not null),
                work as (
                  select p.username, count(*) as assigned,
                         count(*) filter (where s.status is distinct from 'COMPLETED'
                                            and d.conflict is distinct from true
                                            and g.status in ('SUBMITTED', 'UNDER_ASSESSMENT',
                                                             'RESUBMITTED')) as in_progress
                  from assigned p
                  join grant_application g on g.id = p.application_id
                  left join assessment s
                    on s.application_id = p.application_id and s.officer = p.username
                  left join conflict_declaration d
                    on d.application_id = p.application_id and d.officer = p.username
                  group by p.username),
                done as (
                  select officer as username, count(*) as completed from assessment
                  where status = 'COMPLETED' group by officer),
                conflicts as (
                  select officer as username, count(*) as conflicts from conflict_declaration
                  where conflict group by officer)
                select username, coalesce(w.assigned, 0), coalesce(w.in_progress, 0),
                       coalesce(c.completed, 0), coalesce(k.conflicts, 0)
                from work w full join done c using (username) full join conflicts k using (username)
                order by username
                """)
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new OfficerWorkload(
                    (String) r[0],
                    ((Number) r[1]).longValue(),
                    ((Number) r[2]).longValue(),
                    ((Number) r[3]).longValue(),
                    ((Number) r[4]).longValue()))
        .toList();
  }

  @Override
  public Optional<Decision> decision(long applicationId) {
    return Optional.ofNullable(em.find(Decision.class, applicationId));
  }

  @Override
  public Optional<Moderation> moderation(long applicationId) {
    return Optional.ofNullable(em.find(Moderation.class, applicationId));
  }

  @Override
  public void remove(Moderation moderation) {
    em.remove(moderation);
  }

  @Override
  public List<Decision> unreleasedDecisions(long roundId) {
    return em.createQuery(
            "select d from Decision d where d.releasedAt is null and d.applicationId in"
                + " (select a.id from GrantApplication a where a.round.id = :round)",
            Decision.class)
        .setParameter("round", roundId)
        .getResultList();
  }

  @Override
  public Optional<FundedProject> project(String projectRef) {
    return em.createQuery(
            "select p from FundedProject p where p.projectRef = :ref", FundedProject.class)
        .setParameter("ref", projectRef)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<FundedProject> projectOf(long applicationId) {
    return em.createQuery(
            "select p from FundedProject p where p.applicationId = :application",
            FundedProject.class)
        .setParameter("application", applicationId)
        .getResultStream()
        .findFirst();
  }

  private static final String RELEASED =
      "from FundedProject p where exists (select d from Decision d"
          + " where d.applicationId = p.applicationId and d.releasedAt is not null)";

  @Override
  public Optional<FundedProject> releasedProject(String projectRef) {
    return em.createQuery("select p " + RELEASED + " and p.projectRef = :ref", FundedProject.class)
        .setParameter("ref", projectRef)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<FundedProject> recentReleasedProjects(int max) {
    return em.createQuery(
            "select p " + RELEASED + " order by p.createdAt desc, p.id desc", FundedProject.class)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public long releasedProjectCount() {
    return em.createQuery("select count(p) " + RELEASED, Long.class).getSingleResult();
  }

  @Override
  public List<FundedProject> releasedProjects(Long organisationId) {
    String released =
        "select p from FundedProject p where exists (select d from Decision d"
            + " where d.applicationId = p.applicationId and d.releasedAt is not null)";
    if (organisationId == null) {
      return em.createQuery(released + " order by p.projectRef", FundedProject.class)
          .getResultList();
    }
    return em.createQuery(
            released + " and p.organisationId = :organisation order by p.projectRef",
            FundedProject.class)
        .setParameter("organisation", organisationId)
        .getResultList();
  }

  @Override
  public String nextProjectReference(int year) {
    Number next =
        (Number) em.createNativeQuery("select nextval('project_reference_seq')").getSingleResult();
    return String.format("PCF-%d-%04d", year, next.longValue());
  }

  @Override
  public <T> T store(T entity) {
    em.persist(entity);
    return entity;
  }
}
