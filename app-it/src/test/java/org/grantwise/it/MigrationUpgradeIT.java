package org.grantwise.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.grantwise.it.support.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The Flyway migrations upgrade real databases: from empty to the latest version, and from the
 * schema of the first release (V6) holding data of every kind that release could hold, to the
 * latest, with every row intact and the newer tables, constraints and triggers working on the old
 * data. Plain JDBC against databases of their own on the test PostgreSQL; no server involved.
 */
class MigrationUpgradeIT {

  /**
   * The last migration of each release so far: session 1 ended at V6, session 2 at V13, session 3
   * at V14.
   */
  private static final String FIRST_RELEASE = "6";

  private static final String PREVIOUS_RELEASE = "14";

  private static final String EMPTY = "gw_migrate_empty";
  private static final String UPGRADE = "gw_migrate_from_v6";
  private static final String PREVIOUS = "gw_migrate_from_previous";

  @AfterAll
  static void dropDatabases() throws SQLException {
    TestDatabase.drop(EMPTY);
    TestDatabase.drop(UPGRADE);
    TestDatabase.drop(PREVIOUS);
  }

  @Test
  void aDatabaseOfThePreviousReleaseUpgradesWithItsDataIntact() throws SQLException {
    TestDatabase.recreate(PREVIOUS);
    flyway(PREVIOUS, FIRST_RELEASE).migrate();
    try (Connection c = TestDatabase.connect(PREVIOUS);
        Statement s = c.createStatement()) {
      s.execute(FIRST_RELEASE_DATA);
    }
    Flyway toPrevious = flyway(PREVIOUS, PREVIOUS_RELEASE);
    toPrevious.migrate();
    assertThat(toPrevious.info().current().getVersion().getVersion()).isEqualTo(PREVIOUS_RELEASE);

    Map<String, String> before;
    try (Connection c = TestDatabase.connect(PREVIOUS);
        Statement s = c.createStatement()) {
      s.execute("SELECT set_config('grantwise.actor', 'anchor1', false)");
      s.execute(PREVIOUS_RELEASE_DATA);
      before = new LinkedHashMap<>();
      for (String table : tables(s)) {
        before.put(table, checksum(s, table, columnList(s, table)));
      }
    }
    assertThat(before.get("outcome_record")).contains("| 2 rows |");
    assertThat(before.get("audit_log")).doesNotContain("| 0 rows |");

    Flyway toLatest = flyway(PREVIOUS, null);
    var result = toLatest.migrate();
    assertThat(result.success).isTrue();
    assertThat(toLatest.info().current().getVersion()).isEqualTo(latest(toLatest).getVersion());
    toLatest.validate();
    try (Connection c = TestDatabase.connect(PREVIOUS);
        Statement s = c.createStatement()) {
      // Every row of every table of the previous release, every column it had, unchanged; audit
      // rows included (so migrating wrote none).
      for (Map.Entry<String, String> table : before.entrySet()) {
        String columns = table.getValue().substring(0, table.getValue().indexOf(" | "));
        assertThat(checksum(s, table.getKey(), columns))
            .as(table.getKey())
            .isEqualTo(table.getValue());
      }
      // The statistics' data version still moves with outcome records (V14 on old data).
      s.execute("SELECT set_config('grantwise.actor', 'anchor1', false)");
      long version = count(s, "SELECT last_value FROM report_data_version_seq");
      s.executeUpdate("UPDATE outcome_record SET consent = consent WHERE respondent_ref = 'R-1'");
      assertThat(count(s, "SELECT last_value FROM report_data_version_seq")).isGreaterThan(version);
      assertThat(
              count(
                  s,
                  "SELECT count(*) FROM pg_indexes WHERE indexname = 'funded_project_created_idx'"))
          .isEqualTo(1);
    }
  }

  @Test
  void anEmptyDatabaseMigratesToTheLatestVersion() throws SQLException {
    TestDatabase.recreate(EMPTY);
    Flyway flyway = flyway(EMPTY, null);
    var result = flyway.migrate();
    assertThat(result.success).isTrue();
    assertThat(result.targetSchemaVersion).isEqualTo(latest(flyway).getVersion().getVersion());
    assertThat(flyway.info().pending()).isEmpty();
    flyway.validate();
    try (Connection c = TestDatabase.connect(EMPTY);
        Statement s = c.createStatement()) {
      assertThat(count(s, "SELECT count(*) FROM vocabulary_term")).isPositive();
      assertThat(count(s, "SELECT count(*) FROM default_criterion")).isEqualTo(6);
      assertThat(count(s, "SELECT count(*) FROM pg_extension WHERE extname = 'pg_trgm'"))
          .isEqualTo(1);
    }
  }

