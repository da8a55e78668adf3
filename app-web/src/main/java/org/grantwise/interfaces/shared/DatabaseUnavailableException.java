package org.grantwise.interfaces.shared;

/**
 * A request failed because the database was out of reach for a moment; web.xml sends a full request
 * that meets it to a page saying so, rather than to the generic error page.
 */
public class DatabaseUnavailableException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public DatabaseUnavailableException(Throwable cause) {
    super("The database is unreachable", cause);
  }
}
