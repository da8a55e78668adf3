package org.grantwise.application;

import java.util.List;
import org.grantwise.domain.model.application.QueueQuery;
import org.grantwise.domain.model.assessment.ScoreSheet;

/** Receives an export of the filtered queue while it is read from the database. */
public interface QueueExport {

  /** Called once, before any row: the criterion codes of the rounds exported, in rubric order. */
  void criteria(List<String> codes);

  /**
   * Called for each application, in the queue's order, with the score sheets the caller may see.
   */
  void row(QueueQuery.Row row, List<ScoreSheet> sheets);
}
