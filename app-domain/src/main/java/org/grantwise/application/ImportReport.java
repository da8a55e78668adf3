package org.grantwise.application;

import java.io.Serializable;
import java.util.List;
import org.grantwise.domain.model.monitoring.OutcomeRecord;

/**
 * What an import file holds before anything is saved: how many records, the first few as read, and
 * every problem by row (as numbered in the file, the header being row 1) and column.
 */
public record ImportReport(int records, List<OutcomeRecord> preview, List<Problem> problems)
    implements Serializable {

  public record Problem(int row, String column, String message) implements Serializable {}

  public boolean isValid() {
    return problems.isEmpty();
  }
}
