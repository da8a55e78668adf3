package org.grantwise.application;

import jakarta.ejb.ApplicationException;
import java.util.List;
import org.grantwise.domain.model.monitoring.RecordError;

/** A batch of outcome records broke the rules; none of it was written. */
@ApplicationException(rollback = true)
public class RecordsRejectedException extends RuntimeException {

  private final List<RecordError> errors;

  public RecordsRejectedException(List<RecordError> errors) {
    super(errors.size() + " problem(s) in the records; nothing was saved");
    this.errors = List.copyOf(errors);
  }

  public List<RecordError> errors() {
    return errors;
  }
}