  @Test
  void aDatabaseOfTheFirstReleaseUpgradesWithItsDataIntact() throws SQLException {
    TestDatabase.recreate(UPGRADE);
    Flyway toFirstRelease = flyway(UPGRADE, FIRST_RELEASE);
    toFirstRelease.migrate();
    assertThat(toFirstRelease.info().current().getVersion().getVersion()).isEqualTo("6");

    Map<String, String> before;
    try (Connection c = TestDatabase.connect(UPGRADE);
        Statement s = c.createStatement()) {
      s.execute(FIRST_RELEASE_DATA);
      before = checksums(s);
    }
    assertThat(before).containsKeys("grant_application", "funded_project", "assessment_score");

    Flyway toLatest = flyway(UPGRADE, null);
    var result = toLatest.migrate();
    assertThat(result.success).isTrue();
    assertThat(result.migrationsExecuted).isPositive();
    assertThat(toLatest.info().current().getVersion()).isEqualTo(latest(toLatest).getVersion());
    toLatest.validate();

    try (Connection c = TestDatabase.connect(UPGRADE);
        Statement s = c.createStatement()) {
      // Every row of the first release, every column it had, unchanged.
      assertThat(checksums(s, before.keySet())).isEqualTo(before);
      // Columns added later got their defaults on old rows.
      assertThat(count(s, "SELECT count(*) FROM funding_round WHERE outcome_retention_months = 84"))
          .isEqualTo(1);
      // Migrating wrote nothing into the audit trail.
      assertThat(count(s, "SELECT count(*) FROM audit_log")).isZero();

      // The audit triggers log changes to old rows, with the application they belong to.
      s.execute("SELECT set_config('grantwise.actor', 'officer1', false)");
      s.executeUpdate(
          "UPDATE grant_application SET title = 'Renamed' WHERE reference = 'PCF-1002'");
      s.executeUpdate(
          "UPDATE assessment_score SET score = 2 WHERE criterion_code = 'PRIORITIES_FIT'"
              + " AND assessment_id = (SELECT id FROM assessment WHERE application_id = "
              + id(s, "PCF-1003")
              + ")");
      long submitted = id(s, "PCF-1002");
      long assessed = id(s, "PCF-1003");
      try (ResultSet rs =
          s.executeQuery(
              "SELECT actor, table_name, operation, application_id, changes::text FROM audit_log"
                  + " ORDER BY id")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString(1)).isEqualTo("officer1");
        assertThat(rs.getString(2)).isEqualTo("grant_application");
        assertThat(rs.getString(3)).isEqualTo("UPDATE");
        assertThat(rs.getLong(4)).isEqualTo(submitted);
        assertThat(rs.getString(5)).contains("\"title\"", "Renamed", "Youth drop-in");
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString(2)).isEqualTo("assessment_score");
        assertThat(rs.getLong(4)).isEqualTo(assessed);
        assertThat(rs.next()).as("two changes, two entries").isFalse();
      }
      assertThatThrownBy(() -> s.executeUpdate("DELETE FROM audit_log"))
          .hasMessageContaining("append-only");

      // Monitoring on the project funded in the first release: outcome records (audited per
      // batch), a return for a reporting period of its old monitoring plan.
      long project = count(s, "SELECT id FROM funded_project WHERE project_ref = 'PRJ-101'");
      s.executeUpdate(
          "INSERT INTO outcome_record (project_id, respondent_ref, participant_type, wave,"
              + " collected_on, consent, contexts, created_at, created_by, updated_at, updated_by)"
              + " VALUES ("
              + project
              + ", 'R-1', 'COMMUNITY_MEMBER', 'BASELINE', '2025-09-01', true,"
              + " '{MADE_WELCOME}', now(), 'anchor1', now(), 'anchor1'), ("
              + project
              + ", 'R-2', 'PARTNER', 'BASELINE', '2025-09-01', true, NULL, now(), 'anchor1',"
              + " now(), 'anchor1')");
      assertThat(
              count(
                  s,
                  "SELECT (changes ->> 'records')::int FROM audit_log"
                      + " WHERE table_name = 'outcome_record'"))
          .isEqualTo(2);
      s.executeUpdate(
          "INSERT INTO monitoring_return (project_id, due_on, status, participants_reached,"
              + " updated_at, updated_by) VALUES ("
              + project
              + ", '2025-12-31', 'DRAFT', 12, now(), 'anchor1')");
      assertThatThrownBy(
              () ->
                  s.executeUpdate(
                      "INSERT INTO monitoring_return (project_id, due_on, status, updated_at,"
                          + " updated_by) VALUES ("
                          + project
                          + ", '2025-11-30', 'DRAFT', now(), 'anchor1')"))
          .as("a return needs a period of the monitoring plan")
          .hasMessageContaining("monitoring_return_period_fk");

