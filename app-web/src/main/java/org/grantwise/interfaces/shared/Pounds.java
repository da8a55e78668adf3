package org.grantwise.interfaces.shared;

import java.math.BigDecimal;
import java.util.Locale;

/** Money as people type it on the pages: "£1,250.50", "1250", with or without £ and commas. */
public final class Pounds {

  private Pounds() {}

  /**
   * The amount, or null when nothing was typed.
   *
   * @throws NumberFormatException when the text is not an amount
   */
  public static BigDecimal parse(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    return new BigDecimal(text.replace("£", "").replace(",", "").trim());
  }

  /** "£20,000" for whole pounds, "£8,000.50" otherwise. */
  public static String format(BigDecimal amount) {
    return amount.stripTrailingZeros().scale() <= 0
        ? String.format(Locale.UK, "£%,d", amount.toBigInteger())
        : String.format(Locale.UK, "£%,.2f", amount);
  }
}
