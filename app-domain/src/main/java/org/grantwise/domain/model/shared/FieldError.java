package org.grantwise.domain.model.shared;

/**
 * A problem with one field: {@code field} is its path in the form as the API names it (for example
 * {@code budget[2].requested}); {@code message} says what to do, in plain English.
 */
public record FieldError(String field, String message) implements java.io.Serializable {}
