package org.grantwise.domain.model.monitoring;

import java.io.Serializable;

/**
 * A problem with one record of a batch: {@code index} counts from 0 in the batch as sent; {@code
 * field} is the record's field (also the file's column name); {@code message} says what to do.
 */
public record RecordError(int index, String field, String message) implements Serializable {}
