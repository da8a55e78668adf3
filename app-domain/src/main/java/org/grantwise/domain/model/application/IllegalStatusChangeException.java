package org.grantwise.domain.model.application;

import jakarta.ejb.ApplicationException;

/** A move the status machine does not allow (submitting twice, editing after a decision...). */
@ApplicationException(rollback = true)
public class IllegalStatusChangeException extends RuntimeException {

  public IllegalStatusChangeException(String message) {
    super(message);
  }
}
