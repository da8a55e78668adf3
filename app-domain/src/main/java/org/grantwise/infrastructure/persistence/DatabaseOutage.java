package org.grantwise.infrastructure.persistence;

import java.net.ConnectException;
import java.sql.SQLException;

/**
 * Recognises a failure caused by the database being out of reach for a moment (restarting, the
 * network between), as opposed to a fault in the application: the caller can then say "try again
 * shortly" and keep what the user typed, while the pool reconnects by itself.
 */
public final class DatabaseOutage {

  private DatabaseOutage() {}

  /** Whether the failure, or anything that caused it, is the database being unreachable. */
  public static boolean causedBy(Throwable failure) {
    int depth = 0;
    for (Throwable cause = failure; cause != null && depth++ < 50; cause = next(cause)) {
      if (cause instanceof SQLException sql && unreachable(sql.getSQLState())) {
        return true;
      }
      if (cause instanceof ConnectException) {
        return true;
      }
      String type = cause.getClass().getName();
      // The pool found no live connection (IJ000453 and the like), or Hibernate's own type.
      if (type.equals("jakarta.resource.ResourceException")
          || type.startsWith("jakarta.resource.spi.")
          || type.equals("org.hibernate.exception.JDBCConnectionException")) {
        return true;
      }
    }
    return false;
  }

  /**
   * SQLSTATE class 08 (connection exception), 57P01-57P03 (the server is shutting down or starting
   * up) and 53 (the server is out of resources, such as connection slots).
   */
  private static boolean unreachable(String state) {
    return state != null
        && (state.startsWith("08")
            || state.equals("57P01")
            || state.equals("57P02")
            || state.equals("57P03")
            || state.startsWith("53"));
  }

  private static Throwable next(Throwable cause) {
    if (cause instanceof SQLException sql && sql.getNextException() != null) {
      return sql.getNextException();
    }
    return cause.getCause() == cause ? null : cause.getCause();
  }
}
