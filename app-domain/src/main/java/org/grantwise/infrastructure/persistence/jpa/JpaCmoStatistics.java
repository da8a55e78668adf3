package org.grantwise.infrastructure.persistence.jpa;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.grantwise.domain.model.report.Breakdown;
import org.grantwise.domain.model.report.CmoCategory;
import org.grantwise.domain.model.report.CmoCounts;
import org.grantwise.domain.model.report.CmoQuery;
import org.grantwise.domain.model.report.CmoStatistics;
import org.grantwise.domain.model.report.CmoStatistics.Transition;

/**
 * One statement per report: the most recent record of each respondent in the period (by collection
 * date; on the same day EXIT over FOLLOW_UP over BASELINE), then N per group and the count per
 * item. Column and group expressions come from enums, never from the request; values are bound.
 *
 * <p>Counting a million records takes seconds, and the records change rarely (imports, erasures),
 * so the counts are kept per query until the data changes: every statement that changes outcome
 * records or funded projects takes the next value of {@code report_data_version_seq} (V14), which
 * each node reads before answering from its cache. Requests for counts being made wait for them
 * rather than counting again. A count made while a writer had not yet committed could be kept under
 * the new version, so entries also expire after half an hour; one in use is counted again in the
 * background after twenty minutes (one such count at a time), so no request waits for that. {@link
 * #warmUp} counts the reports' usual breakdowns when the node starts.
 */
@ApplicationScoped
public class JpaCmoStatistics implements CmoStatistics {

  private static final Logger LOG = Logger.getLogger(JpaCmoStatistics.class.getName());

  static final long CACHE_MILLIS = 30 * 60_000;
  static final long RECOUNT_AFTER_MILLIS = 20 * 60_000;
  private static final int CACHE_ENTRIES = 500;

  @PersistenceContext(unitName = "grantwise")
  private EntityManager em;

  @Resource(lookup = "java:jboss/ee/concurrency/executor/default")
  ManagedExecutorService executor;

  /** Whether a background recount is running: one at a time, to leave the database to users. */
  private final AtomicBoolean recounting = new AtomicBoolean();

  private record Key(long version, String kind, CmoQuery query) {}

  /** Counts being made or made at a time; requests for the same counts wait for one making. */
  private record Entry(long madeAt, CompletableFuture<List<?>> rows) {}

  private final Map<Key, Entry> cache = new ConcurrentHashMap<>();

  /** The query's result from the cache while the data has not changed, else counted now. */
  @SuppressWarnings("unchecked")
  private <T> List<T> cached(String kind, CmoQuery query, Supplier<List<T>> count) {
    long version =
        ((Number)
                em.createNativeQuery("SELECT last_value FROM report_data_version_seq")
                    .getSingleResult())
            .longValue();
    long now = System.currentTimeMillis();
    Key key = new Key(version, kind, query);
    Entry mine = new Entry(now, new CompletableFuture<>());
    Entry entry =
        cache.compute(
            key,
            (k, e) ->
                e != null && now - e.madeAt() < CACHE_MILLIS && !e.rows().isCompletedExceptionally()
                    ? e
                    : mine);
    if (entry != mine) {
      if (entry.rows().isDone() && now - entry.madeAt() > RECOUNT_AFTER_MILLIS) {
        recountInBackground(key, entry, count);
      }
      try {
        return (List<T>) entry.rows().get(2, TimeUnit.MINUTES);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted while the statistics were counted", e);
      } catch (ExecutionException | TimeoutException e) {
        return count.get(); // the other count failed or hangs: count here, without caching
      }
    }
    try {
      List<T> rows = List.copyOf(count.get());
      mine.rows().complete(rows);
      cache.keySet().removeIf(k -> k.version() != version);
      if (cache.size() > CACHE_ENTRIES) {
        cache.clear();
      }
      return rows;
    } catch (RuntimeException e) {
      mine.rows().completeExceptionally(e);
      cache.remove(key, mine);
      throw e;
    }
  }

  private <T> void recountInBackground(Key key, Entry replacing, Supplier<List<T>> count) {
    if (executor == null || !recounting.compareAndSet(false, true)) {
      return;
    }
    try {
      executor.execute(
          () -> {
            try {
              long madeAt = System.currentTimeMillis();
              List<?> rows = List.copyOf(count.get());
              cache.replace(
                  key, replacing, new Entry(madeAt, CompletableFuture.completedFuture(rows)));
            } catch (RuntimeException e) {
              LOG.log(
                  Level.WARNING, "Recounting " + key.kind() + " failed; the older counts stay", e);
            } finally {
              recounting.set(false);
            }
          });
    } catch (RejectedExecutionException e) {
      recounting.set(false);
    }
  }

