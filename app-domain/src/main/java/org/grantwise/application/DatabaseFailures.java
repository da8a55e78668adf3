package org.grantwise.application;

import jakarta.persistence.OptimisticLockException;
import java.net.ConnectException;
import java.sql.SQLException;

/**
 * Recognises database failures that are not faults in the application: the database out of reach
 * for a moment (restarting, the network between), so the caller can say "try again shortly" and
 * keep what the user typed while the pool reconnects by itself; and a race lost to a concurrent
 * transaction. The one place that knows what such failures look like (JDBC, JPA and Hibernate
 * types), so that pages and the API, which see them wrapped in whatever the container threw, ask
 * here instead of naming persistence types themselves. It reads them rather than translating them
 * in an interceptor because a lost race often shows only at commit, after the service has returned.
 */
public final class DatabaseFailures {

  private DatabaseFailures() {}

  /** Whether the failure, or anything that caused it, is the database being unreachable. */
  public static boolean isOutage(Throwable failure) {
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
   * Whether this exception itself (not its causes) says that a colleague's save won the race at
   * commit time: the row's version column moved on.
   */
  public static boolean isVersionConflict(Throwable exception) {
    return exception instanceof OptimisticLockException
        || exception.getClass().getName().equals("org.hibernate.StaleObjectStateException");
  }

  /**
   * Whether the failure is a unique key refusing a row that a concurrent transaction inserted first
   * (SQLSTATE 23505): the services check for duplicates before writing, so one that reaches the
   * database is a race, not bad input.
   */
  public static boolean isConcurrentDuplicate(Throwable failure) {
    int depth = 0;
    for (Throwable cause = failure; cause != null && depth++ < 50; cause = next(cause)) {
      if (cause instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
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
