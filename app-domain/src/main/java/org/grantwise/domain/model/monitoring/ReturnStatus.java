package org.grantwise.domain.model.monitoring;

/** Where a monitoring return is. A period without a return yet is {@link #NOT_STARTED}. */
public enum ReturnStatus {
  NOT_STARTED,
  DRAFT,
  SUBMITTED,
  QUERIED,
  ACCEPTED;

  /** The anchor still owes the fund this return. */
  public boolean isOutstanding() {
    return this == NOT_STARTED || this == DRAFT || this == QUERIED;
  }
}