  /**
   * Counts each category by the breakdowns the reports open with (all respondents, participant
   * type, theme, co-production model, round), without filters, so that the first managers of the
   * day do not wait for them. Failures are logged: a request simply counts again.
   */
  public void warmUp() {
    long started = System.currentTimeMillis();
    int counted = 0;
    for (CmoCategory category : CmoCategory.values()) {
      for (Breakdown by :
          List.of(
              Breakdown.ALL,
              Breakdown.PARTICIPANT_TYPE,
              Breakdown.THEME,
              Breakdown.CO_PRODUCTION_MODEL,
              Breakdown.ROUND)) {
        try {
          count(new CmoQuery(category, by, null, null, null, List.of()));
          counted++;
        } catch (RuntimeException e) {
          LOG.log(Level.WARNING, "Could not count " + category + " by " + by + " in advance", e);
          return;
        }
      }
    }
    LOG.info(
        "Counted "
            + counted
            + " outcome reports in advance in "
            + (System.currentTimeMillis() - started)
            + " ms");
  }

  @Override
  public List<CmoCounts> count(CmoQuery query) {
    return cached("count", query, () -> countNow(query));
  }

  private List<CmoCounts> countNow(CmoQuery query) {
    List<Object> values = new ArrayList<>();
    String where = where(query, values);
    String sql =
        "WITH latest AS ("
            + " SELECT DISTINCT ON (r.project_id, r.respondent_ref)"
            + " r.project_id, r.respondent_ref, r."
            + query.category().column()
            + " AS answers, "
            + groups(query.by())
            + " AS grps"
            + " FROM outcome_record r JOIN funded_project p ON p.id = r.project_id"
            // Only these breakdowns read the application form.
            + (query.by() == Breakdown.COM_B_FOCUS || query.by() == Breakdown.DOMAIN
                ? " JOIN grant_application a ON a.id = p.application_id"
                : "")
            + " WHERE "
            + where
            + " ORDER BY r.project_id, r.respondent_ref, r.collected_on DESC,"
            + " CASE r.wave WHEN 'EXIT' THEN 3 WHEN 'FOLLOW_UP' THEN 2 ELSE 1 END DESC)"
            // Each row of latest is one respondent: with each group and item taken once per row,
            // count(*) counts respondents (no count(DISTINCT ...), which sorted a million rows).
            + " SELECT grp, NULL AS item, count(*)"
            + " FROM latest, LATERAL (SELECT DISTINCT unnest(grps) AS grp) g"
            + " WHERE answers IS NOT NULL GROUP BY grp"
            + " UNION ALL"
            + " SELECT grp, item, count(*)"
            + " FROM latest, LATERAL (SELECT DISTINCT unnest(grps) AS grp) g,"
            + " LATERAL (SELECT DISTINCT unnest(answers) AS item) i GROUP BY grp, item"
            + " ORDER BY 1, 2 NULLS FIRST";
    Map<String, Long> n = new LinkedHashMap<>();
    Map<String, Map<String, Long>> items = new HashMap<>();
    for (Object[] row : rows(sql, values)) {
      String group = (String) row[0];
      long count = ((Number) row[2]).longValue();
      if (row[1] == null) {
        n.put(group, count);
      } else {
        items.computeIfAbsent(group, g -> new HashMap<>()).put((String) row[1], count);
      }
    }
    return n.entrySet().stream()
        .map(e -> new CmoCounts(e.getKey(), e.getValue(), items.getOrDefault(e.getKey(), Map.of())))
        .toList();
  }

  @Override
  public List<Transition> ladderTransitions(CmoQuery query) {
    return cached("ladder", query, () -> ladderNow(query));
  }

  private List<Transition> ladderNow(CmoQuery query) {
    List<Object> values = new ArrayList<>();
    String where = where(query, values);
    String sql =
        "WITH latest AS ("
            + " SELECT DISTINCT ON (r.project_id, r.respondent_ref)"
            + " r.co_production_before AS before, r.co_production_now AS now, p.project_ref"
            + " FROM outcome_record r JOIN funded_project p ON p.id = r.project_id"
            + " WHERE "
            + where
            + " ORDER BY r.project_id, r.respondent_ref, r.collected_on DESC,"
            + " CASE r.wave WHEN 'EXIT' THEN 3 WHEN 'FOLLOW_UP' THEN 2 ELSE 1 END DESC)"
            + " SELECT project_ref, before, now, count(*) FROM latest"
            + " WHERE before IS NOT NULL AND now IS NOT NULL"
            + " GROUP BY project_ref, before, now ORDER BY 1, 2, 3";
    return rows(sql, values).stream()
        .map(
            r ->
                new Transition(
                    (String) r[0], (String) r[1], (String) r[2], ((Number) r[3]).longValue()))
        .toList();
  }

