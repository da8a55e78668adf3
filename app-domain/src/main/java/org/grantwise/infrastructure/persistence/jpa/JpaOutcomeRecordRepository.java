package org.grantwise.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.grantwise.domain.model.monitoring.OutcomeRecord;
import org.grantwise.domain.model.monitoring.OutcomeRecordRepository;
import org.grantwise.domain.model.monitoring.OutcomeRecordRules;
import org.hibernate.Session;

/**
 * Outcome records in plain SQL on the persistence context's own connection (same transaction, same
 * audit actor). Not an entity on purpose: a file of 100,000 records is one {@code INSERT ... SELECT
 * FROM unnest(arrays) ON CONFLICT DO UPDATE} per chunk instead of 100,000 persists, and the
 * sections are PostgreSQL arrays whose NULL ("not asked") and {} ("none") must both survive.
 */
@ApplicationScoped
public class JpaOutcomeRecordRepository implements OutcomeRecordRepository {

  /** Rows per statement: bounds the size of the arrays sent at once. */
  private static final int CHUNK = 10_000;

  private static final String COLUMNS =
      "id, respondent_ref, participant_type, wave, collected_on, consent, contexts, mechanisms,"
          + " short_term_outcomes, long_term_outcomes, self_identified_outcomes,"
          + " co_production_before, co_production_now";

  // Sections travel as ';'-joined text (codes never contain ';'): NULL stays NULL, '' becomes {}.
  private static final String UPSERT =
      "INSERT INTO outcome_record (project_id, respondent_ref, participant_type, wave, collected_on,"
          + " consent, contexts, mechanisms, short_term_outcomes, long_term_outcomes,"
          + " self_identified_outcomes, co_production_before, co_production_now,"
          + " created_at, created_by, updated_at, updated_by)"
          + " SELECT ?, r.ref, r.ptype, r.wave, r.collected::date, true,"
          + " string_to_array(r.c, ';'), string_to_array(r.m, ';'), string_to_array(r.s, ';'),"
          + " string_to_array(r.l, ';'), string_to_array(r.si, ';'), r.before, r.now, ?, ?, ?, ?"
          + " FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],"
          + " ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])"
          + " AS r(ref, ptype, wave, collected, c, m, s, l, si, before, now)"
          + " ON CONFLICT (project_id, respondent_ref, wave, collected_on) DO UPDATE SET"
          + " participant_type = EXCLUDED.participant_type, consent = EXCLUDED.consent,"
          + " contexts = EXCLUDED.contexts, mechanisms = EXCLUDED.mechanisms,"
          + " short_term_outcomes = EXCLUDED.short_term_outcomes,"
          + " long_term_outcomes = EXCLUDED.long_term_outcomes,"
          + " self_identified_outcomes = EXCLUDED.self_identified_outcomes,"
          + " co_production_before = EXCLUDED.co_production_before,"
          + " co_production_now = EXCLUDED.co_production_now,"
          + " updated_at = EXCLUDED.updated_at, updated_by = EXCLUDED.updated_by"
          + " RETURNING (xmax = 0)";

  @PersistenceContext(unitName = "grantwise")
  private EntityManager em;