      // Moderation and notices about applications of the first release, with their checks.
      long underAssessment = id(s, "PCF-1003");
      s.executeUpdate(
          "INSERT INTO moderation VALUES ("
              + underAssessment
              + ", 62.5, 'Agreed after discussion', 'manager1', now())");
      assertThat(
              count(
                  s,
                  "SELECT count(*) FROM audit_log WHERE table_name = 'moderation'"
                      + " AND application_id = "
                      + underAssessment))
          .isEqualTo(1);
      assertThatThrownBy(
              () ->
                  s.executeUpdate(
                      "INSERT INTO moderation VALUES ("
                          + id(s, "PCF-1004")
                          + ", 150, 'Too high', 'manager1', now())"))
          .hasMessageContaining("check constraint");
      s.executeUpdate(
          "INSERT INTO notification (recipient, email, application_id, kind, subject, body,"
              + " created_at, email_state) VALUES ('anchor1', 'anchor1@example.org', "
              + underAssessment
              + ", 'DECISION_RELEASED', 'Decision', 'A decision', now(), 'PENDING')");
      assertThatThrownBy(
              () ->
                  s.executeUpdate(
                      "INSERT INTO notification (recipient, kind, subject, body, created_at,"
                          + " email_state) VALUES ('anchor1', 'NO_SUCH_KIND', 's', 'b', now(),"
                          + " 'NONE')"))
          .hasMessageContaining("notification_kind_chk");

