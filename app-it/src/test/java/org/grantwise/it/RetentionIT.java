package org.grantwise.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.grantwise.domain.model.monitoring.OutcomeRecordRepository;
import org.grantwise.infrastructure.persistence.jpa.JpaOutcomeRecordRepository;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In the container, on the real schema: the retention statement anonymises a respondent's records
 * once their latest record is older than the round's retention period, with one new code for all
 * their records, and leaves everyone else alone. It runs inside a transaction that is rolled back,
 * so the other tests' data is untouched.
 */
@ExtendWith(ArquillianExtension.class)
class RetentionIT {

  @Deployment
  static WebArchive deployment() {
    return ShrinkWrap.create(WebArchive.class, "retention-it.war")
        .addPackages(true, "org.grantwise.domain.model")
        .addPackage(JpaOutcomeRecordRepository.class.getPackage())
        .addAsResource("persistence-it.xml", "META-INF/persistence.xml")
        .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml")
        .addAsLibraries(jarOf(org.assertj.core.api.Assertions.class));
  }

  private static java.io.File jarOf(Class<?> type) {
    try {
      return new java.io.File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Resource(lookup = "java:jboss/datasources/GrantwiseDS")
  DataSource dataSource;

  @Resource UserTransaction transaction;

  @Inject OutcomeRecordRepository records;

  @Test
  void recordsPastTheRoundsRetentionAreAnonymisedPerRespondent() throws Exception {
    transaction.begin();
    try (Connection c = dataSource.getConnection()) {
      long round =
          insertReturning(
              c,
              "INSERT INTO funding_round (name, opens_on, closes_on,"
                  + " max_per_year, max_years) VALUES ('Retention test round', '2025-01-01', '2025-03-01',"
                  + " 1000, 1) RETURNING id");
      long application =
          insertReturning(
              c,
              "INSERT INTO grant_application (reference,"
                  + " organisation_id, round_id, status, created_by, created_at, updated_by, updated_at)"
                  + " SELECT 'RET-TEST-1', min(id), "
                  + round
                  + ", 'SUBMITTED', 'test', now(), 'test',"
                  + " now() FROM organisation RETURNING id");
      long project =
          insertReturning(
              c,
              "INSERT INTO funded_project (project_ref, application_id,"
                  + " organisation_id, round_id, title, primary_theme, co_production_model, start_date,"
                  + " created_at) SELECT 'RET-TEST-1', id, organisation_id, round_id, 'Retention test',"
                  + " 'TRAINING_UPSKILLING', 'PROGRESSION', '2026-01-01', now() FROM grant_application"
                  + " WHERE id = "
                  + application
                  + " RETURNING id");
      insert(c, project, "RET-1", "BASELINE", "2026-01-10");
      insert(c, project, "RET-1", "EXIT", "2026-02-10");
      insert(c, project, "RET-2", "BASELINE", "2026-01-10");
      insert(c, project, "RET-2", "EXIT", "2026-10-20");
      try (Statement s = c.createStatement()) {
        s.executeUpdate(
            "UPDATE funding_round SET outcome_retention_months = 6 WHERE id = " + round);
      }

      // On 25 November 2026 with six months' retention: RET-1's latest (10 February) has
      // expired; RET-2's latest (20 October) has not, so none of RET-2's records change.
      int anonymised = records.anonymiseExpired(LocalDate.of(2026, 11, 25), Instant.now());
      assertThat(anonymised).isEqualTo(2);
      List<String> codes = codes(c, project);
      assertThat(codes).doesNotContain("RET-1").contains("RET-2");
      assertThat(codes.stream().filter(code -> code.startsWith("ANON-")).distinct().count())
          .as("RET-1's two records share one new code")
          .isEqualTo(1);
      assertThat(records.anonymiseExpired(LocalDate.of(2026, 11, 25), Instant.now()))
          .as("a second run finds nothing more")
          .isZero();
    } finally {
      transaction.rollback();
    }
  }

  private static long insertReturning(Connection c, String sql) throws Exception {
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      assertThat(r.next()).isTrue();
      return r.getLong(1);
    }
  }

  private static void insert(Connection c, long project, String ref, String wave, String on)
      throws Exception {
    try (PreparedStatement p =
        c.prepareStatement(
            "INSERT INTO outcome_record (project_id, respondent_ref, participant_type, wave,"
                + " collected_on, consent, created_at, created_by, updated_at, updated_by)"
                + " VALUES (?, ?, 'PARTNER', ?, ?::date, true, now(), 'test', now(), 'test')")) {
      p.setLong(1, project);
      p.setString(2, ref);
      p.setString(3, wave);
      p.setString(4, on);
      p.executeUpdate();
    }
  }

  private static List<String> codes(Connection c, long project) throws Exception {
    List<String> codes = new ArrayList<>();
    try (PreparedStatement p =
        c.prepareStatement(
            "SELECT respondent_ref FROM outcome_record WHERE project_id = ? AND created_by = 'test'")) {
      p.setLong(1, project);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          codes.add(r.getString(1));
        }
      }
    }
    return codes;
  }
}
