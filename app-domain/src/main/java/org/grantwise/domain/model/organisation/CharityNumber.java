package org.grantwise.domain.model.organisation;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/** A Scottish charity number as registered with OSCR: {@code SC} followed by six digits. */
public final class CharityNumber {

  private static final Pattern FORMAT = Pattern.compile("SC\\d{6}");

  private final String value;

  private CharityNumber(String value) {
    this.value = value;
  }

  /** Accepts spaces and lower case as people type them; refuses anything else. */
  public static CharityNumber of(String raw) {
    String normalised = normalise(raw);
    if (!FORMAT.matcher(normalised).matches()) {
      throw new IllegalArgumentException(
          "Enter a Scottish charity number as SC followed by 6 digits, like SC012345");
    }
    return new CharityNumber(normalised);
  }

  public static boolean isValid(String raw) {
    return raw != null && FORMAT.matcher(normalise(raw)).matches();
  }

  private static String normalise(String raw) {
    return raw == null ? "" : raw.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
  }

  public String value() {
    return value;
  }

  /** The 360Giving organisation identifier for a Scottish charity. */
  public String orgId() {
    return "GB-SC-" + value;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CharityNumber that && value.equals(that.value);
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
