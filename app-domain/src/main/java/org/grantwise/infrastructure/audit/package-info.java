/**
 * The audit trail: database triggers write every change of an audited table to the append-only
 * {@code audit_log}; the interceptor here tells them who made it.
 */
package org.grantwise.infrastructure.audit;