      // The queue's trigram search finds old applications by part of their title.
      assertThat(
              count(s, "SELECT count(*) FROM grant_application WHERE lower(title) LIKE '%garden%'"))
          .isEqualTo(1);
      assertThat(
              count(
                  s,
                  "SELECT count(*) FROM pg_indexes WHERE indexname ="
                      + " 'grant_application_title_trgm_idx'"))
          .isEqualTo(1);
    }
  }

  // --- helpers ---------------------------------------------------------------------------------

  private static Flyway flyway(String database, String target) {
    var config =
        Flyway.configure()
            .dataSource(TestDatabase.url(database), TestDatabase.USER, TestDatabase.PASSWORD)
            .locations("classpath:db/migration");
    if (target != null) {
      config.target(MigrationVersion.fromVersion(target));
    }
    return config.load();
  }

  private static MigrationInfo latest(Flyway flyway) {
    MigrationInfo[] all = flyway.info().all();
    return all[all.length - 1];
  }

  private static List<String> tables(Statement s) throws SQLException {
    List<String> tables = new ArrayList<>();
    try (ResultSet rs =
        s.executeQuery(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
                + " AND tablename <> 'flyway_schema_history' ORDER BY 1")) {
      while (rs.next()) {
        tables.add(rs.getString(1));
      }
    }
    return tables;
  }

  /** Rows of the table and an md5 of the given columns of every row as text, in order. */
  private static String checksum(Statement s, String table, String columns) throws SQLException {
    try (ResultSet rs =
        s.executeQuery(
            "SELECT count(*), md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), ''))"
                + " FROM (SELECT "
                + columns
                + " FROM "
                + table
                + ") t")) {
      rs.next();
      return columns + " | " + rs.getLong(1) + " rows | " + rs.getString(2);
    }
  }

  /** Per table of the database now: rows and an md5 of every row as text, in order. */
  private static Map<String, String> checksums(Statement s) throws SQLException {
    return checksums(s, tables(s));
  }

  /**
   * The same, over the columns each table had at the first release only, so columns added later do
   * not change the sum; the column list is recorded with it.
   */
  private static Map<String, String> checksums(Statement s, Iterable<String> tables)
      throws SQLException {
    Map<String, String> sums = new LinkedHashMap<>();
    for (String table : tables) {
      sums.put(table, checksum(s, table, columns(s, table)));
    }
    return sums;
  }

  private static final Map<String, String> FIRST_RELEASE_COLUMNS = new LinkedHashMap<>();

  private static String columns(Statement s, String table) throws SQLException {
    String known = FIRST_RELEASE_COLUMNS.get(table);
    if (known != null) {
      return known;
    }
    String list = columnList(s, table);
    FIRST_RELEASE_COLUMNS.put(table, list);
    return list;
  }

  /** The table's columns now, in order. */
  private static String columnList(Statement s, String table) throws SQLException {
    List<String> names = new ArrayList<>();
    try (ResultSet rs =
        s.executeQuery(
            "SELECT column_name FROM information_schema.columns WHERE table_schema = 'public'"
                + " AND table_name = '"
                + table
                + "' ORDER BY ordinal_position")) {
      while (rs.next()) {
        names.add(rs.getString(1));
      }
    }
    return String.join(", ", names);
  }

  private static long count(Statement s, String sql) throws SQLException {
    try (ResultSet rs = s.executeQuery(sql)) {
      assertThat(rs.next()).as(sql).isTrue();
      return rs.getLong(1);
    }
  }

  private static long id(Statement s, String reference) throws SQLException {
    return count(s, "SELECT id FROM grant_application WHERE reference = '" + reference + "'");
  }

  /**
   * What the previous release (V7..V14) added to a database of the first release's data: outcome
   * records (audited per batch), a monitoring return for a period of the old monitoring plan, a
   * moderated score and a notice.
   */
  private static final String PREVIOUS_RELEASE_DATA =
      """
      INSERT INTO outcome_record (project_id, respondent_ref, participant_type, wave, collected_on,
          consent, contexts, created_at, created_by, updated_at, updated_by)
      SELECT id, 'R-' || n, 'COMMUNITY_MEMBER', 'BASELINE', DATE '2025-09-01', true,
          ARRAY['MADE_WELCOME'], now(), 'anchor1', now(), 'anchor1'
      FROM funded_project, generate_series(1, 2) n WHERE project_ref = 'PRJ-101';
      INSERT INTO monitoring_return (project_id, due_on, status, participants_reached, updated_at,
          updated_by)
      SELECT id, DATE '2025-12-31', 'DRAFT', 12, now(), 'anchor1' FROM funded_project
      WHERE project_ref = 'PRJ-101';
      INSERT INTO moderation
      SELECT id, 62.5, 'Agreed after discussion', 'manager1', now() FROM grant_application
      WHERE reference = 'PCF-1003';
      INSERT INTO notification (recipient, email, application_id, kind, subject, body, created_at,
          email_state)
      SELECT 'anchor1', 'anchor1@example.org', id, 'DECISION_RELEASED', 'Decision', 'A decision',
          now(), 'PENDING' FROM grant_application WHERE reference = 'PCF-1003';
      """;

  /**
   * What a database of the first release (V1..V6) could hold: organisations (verified, waiting,
   * with an invitation), logins, a round with its rubric, applications in every status with
   * submitted versions and events, documents with their bytes, an assignment with declarations, a
   * completed and a draft assessment with scores, decisions (award, decline, changes requested),
   * and the funded project with its amounts and monitoring plan.
   */
  private static final String FIRST_RELEASE_DATA =
      """
      INSERT INTO organisation (name, org_type, charity_number, company_number, address, area,
          verified, verified_by, verified_at) VALUES
        ('Riverside Community Anchor', 'CHARITY', 'SC012345', NULL, '1 Quay Street', 'Dundee',
          TRUE, 'officer1', '2025-05-02T10:00:00Z'),
        ('Hillhead Development Trust', 'COMPANY', NULL, 'SC654321', '22 Brae Road', 'Highland',
          TRUE, 'officer2', '2025-05-03T10:00:00Z'),
        ('Glen Youth Group', 'COMMUNITY_GROUP', NULL, NULL, NULL, 'Fife', FALSE, NULL, NULL);
      INSERT INTO user_account (keycloak_user_id, username, email, organisation_id, last_login_at)
        SELECT 'kc-' || o.id, 'anchor' || o.id, 'anchor' || o.id || '@example.org', o.id,
               '2025-06-01T09:00:00Z' FROM organisation o;
      INSERT INTO user_account (keycloak_user_id, username, email) VALUES
        ('kc-officer1', 'officer1', 'officer1@example.org'),
        ('kc-manager1', 'manager1', 'manager1@example.org');
      INSERT INTO organisation_invitation (organisation_id, email, invited_by, invited_at,
          accepted_by, accepted_at)
        SELECT id, 'colleague@example.org', 'anchor1', '2025-05-10T12:00:00Z', NULL, NULL
        FROM organisation WHERE charity_number = 'SC012345';

      INSERT INTO funding_round (name, opens_on, closes_on, max_per_year, max_years,
          self_assignment, moderation_threshold)
        VALUES ('People and Communities Fund 2025/26', '2025-04-01', '2025-07-31', 50000, 3,
          FALSE, 15);
      INSERT INTO round_criterion (round_id, code, name, description, weight, min_score,
          max_score, sort_order)
        SELECT r.id, d.code, d.name, d.description, d.weight, d.min_score, d.max_score,
               d.sort_order FROM funding_round r CROSS JOIN default_criterion d;

      INSERT INTO grant_application (reference, organisation_id, round_id, status, title,
          primary_theme, co_production_model, form, created_by, created_at, updated_by,
          updated_at, submitted_at, version, total_requested, area_served)
      SELECT 'PCF-' || (1000 + a.n), o.id, r.id, a.status, a.title,
             a.theme, a.model,
             jsonb_build_object('title', a.title, 'areaServed', o.area, 'budget',
                 jsonb_build_array(jsonb_build_object('year', 1, 'requested', a.requested))),
             'anchor' || o.id, '2025-05-01T08:00:00Z', 'anchor' || o.id, '2025-06-01T08:00:00Z',
             CASE WHEN a.status <> 'DRAFT' THEN '2025-06-01T08:00:00Z'::timestamptz END,
             a.version, a.requested, o.area
      FROM (VALUES
          (1, 'DRAFT', 'Community garden', 'VOLUNTEERING_MENTORING', NULL, 12000, 0),
          (2, 'SUBMITTED', 'Youth drop-in', 'ADVICE_SUPPORT', 'TRADITIONAL', 30000, 3),
          (3, 'UNDER_ASSESSMENT', 'Digital skills cafe', 'TRAINING_UPSKILLING',
              'EMPLOYABILITY_SKILLS', 45000, 4),
          (4, 'AWARDED', 'Food larder and advice', 'ADVICE_SUPPORT', 'PROGRESSION', 40000, 6),
          (5, 'DECLINED', 'Minibus', 'ADVICE_SUPPORT', 'TRADITIONAL', 50000, 5),
          (6, 'CHANGES_REQUESTED', 'Mentoring circle', 'VOLUNTEERING_MENTORING',
              'TWO_LEVEL_SUPPORT', 20000, 5),
          (7, 'RESUBMITTED', 'Job club', 'TRAINING_UPSKILLING', 'DOUBLE_PROGRESSION', 35000, 7),
          (8, 'WITHDRAWN', 'Repair shop', 'TRAINING_UPSKILLING', NULL, 8000, 2))
        AS a(n, status, title, theme, model, requested, version)
      CROSS JOIN funding_round r
      JOIN organisation o ON o.name = CASE WHEN a.n % 2 = 0 THEN 'Hillhead Development Trust'
                                           ELSE 'Riverside Community Anchor' END
      ORDER BY a.n;
      SELECT setval('application_reference_seq', 1008);

      INSERT INTO application_version (application_id, version_number, round_id, form,
          submitted_by, submitted_at)
        SELECT id, 1, round_id, form, created_by, submitted_at FROM grant_application
        WHERE submitted_at IS NOT NULL;
      INSERT INTO application_version (application_id, version_number, round_id, form,
          submitted_by, submitted_at)
        SELECT id, 2, round_id, form || '{"title": "Job club (revised)"}', created_by,
               '2025-06-20T08:00:00Z' FROM grant_application WHERE status = 'RESUBMITTED';
      INSERT INTO application_event (application_id, occurred_at, actor, event_type,
          from_status, to_status, detail)
        SELECT id, '2025-05-01T08:00:00Z', created_by, 'CREATED', NULL, 'DRAFT', NULL
        FROM grant_application
        UNION ALL
        SELECT id, submitted_at, created_by, 'STATUS_CHANGED', 'DRAFT', status, 'ok'
        FROM grant_application WHERE submitted_at IS NOT NULL;

      INSERT INTO application_document (application_id, kind, filename, content_type,
          size_bytes, sha256, uploaded_by, uploaded_at)
        SELECT a.id, k.kind, lower(k.kind) || '.pdf', 'application/pdf', 9,
               encode(sha256(convert_to('%PDF-1.4 ' || a.id, 'UTF8')), 'hex'), a.created_by, '2025-05-20T08:00:00Z'
        FROM grant_application a
        CROSS JOIN (VALUES ('GOVERNING_DOCUMENT'), ('ACCOUNTS'), ('SAFEGUARDING_POLICY')) k(kind)
        WHERE a.status <> 'DRAFT';
      INSERT INTO application_document_content (document_id, content)
        SELECT d.id, convert_to('%PDF-1.4 ' || d.application_id, 'UTF8')
        FROM application_document d;

      INSERT INTO application_assignment (application_id, officer, moderator, assigned_by,
          assigned_at)
        SELECT id, 'officer1', CASE WHEN status = 'UNDER_ASSESSMENT' THEN 'officer2' END,
               'manager1', '2025-06-05T08:00:00Z'
        FROM grant_application WHERE status IN ('UNDER_ASSESSMENT', 'AWARDED', 'DECLINED');
      INSERT INTO conflict_declaration (application_id, officer, conflict, reason, declared_at)
        SELECT application_id, 'officer1', FALSE, NULL, TIMESTAMPTZ '2025-06-06T08:00:00Z'
        FROM application_assignment
        UNION ALL
        SELECT application_id, 'officer2', TRUE, 'Board member of the applicant',
               TIMESTAMPTZ '2025-06-06T09:00:00Z'
        FROM application_assignment WHERE moderator IS NOT NULL;
      INSERT INTO assessment (application_id, officer, status, co_production_model,
          model_reason, recommendation, comment, weighted_total, updated_at, completed_at)
        SELECT a.id, 'officer1',
               'COMPLETED',
               a.co_production_model, 'As described',
               CASE WHEN a.status = 'DECLINED' THEN 'DECLINE' ELSE 'AWARD' END, 'Solid plan',
               72.50, '2025-06-10T08:00:00Z', '2025-06-10T08:00:00Z'
        FROM grant_application a WHERE a.status IN ('UNDER_ASSESSMENT', 'AWARDED', 'DECLINED');
      INSERT INTO assessment (application_id, officer, status, updated_at)
        SELECT id, 'officer3', 'DRAFT', '2025-06-11T08:00:00Z' FROM grant_application
        WHERE status = 'AWARDED';
      INSERT INTO assessment_score (assessment_id, criterion_code, score, justification)
        SELECT s.id, c.code, 3 + (c.sort_order % 3), 'Because ' || c.code
        FROM assessment s JOIN grant_application a ON a.id = s.application_id
        JOIN round_criterion c ON c.round_id = a.round_id
        WHERE s.status = 'COMPLETED';

      INSERT INTO decision (application_id, outcome, reason, start_date, conditions,
          decided_by, decided_at, released_at, released_by)
        SELECT id, CASE status WHEN 'AWARDED' THEN 'AWARD' WHEN 'DECLINED' THEN 'DECLINE'
                               ELSE 'REQUEST_CHANGES' END,
               'Panel decision', CASE WHEN status = 'AWARDED' THEN DATE '2025-09-01' END,
               CASE WHEN status = 'AWARDED' THEN 'Quarterly returns' END,
               'manager1', '2025-07-01T08:00:00Z', '2025-07-15T08:00:00Z', 'manager1'
        FROM grant_application WHERE status IN ('AWARDED', 'DECLINED', 'CHANGES_REQUESTED');
      INSERT INTO funded_project (project_ref, application_id, organisation_id, round_id, title,
          primary_theme, co_production_model, start_date, created_at)
        SELECT 'PRJ-' || nextval('project_reference_seq'), id, organisation_id, round_id, title,
               primary_theme, co_production_model, '2025-09-01', '2025-07-01T08:00:00Z'
        FROM grant_application WHERE status = 'AWARDED';
      INSERT INTO project_amount (project_id, year, amount)
        SELECT p.id, y, 40000 - 5000 * (y - 1) FROM funded_project p, generate_series(1, 3) y;
      INSERT INTO project_report_due (project_id, due_on, period)
        SELECT p.id, d::date, 'Quarter to ' || to_char(d, 'Mon YYYY')
        FROM funded_project p,
             generate_series(DATE '2025-12-31', DATE '2026-09-30', INTERVAL '3 months') d;
      """;
}
