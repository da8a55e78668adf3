package org.grantwise.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the database answers and the migrated schema is there. */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

  @Resource(lookup = "java:jboss/datasources/GrantwiseDS")
  DataSource dataSource;

  @Override
  public HealthCheckResponse call() {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet terms = statement.executeQuery("select count(*) from vocabulary_term")) {
      terms.next();
      return HealthCheckResponse.named("database")
          .up()
          .withData("vocabularyTerms", terms.getLong(1))
          .build();
    } catch (SQLException e) {
      // The reason goes to the management interface only, never to application users.
      return HealthCheckResponse.named("database")
          .down()
          .withData("reason", e.getMessage())
          .build();
    }
  }
}