  @Override
  public Saved upsert(long projectId, List<OutcomeRecord> records, String actor, Instant at) {
    return session()
        .doReturningWork(
            connection -> {
              int created = 0;
              int updated = 0;
              try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
                for (int from = 0; from < records.size(); from += CHUNK) {
                  List<OutcomeRecord> chunk =
                      records.subList(from, Math.min(records.size(), from + CHUNK));
                  bind(connection, upsert, projectId, chunk, actor, at);
                  try (ResultSet rs = upsert.executeQuery()) {
                    while (rs.next()) {
                      if (rs.getBoolean(1)) {
                        created++;
                      } else {
                        updated++;
                      }
                    }
                  }
                }
              }
              return new Saved(created, updated);
            });
  }

  private static void bind(
      Connection connection,
      PreparedStatement upsert,
      long projectId,
      List<OutcomeRecord> chunk,
      String actor,
      Instant at)
      throws SQLException {
    int n = chunk.size();
    String[][] columns = new String[11][n];
    for (int i = 0; i < n; i++) {
      OutcomeRecord r = chunk.get(i);
      columns[0][i] = r.respondentRef();
      columns[1][i] = r.participantType();
      columns[2][i] = r.wave();
      columns[3][i] = r.collectedOn().toString();
      columns[4][i] = joined(r.contexts());
      columns[5][i] = joined(r.mechanisms());
      columns[6][i] = joined(r.shortTermOutcomes());
      columns[7][i] = joined(r.longTermOutcomes());
      columns[8][i] = joined(r.selfIdentifiedOutcomes());
      columns[9][i] = r.coProductionBefore();
      columns[10][i] = r.coProductionNow();
    }
    Timestamp when = Timestamp.from(at);
    upsert.setLong(1, projectId);
    upsert.setTimestamp(2, when);
    upsert.setString(3, actor);
    upsert.setTimestamp(4, when);
    upsert.setString(5, actor);
    for (int c = 0; c < columns.length; c++) {
      upsert.setArray(6 + c, connection.createArrayOf("text", columns[c]));
    }
  }

  private static String joined(List<String> codes) {
    return codes == null ? null : String.join(";", codes);
  }

  @Override
  public List<OutcomeRecord> page(long projectId, int page, int size) {
    return session()
        .doReturningWork(
            connection -> {
              try (PreparedStatement select =
                  connection.prepareStatement(
                      "SELECT "
                          + COLUMNS
                          + " FROM outcome_record WHERE project_id = ?"
                          + " ORDER BY collected_on, respondent_ref, wave, id LIMIT ? OFFSET ?")) {
                select.setLong(1, projectId);
                select.setInt(2, size);
                select.setLong(3, (long) page * size);
                return read(select);
              }
            });
  }

  @Override
  public long count(long projectId) {
    return ((Number)
            em.createNativeQuery("SELECT count(*) FROM outcome_record WHERE project_id = ?1")
                .setParameter(1, projectId)
                .getSingleResult())
        .longValue();
  }

  @Override
  public Optional<OutcomeRecord> find(long projectId, long id) {
    return session()
        .doReturningWork(
            connection -> {
              try (PreparedStatement select =
                  connection.prepareStatement(
                      "SELECT "
                          + COLUMNS
                          + " FROM outcome_record WHERE project_id = ? AND id = ?")) {
                select.setLong(1, projectId);
                select.setLong(2, id);
                return read(select).stream().findFirst();
              }
            });
  }

  @Override
  public boolean delete(long projectId, long id) {
    return em.createNativeQuery("DELETE FROM outcome_record WHERE project_id = ?1 AND id = ?2")
            .setParameter(1, projectId)
            .setParameter(2, id)
            .executeUpdate()
        > 0;
  }

  @Override
  public int erase(long projectId, String respondentRef, Instant at) {
    // A fresh random code, the same for all this respondent's records and linked to nothing.
    String anonymous =
        OutcomeRecordRules.ANONYMOUS_PREFIX
            + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
    return em.createNativeQuery(
            "UPDATE outcome_record SET respondent_ref = ?1, anonymised_at = ?2, updated_at = ?2"
                + " WHERE project_id = ?3 AND respondent_ref = ?4")
        .setParameter(1, anonymous)
        .setParameter(2, Timestamp.from(at))
        .setParameter(3, projectId)
        .setParameter(4, respondentRef)
        .executeUpdate();
  }

  @Override
  public int anonymiseExpired(LocalDate today, Instant at) {
    // Per respondent: once their latest record is older than the round's retention period, all
    // their records get one new code, derived with a salt that exists only for this run.
    return em.createNativeQuery(
            "UPDATE outcome_record o SET respondent_ref = ?1 || substr(md5(?4 || o.project_id"
                + " || ':' || o.respondent_ref), 1, 20), anonymised_at = ?2, updated_at = ?2"
                + " WHERE o.anonymised_at IS NULL AND (o.project_id, o.respondent_ref) IN ("
                + " SELECT x.project_id, x.respondent_ref FROM outcome_record x"
                + " JOIN funded_project p ON p.id = x.project_id"
                + " JOIN funding_round r ON r.id = p.round_id"
                + " WHERE x.anonymised_at IS NULL"
                + " GROUP BY x.project_id, x.respondent_ref, r.outcome_retention_months"
                + " HAVING max(x.collected_on)"
                + " < CAST(?3 AS date) - make_interval(months => r.outcome_retention_months))")
        .setParameter(1, OutcomeRecordRules.ANONYMOUS_PREFIX)
        .setParameter(2, Timestamp.from(at))
        .setParameter(3, today)
        // A salt used once and never stored: the new codes cannot be traced back to the old.
        .setParameter(4, UUID.randomUUID().toString())
        .executeUpdate();
  }

  private static List<OutcomeRecord> read(PreparedStatement select) throws SQLException {
    List<OutcomeRecord> records = new ArrayList<>();
    try (ResultSet rs = select.executeQuery()) {
      while (rs.next()) {
        records.add(
            new OutcomeRecord(
                rs.getLong("id"),
                rs.getString("respondent_ref"),
                rs.getString("participant_type"),
                rs.getString("wave"),
                rs.getObject("collected_on", LocalDate.class),
                rs.getBoolean("consent"),
                list(rs.getArray("contexts")),
                list(rs.getArray("mechanisms")),
                list(rs.getArray("short_term_outcomes")),
                list(rs.getArray("long_term_outcomes")),
                list(rs.getArray("self_identified_outcomes")),
                rs.getString("co_production_before"),
                rs.getString("co_production_now")));
      }
    }
    return records;
  }

  private static List<String> list(Array array) throws SQLException {
    return array == null ? null : List.copyOf(Arrays.asList((String[]) array.getArray()));
  }

  private Session session() {
    // Flush first so plain SQL sees anything the persistence context still holds.
    em.flush();
    return em.unwrap(Session.class);
  }
}
