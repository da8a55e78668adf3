package org.grantwise.application;

import jakarta.ejb.ApplicationException;
import java.util.List;
import org.grantwise.domain.model.shared.FieldError;

/** The input broke the rules; nothing was changed. Each error names its field. */
@ApplicationException(rollback = true)
public class ValidationFailedException extends RuntimeException {

  private final List<FieldError> errors;

  public ValidationFailedException(List<FieldError> errors) {
    super(errors.size() + " problem(s): " + errors);
    this.errors = List.copyOf(errors);
  }

  /** One problem with one field. */
  public static ValidationFailedException of(String field, String message) {
    return new ValidationFailedException(List.of(new FieldError(field, message)));
  }

  public List<FieldError> errors() {
    return errors;
  }
}
