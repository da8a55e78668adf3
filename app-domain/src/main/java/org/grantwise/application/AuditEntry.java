package org.grantwise.application;

import java.time.Instant;

/**
 * One row of the audit log: who changed which row of which table, when, and the change as JSON (the
 * new row, the removed row, or {@code {"column": [old, new]}} for an update).
 */
public record AuditEntry(
    long id,
    Instant occurredAt,
    String actor,
    String table,
    String operation,
    String rowKey,
    String changes) {}
