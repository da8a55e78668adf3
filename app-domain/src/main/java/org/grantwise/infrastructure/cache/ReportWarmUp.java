package org.grantwise.infrastructure.cache;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Logger;
import org.grantwise.infrastructure.persistence.jpa.JpaCmoStatistics;

/**
 * When a node starts, once the schema is up to date, counts the outcome reports managers open
 * first, in the background: over a million records each takes seconds, which the first managers of
 * the day would otherwise wait for. Each node warms its own copy; nothing is shared.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrator")
public class ReportWarmUp {

  private static final Logger LOG = Logger.getLogger(ReportWarmUp.class.getName());

  @Resource(lookup = "java:jboss/ee/concurrency/executor/default")
  ManagedExecutorService executor;

  @Inject JpaCmoStatistics statistics;

  @PostConstruct
  void start() {
    try {
      executor.execute(statistics::warmUp);
    } catch (RejectedExecutionException e) {
      LOG.warning("Outcome reports not counted in advance: " + e.getMessage());
    }
  }
}
