package org.grantwise.domain.model.application;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the officers' queue shows: submitted applications of a round, filtered and sorted in the
 * database, one page at a time. Null filters are not applied.
 */
public record QueueQuery(
    Long roundId,
    ApplicationStatus status,
    String theme,
    String coProductionModel,
    String area,
    BigDecimal minRequested,
    BigDecimal maxRequested,
    String officer,
    String search,
    Sort sort,
    boolean descending,
    int first,
    int pageSize) {

  /** The columns the queue sorts by. */
  public enum Sort {
    SUBMITTED,
    REFERENCE,
    TITLE,
    ORGANISATION,
    REQUESTED,
    STATUS
  }

  public QueueQuery {
    sort = sort == null ? Sort.SUBMITTED : sort;
    first = Math.max(0, first);
    pageSize = pageSize < 1 ? 25 : Math.min(pageSize, 100);
  }

  /** One row of the queue. */
  public record Row(
      long id,
      String reference,
      String title,
      String organisation,
      String theme,
      String coProductionModel,
      String area,
      BigDecimal requested,
      ApplicationStatus status,
      String officer,
      java.time.Instant submittedAt,
      long roundId) {}

  /** A page of rows and how many match in all. */
  public record Page(List<Row> rows, long total) {}
}
