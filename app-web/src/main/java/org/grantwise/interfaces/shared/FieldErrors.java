package org.grantwise.interfaces.shared;

import java.util.List;
import org.grantwise.domain.model.shared.FieldError;

/** What the error templates ask of a view: its errors, and where each field is on the page. */
public interface FieldErrors {

  List<FieldError> getErrors();

  /** The client id of the field's input, or null when there is no field to link to. */
  String anchor(String field);

  default String error(String field) {
    return getErrors().stream()
        .filter(e -> e.field().equals(field))
        .map(FieldError::message)
        .findFirst()
        .orElse(null);
  }
}
