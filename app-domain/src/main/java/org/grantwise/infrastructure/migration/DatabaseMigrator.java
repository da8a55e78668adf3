package org.grantwise.infrastructure.migration;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date when the application is deployed, before anything else uses it. Safe
 * on several nodes at once: Flyway takes a PostgreSQL advisory lock while it migrates.
 *
 * <p>With the system property {@code grantwise.demo-data=true} the idempotent demo data script in
 * {@code db/demo} runs after the migrations too.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigrator {

  private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class.getName());

  @Resource(lookup = "java:jboss/datasources/GrantwiseDS")
  private DataSource dataSource;

  @PostConstruct
  void migrate() {
    List<String> locations = new ArrayList<>(List.of("classpath:db/migration"));
    if (Boolean.getBoolean("grantwise.demo-data")) {
      locations.add("classpath:db/demo");
    }
    MigrateResult result =
        Flyway.configure(Thread.currentThread().getContextClassLoader())
            .dataSource(dataSource)
            .locations(locations.toArray(String[]::new))
            .load()
            .migrate();
    LOG.info(
        () ->
            "Database schema at version "
                + result.targetSchemaVersion
                + " ("
                + result.migrationsExecuted
                + " migrations applied now; locations "
                + locations
                + ")");
  }
}
