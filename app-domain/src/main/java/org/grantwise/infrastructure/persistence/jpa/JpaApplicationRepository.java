package org.grantwise.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.grantwise.domain.model.application.ApplicationRepository;
import org.grantwise.domain.model.application.ApplicationStatus;
import org.grantwise.domain.model.application.GrantApplication;
import org.grantwise.domain.model.application.QueueQuery;
import org.hibernate.jpa.HibernateHints;

@ApplicationScoped
public class JpaApplicationRepository implements ApplicationRepository {

  @PersistenceContext(unitName = "grantwise")
  private EntityManager em;

  @Override
  public Optional<GrantApplication> find(long id) {
    return Optional.ofNullable(em.find(GrantApplication.class, id));
  }

  @Override
  public Optional<GrantApplication> findForChange(long id) {
    return Optional.ofNullable(
        em.find(GrantApplication.class, id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public List<GrantApplication> findByOrganisation(long organisationId) {
    return em.createQuery(
            "select a from GrantApplication a join fetch a.round"
                + " where a.organisation.id = :organisation order by a.updatedAt desc",
            GrantApplication.class)
        .setParameter("organisation", organisationId)
        .getResultList();
  }

  @Override
  public String nextReference(int year) {
    Number next =
        (Number)
            em.createNativeQuery("select nextval('application_reference_seq')").getSingleResult();
    return String.format("GW-%d-%05d", year, next.longValue());
  }

  @Override
  public QueueQuery.Page queue(QueueQuery q) {
    QueueFilter filter = QueueFilter.of(q, em);
    var count =
        em.createQuery("select count(a) from GrantApplication a" + filter.where(), Long.class);
    filter.parameters().forEach(count::setParameter);
    long total = count.getSingleResult();
    // A page in the second half is read backwards from the end: the database then skips the
    // rows after it instead of all the rows before it, so the last page is as quick as the first.
    boolean fromEnd = q.first() > 0 && q.first() < total && q.first() >= total / 2;
    var rows =
        em.createQuery(QUEUE_ROW + filter.where() + orderBy(q, fromEnd), QueueQuery.Row.class);
    filter.parameters().forEach(rows::setParameter);
    if (!fromEnd) {
      return new QueueQuery.Page(
          rows.setFirstResult(q.first()).setMaxResults(q.pageSize()).getResultList(), total);
    }
    long after = total - q.first();
    List<QueueQuery.Row> page =
        new ArrayList<>(
            rows.setFirstResult((int) Math.max(0, after - q.pageSize()))
                .setMaxResults((int) Math.min(q.pageSize(), after))
                .getResultList());
    Collections.reverse(page);
    return new QueueQuery.Page(page, total);
  }

  @Override
  public Stream<QueueQuery.Row> queueRows(QueueQuery q) {
    QueueFilter filter = QueueFilter.of(q, em);
    var rows = em.createQuery(QUEUE_ROW + filter.where() + orderBy(q, false), QueueQuery.Row.class);
    filter.parameters().forEach(rows::setParameter);
    // A fetch size makes the PostgreSQL driver read through a cursor instead of all rows at once.
    return rows.setHint(HibernateHints.HINT_FETCH_SIZE, 500)
        .setHint(HibernateHints.HINT_READ_ONLY, true)
        .getResultStream();
  }

  private static final String QUEUE_ROW =
      "select new org.grantwise.domain.model.application.QueueQuery$Row(a.id, a.reference,"
          + " a.title, a.organisation.name, a.primaryTheme, a.coProductionModel, a.areaServed,"
          + " a.totalRequested, a.status,"
          + " (select s.officer from Assignment s where s.applicationId = a.id), a.submittedAt,"
          + " a.round.id)"
          + " from GrantApplication a";

  /**
   * The queue's order, {@code reversed} for reading a page from the end. Ascending is "nulls last,
   * then by id" and descending its exact reverse, so one index per column serves both directions
   * (no queue row has a null in a sortable column: submitting requires them).
   */
  private static String orderBy(QueueQuery q, boolean reversed) {
    String order =
        switch (q.sort()) {
          case REFERENCE -> "a.reference";
          case TITLE -> "a.title";
          case ORGANISATION -> "a.organisation.name";
          case REQUESTED -> "a.totalRequested";
          case STATUS -> "a.status";
          case SUBMITTED -> "a.submittedAt";
        };
    return q.descending() != reversed
        ? " order by " + order + " desc nulls first, a.id desc"
        : " order by " + order + " asc nulls last, a.id asc";
  }

  /**
   * The where clause of the queue's filters and its parameters, shared by page, count and export.
   */
  private record QueueFilter(String where, Map<String, Object> parameters) {

    /** Beyond this many organisations matching a search, they are matched in the query. */
    private static final int MAX_LISTED_ORGANISATIONS = 500;

    static QueueFilter of(QueueQuery q, EntityManager em) {
      StringBuilder where = new StringBuilder(" where a.status <> :draft");
      Map<String, Object> parameters = new HashMap<>();
      parameters.put("draft", ApplicationStatus.DRAFT);
      if (q.roundId() != null) {
        where.append(" and a.round.id = :round");
        parameters.put("round", q.roundId());
      }
      if (q.status() != null) {
        where.append(" and a.status = :status");
        parameters.put("status", q.status());
      }
      if (q.theme() != null) {
        where.append(" and a.primaryTheme = :theme");
        parameters.put("theme", q.theme());
      }
      if (q.coProductionModel() != null) {
        where.append(" and a.coProductionModel = :model");
        parameters.put("model", q.coProductionModel());
      }
      if (q.area() != null) {
        where.append(" and lower(a.areaServed) like :area");
        parameters.put("area", "%" + q.area().toLowerCase(Locale.ROOT) + "%");
      }
      if (q.minRequested() != null) {
        where.append(" and a.totalRequested >= :min");
        parameters.put("min", q.minRequested());
      }
      if (q.maxRequested() != null) {
        where.append(" and a.totalRequested <= :max");
        parameters.put("max", q.maxRequested());
      }
      if (q.officer() != null) {
        where.append(
            " and exists (select s from Assignment s where s.applicationId = a.id and s.officer = :officer)");
        parameters.put("officer", q.officer());
      }
      if (q.search() != null) {
        // The organisations whose name matches first (a few thousand rows), then one condition per
        // index: the reference and title trigram indexes and the organisation index, which the
        // database combines (bitmap OR) instead of testing every application.
        String pattern = "%" + q.search().toLowerCase(Locale.ROOT) + "%";
        List<Long> organisations =
            em.createQuery(
                    "select o.id from Organisation o where lower(o.name) like :search", Long.class)
                .setParameter("search", pattern)
                .setMaxResults(MAX_LISTED_ORGANISATIONS + 1)
                .getResultList();
        where.append(" and (lower(a.reference) like :search or lower(a.title) like :search");
        if (organisations.size() > MAX_LISTED_ORGANISATIONS) {
          where.append(
              " or a.organisation.id in (select o.id from Organisation o"
                  + " where lower(o.name) like :search)");
        } else if (!organisations.isEmpty()) {
          where.append(" or a.organisation.id in :organisations");
          parameters.put("organisations", organisations);
        }
        where.append(")");
        parameters.put("search", pattern);
      }
      return new QueueFilter(where.toString(), parameters);
    }
  }

  @Override
  public GrantApplication store(GrantApplication application) {
    if (application.getId() == null) {
      em.persist(application);
      return application;
    }
    return em.merge(application);
  }
}