  @Override
  public List<CmoStatistics.Coverage> coverage(CmoQuery query) {
    List<Object> values = new ArrayList<>();
    String period = periodFilter(query, values);
    String projects = projectFilter(query, values);
    String sql =
        "SELECT p.project_ref, p.title,"
            + " (SELECT count(DISTINCT r.respondent_ref) FROM outcome_record r"
            + "  WHERE r.project_id = p.id AND "
            + period
            + "),"
            + " (SELECT sum(m.participants_reached) FROM monitoring_return m"
            + "  WHERE m.project_id = p.id AND m.status IN ('SUBMITTED', 'ACCEPTED'))"
            + " FROM funded_project p WHERE "
            + projects
            + " ORDER BY p.project_ref";
    return rows(sql, values).stream()
        .map(
            r ->
                new CmoStatistics.Coverage(
                    (String) r[0],
                    (String) r[1],
                    ((Number) r[2]).longValue(),
                    r[3] == null ? null : ((Number) r[3]).longValue()))
        .toList();
  }

  /** The project filters (round, theme, model, references) over funded_project p. */
  private static String projectFilter(CmoQuery query, List<Object> values) {
    StringBuilder where = new StringBuilder("TRUE");
    if (query.roundId() != null) {
      values.add(query.roundId());
      where.append(" AND p.round_id = ?").append(values.size());
    }
    if (query.theme() != null) {
      values.add(query.theme());
      where.append(" AND p.primary_theme = ?").append(values.size());
    }
    if (query.model() != null) {
      values.add(query.model());
      where.append(" AND p.co_production_model = ?").append(values.size());
    }
    if (!query.projectRefs().isEmpty()) {
      where.append(" AND p.project_ref IN (");
      for (int i = 0; i < query.projectRefs().size(); i++) {
        values.add(query.projectRefs().get(i));
        where.append(i == 0 ? "?" : ", ?").append(values.size());
      }
      where.append(")");
    }
    return where.toString();
  }

  /** The collection period over outcome_record r. */
  private static String periodFilter(CmoQuery query, List<Object> values) {
    StringBuilder where = new StringBuilder("TRUE");
    if (query.from() != null) {
      values.add(query.from());
      where.append(" AND r.collected_on >= ?").append(values.size());
    }
    if (query.to() != null) {
      values.add(query.to());
      where.append(" AND r.collected_on <= ?").append(values.size());
    }
    return where.toString();
  }

  /** All the filters, over outcome_record r and funded_project p; their values in order. */
  private static String where(CmoQuery query, List<Object> values) {
    return projectFilter(query, values) + " AND " + periodFilter(query, values);
  }

  /** Runs a statement with its values bound in order. */
  @SuppressWarnings("unchecked")
  private List<Object[]> rows(String sql, List<Object> values) {
    Query statement = em.createNativeQuery(sql);
    for (int i = 0; i < values.size(); i++) {
      statement.setParameter(i + 1, values.get(i));
    }
    return statement.getResultList();
  }

  /**
   * The groups a respondent's record falls in, as a text array (a project may have two domains).
   */
  private static String groups(Breakdown by) {
    return switch (by) {
      case ALL -> "ARRAY['ALL']";
      case PARTICIPANT_TYPE -> "ARRAY[r.participant_type]";
      case THEME -> "ARRAY[p.primary_theme]";
      case CO_PRODUCTION_MODEL -> "ARRAY[p.co_production_model]";
      case ROUND -> "ARRAY[p.round_id::text]";
      case PROJECT -> "ARRAY[p.project_ref]";
      case COM_B_FOCUS ->
          "ARRAY[COALESCE((SELECT upper(f.key)"
              + " FROM jsonb_each_text(a.form -> 'behaviourChange' -> 'focus') f"
              + " WHERE f.value ~ '^[0-9]+$' ORDER BY f.value::int DESC, f.key LIMIT 1),"
              + " 'NOT_GIVEN')]";
      case DOMAIN ->
          "ARRAY(SELECT jsonb_array_elements_text(CASE jsonb_typeof(a.form -> 'domains')"
              + " WHEN 'array' THEN a.form -> 'domains' ELSE '[]'::jsonb END))";
    };
  }
}
