package org.grantwise.infrastructure.retention;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.logging.Logger;
import org.grantwise.domain.model.monitoring.OutcomeRecordRepository;

/**
 * Every night, anonymises the outcome records whose round's retention period has passed: the
 * respondent codes are replaced, the answers stay, so the statistics can still be reproduced. Safe
 * on several nodes: the work is one UPDATE that skips records already anonymised, so a second node
 * running at the same moment waits for the first and then finds nothing to do.
 */
@Singleton
public class RetentionJob {

  private static final Logger LOG = Logger.getLogger(RetentionJob.class.getName());

  @Inject OutcomeRecordRepository records;

  private final Clock clock = Clock.systemUTC();

  @Schedule(hour = "2", minute = "30", persistent = false, info = "outcome record retention")
  public void anonymiseExpired() {
    int anonymised = records.anonymiseExpired(LocalDate.now(clock), clock.instant());
    if (anonymised > 0) {
      LOG.info("Retention: anonymised " + anonymised + " outcome records past their retention");
    }
  }
}
