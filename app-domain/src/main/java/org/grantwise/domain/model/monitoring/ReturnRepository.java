package org.grantwise.domain.model.monitoring;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Monitoring returns, and the periods whose return is overdue. */
public interface ReturnRepository {

  Optional<MonitoringReturn> find(long projectId, LocalDate dueOn);

  List<MonitoringReturn> ofProject(long projectId);

  MonitoringReturn store(MonitoringReturn monitoringReturn);

  /** A period whose due date has passed without a submitted or accepted return. */
  record Overdue(
      String projectRef, String title, String period, LocalDate dueOn, ReturnStatus status)
      implements java.io.Serializable {}

  /** Overdue periods of released projects, the longest overdue first. */
  List<Overdue> overdue(LocalDate today);

  /** How many outcome records of the project were collected in (after, upTo]. */
  long recordsCollected(long projectId, LocalDate after, LocalDate upTo);
}
