package org.grantwise.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.grantwise.domain.model.account.UserAccount;
import org.grantwise.domain.model.account.UserAccountRepository;
import org.grantwise.domain.model.organisation.CharityNumber;
import org.grantwise.domain.model.organisation.Organisation;
import org.grantwise.domain.model.organisation.OrganisationRepository;
import org.grantwise.domain.model.organisation.OrganisationType;
import org.grantwise.domain.model.vocabulary.Vocabulary;
import org.grantwise.domain.model.vocabulary.VocabularyRepository;
import org.grantwise.domain.model.vocabulary.VocabularyTerm;
import org.grantwise.infrastructure.persistence.jpa.JpaOrganisationRepository;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In the container, on the real PostgreSQL whose schema the EAR's Flyway migrations made: the
 * entity mappings match that schema (Hibernate validates it at deployment) and the repositories
 * read and write it.
 */
@ExtendWith(ArquillianExtension.class)
class PersistenceIT {

  @Deployment
  static WebArchive deployment() {
    return ShrinkWrap.create(WebArchive.class, "persistence-it.war")
        .addPackages(true, "org.grantwise.domain.model")
        .addPackage(JpaOrganisationRepository.class.getPackage())
        .addAsResource("persistence-it.xml", "META-INF/persistence.xml")
        .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml")
        .addAsLibraries(jarOf(org.assertj.core.api.Assertions.class));
  }

  /** The jar a test library class was loaded from, to ship it inside the test deployment. */
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

  @Inject VocabularyRepository vocabularies;

  @Inject UserAccountRepository accounts;

  @Inject OrganisationRepository organisations;

  @Test
  void theAuditLogRecordsChangesWithTheActorAndRefusesToBeEdited() throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      c.setAutoCommit(false);
      s.execute("SELECT set_config('grantwise.actor', 'auditor-test', true)");
      s.executeUpdate("UPDATE funding_round SET name = name || ' (audit test)' WHERE id = 1");
      try (ResultSet r =
          s.executeQuery(
              "SELECT actor, operation, changes::text FROM audit_log"
                  + " WHERE table_name = 'funding_round' ORDER BY id DESC LIMIT 1")) {
        assertThat(r.next()).isTrue();
        assertThat(r.getString(1)).isEqualTo("auditor-test");
        assertThat(r.getString(2)).isEqualTo("UPDATE");
        assertThat(r.getString(3)).contains("\"name\"", "(audit test)");
      }
      c.rollback();
      for (String edit :
          List.of(
              "UPDATE audit_log SET actor = 'someone else'",
              "DELETE FROM audit_log",
              "TRUNCATE audit_log")) {
        assertThatThrownBy(() -> s.execute(edit))
            .as(edit)
            .isInstanceOf(SQLException.class)
            .hasMessageContaining("audit_log is append-only");
        c.rollback();
      }
    }
  }

  @Test
  void flywayAppliedTheFoundationMigration() throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "select version, success from flyway_schema_history where version = '1'")) {
      assertThat(r.next()).isTrue();
      assertThat(r.getBoolean("success")).isTrue();
    }
  }

  @Test
  void everyVocabularyHasTermsInDisplayOrder() {
    List<VocabularyTerm> terms = vocabularies.findAllActive();
    for (Vocabulary vocabulary : Vocabulary.values()) {
      assertThat(terms).as(vocabulary.name()).anyMatch(t -> t.getVocabulary() == vocabulary);
    }
    List<String> models =
        terms.stream()
            .filter(t -> t.getVocabulary() == Vocabulary.CO_PRODUCTION_MODEL)
            .map(VocabularyTerm::getCode)
            .toList();
    assertThat(models)
        .containsExactly(
            "TRADITIONAL",
            "EMPLOYABILITY_SKILLS",
            "TWO_LEVEL_SUPPORT",
            "PROGRESSION",
            "DOUBLE_PROGRESSION");
  }

  @Test
  void demoLoginsAreLinkedToTheirOrganisations() {
    UserAccount anchor1 = accounts.findByUsername("anchor1").orElseThrow();
    assertThat(anchor1.getKeycloakUserId()).isEqualTo("2d7a1c3e-0001-4c1a-9a00-000000000001");
    assertThat(anchor1.organisation())
        .hasValueSatisfying(o -> assertThat(o.getName()).isEqualTo("Riverside Community Anchor"));
  }

  @Test
  void anOrganisationIsStoredWithItsCharityNumber() throws Exception {
    transaction.begin();
    Organisation stored =
        organisations.store(
            new Organisation(
                "Persistence IT Trust",
                OrganisationType.CHARITY,
                CharityNumber.of("SC900001"),
                null,
                "1 Test Street",
                "Fife"));
    transaction.commit();
    Organisation found = organisations.find(stored.getId()).orElseThrow();
    assertThat(found.orgId()).contains("GB-SC-SC900001");
    assertThat(found.isVerified()).isFalse();
    assertThat(found.getCreatedAt()).isNotNull(); // set by the database
  }

  @Test
  void theDatabaseRefusesAMalformedCharityNumber() throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      assertThatThrownBy(
              () ->
                  s.executeUpdate(
                      "insert into organisation (name, org_type, charity_number)"
                          + " values ('Bad', 'CHARITY', 'XX1')"))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("organisation_charity_number_chk");
    }
  }
}
