package org.grantwise.domain.model.application;

import jakarta.ejb.ApplicationException;

/** The application already has as many supporting documents as it may have; nothing was added. */
@ApplicationException(rollback = true)
public class TooManyDocumentsException extends RuntimeException {

  public TooManyDocumentsException(int most) {
    super("An application can have at most " + most + " documents");
  }
}
