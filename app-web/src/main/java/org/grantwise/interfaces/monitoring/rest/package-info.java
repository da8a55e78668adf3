/**
 * The monitoring API: {@code /api/projects} with their outcome records, imports and erasure
 * requests, returns and overdue returns. JSON of outcome records built by {@link
 * OutcomeRecordJson}.
 */
package org.grantwise.interfaces.monitoring.rest;
