package org.grantwise.domain.model.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Outcome records of funded projects. Writes are in bulk: a file can hold 100,000 records. */
public interface OutcomeRecordRepository {

  /** How many of a batch were new and how many replaced a record with the same identity. */
  record Saved(int created, int updated) {}

  /**
   * Inserts the records, or replaces the one with the same identity (project, respondent, wave,
   * date). The records must have passed {@link OutcomeRecordRules} and hold no identity twice.
   */
  Saved upsert(long projectId, List<OutcomeRecord> records, String actor, Instant at);

  /** One page of a project's records, by collection date then respondent. */
  List<OutcomeRecord> page(long projectId, int page, int size);

  long count(long projectId);

  Optional<OutcomeRecord> find(long projectId, long id);

  boolean delete(long projectId, long id);

  /**
   * Removes the personal link of one respondent's records in a project: their code is replaced by a
   * new random one (the same for all their records, so waves still pair up in the statistics).
   *
   * @return how many records changed
   */
  int erase(long projectId, String respondentRef, Instant at);

  /**
   * Anonymises, like {@link #erase}, every record collected more than its round's retention period
   * before {@code today}. One statement, so two nodes running it at once are safe.
   */
  int anonymiseExpired(LocalDate today, Instant at);
}
