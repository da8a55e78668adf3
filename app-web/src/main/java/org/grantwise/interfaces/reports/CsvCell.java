package org.grantwise.interfaces.reports;

/** Writes one CSV cell: quoted when needed, and never read as a formula by a spreadsheet. */
public final class CsvCell {

  private CsvCell() {}

  public static String of(String value) {
    if (value == null) {
      return "";
    }
    String text = value;
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
      text = "\"" + text.replace("\"", "\"\"") + "\"";
    }
    return text;
  }
}
