package org.grantwise.application;

import java.time.Instant;

/**
 * Figures a service added up a short while ago rather than now, and when it began adding them up:
 * the page shows that time beside them.
 */
public record Recent<T>(T value, Instant readAt) {}
