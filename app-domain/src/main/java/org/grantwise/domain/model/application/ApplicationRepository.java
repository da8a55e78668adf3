package org.grantwise.domain.model.application;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

public interface ApplicationRepository {

  Optional<GrantApplication> find(long id);

  /**
   * The application, its row locked until the transaction ends: for a change of state that two
   * people may ask for at the same moment (submit, decide), so the second sees the first's result.
   */
  Optional<GrantApplication> findForChange(long id);

  /** An organisation's applications, the most recently changed first. */
  List<GrantApplication> findByOrganisation(long organisationId);

  /** A new, unique reference such as {@code GW-2026-01001}. */
  String nextReference(int year);

  GrantApplication store(GrantApplication application);

  /** A page of the officers' queue: never drafts. */
  QueueQuery.Page queue(QueueQuery query);

  /**
   * Every row of the queue that matches, in the query's order, read from a database cursor (the
   * query's page is ignored). Close the stream; it is only readable inside the transaction.
   */
  Stream<QueueQuery.Row> queueRows(QueueQuery query);
}
