package org.grantwise.domain.model.organisation;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A Companies House registration number: eight characters, either eight digits or a two-letter
 * prefix (SC for Scotland, NI, OC, SO and so on) and six digits.
 */
public final class CompanyNumber {

  private static final Pattern FORMAT = Pattern.compile("(\\d{8}|[A-Z]{2}\\d{6})");

  private final String value;

  private CompanyNumber(String value) {
    this.value = value;
  }

  public static CompanyNumber of(String raw) {
    String normalised = normalise(raw);
    if (normalised.matches("\\d{1,7}")) {
      normalised = "0".repeat(8 - normalised.length()) + normalised;
    }
    if (!FORMAT.matcher(normalised).matches()) {
      throw new IllegalArgumentException(
          "Enter a company number as 8 digits, or 2 letters and 6 digits, like SC123456");
    }
    return new CompanyNumber(normalised);
  }

  private static String normalise(String raw) {
    return raw == null ? "" : raw.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
  }

  public String value() {
    return value;
  }

  /** The 360Giving organisation identifier for a company registered at Companies House. */
  public String orgId() {
    return "GB-COH-" + value;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CompanyNumber that && value.equals(that.value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
