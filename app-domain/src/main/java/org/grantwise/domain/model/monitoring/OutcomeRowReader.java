package org.grantwise.domain.model.monitoring;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.grantwise.domain.model.shared.FieldError;
import org.grantwise.domain.model.vocabulary.Vocabulary;

/**
 * Reads the rows of an import file (CSV or spreadsheet, already split into cells) into outcome
 * records. Columns are the API's field names; lists are codes or labels separated by {@code ;}; an
 * empty list cell means "not asked" and {@code NONE} means "answered, none". Cells that start like
 * a spreadsheet formula are refused rather than stored.
 */
public final class OutcomeRowReader {

  /** The cell text that records "answered, none of these". */
  public static final String NONE = "NONE";

  private static final List<String> REQUIRED =
      List.of("respondentRef", "participantType", "wave", "collectedOn", "consent");

  private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("d/M/uuuu");

  /** One row as read: its record (possibly incomplete) and its problems, by column. */
  public record Row(int number, OutcomeRecord record, List<FieldError> problems) {}

  private final Labels labels;
  private final Map<String, Integer> columns = new HashMap<>();

  private OutcomeRowReader(Labels labels) {
    this.labels = labels;
  }

  /**
   * Checks the header row; problems are reported against row 1. A reader is returned even with
   * problems, but its rows are not worth reading.
   */
  public static OutcomeRowReader forHeader(
      List<String> header, Labels labels, List<FieldError> problems) {
    OutcomeRowReader reader = new OutcomeRowReader(labels);
    Map<String, String> known = new HashMap<>();
    OutcomeRecordRules.FIELDS.forEach(f -> known.put(f.toLowerCase(Locale.ROOT), f));
    for (int i = 0; i < header.size(); i++) {
      String name = header.get(i) == null ? "" : header.get(i).trim();
      if (name.isEmpty()) {
        continue;
      }
      String field = known.get(name.toLowerCase(Locale.ROOT));
      if (field == null) {
        problems.add(
            new FieldError(
                name,
                "Unknown column '"
                    + name
                    + "': use the template's columns "
                    + String.join(", ", OutcomeRecordRules.FIELDS)));
      } else if (reader.columns.putIfAbsent(field, i) != null) {
        problems.add(new FieldError(field, "The column " + field + " appears twice"));
      }
    }
    for (String required : REQUIRED) {
      if (!reader.columns.containsKey(required)) {
        problems.add(new FieldError(required, "The file needs a column named " + required));
      }
    }
    return reader;
  }

  public Row read(int number, List<String> cells) {
    List<FieldError> problems = new ArrayList<>();
    Map<String, String> values = new HashMap<>();
    for (Map.Entry<String, Integer> column : columns.entrySet()) {
      String cell = column.getValue() < cells.size() ? cells.get(column.getValue()) : null;
      cell = cell == null ? "" : cell.strip();
      if (looksLikeFormula(cell)) {
        problems.add(
            new FieldError(
                column.getKey(),
                "The cell starts with '"
                    + cell.charAt(0)
                    + "', which spreadsheets run as a formula; remove it"));
        continue;
      }
      values.put(column.getKey(), cell);
    }
    String wave = blankToNull(values.get("wave"));
    if (wave != null) {
      for (Wave w : Wave.values()) {
        if (w.name().equalsIgnoreCase(wave) || w.label().equalsIgnoreCase(wave)) {
          wave = w.name();
        }
      }
    }
    OutcomeRecord record =
        new OutcomeRecord(
            null,
            blankToNull(values.get("respondentRef")),
            code(Vocabulary.PARTICIPANT_TYPE, values.get("participantType")),
            wave,
            date(values.get("collectedOn"), problems),
            consent(values.get("consent"), problems),
            list(Vocabulary.CONTEXT, values.get("contexts")),
            list(Vocabulary.MECHANISM, values.get("mechanisms")),
            list(Vocabulary.SHORT_TERM_OUTCOME, values.get("shortTermOutcomes")),
            list(Vocabulary.LONG_TERM_OUTCOME, values.get("longTermOutcomes")),
            list(Vocabulary.SELF_IDENTIFIED_OUTCOME, values.get("selfIdentifiedOutcomes")),
            code(Vocabulary.CO_PRODUCTION_LEVEL, values.get("coProductionBefore")),
            code(Vocabulary.CO_PRODUCTION_LEVEL, values.get("coProductionNow")));
    return new Row(number, record, problems);
  }

  /** Whether a spreadsheet would treat the text as a formula (OWASP's CSV injection list). */
  public static boolean looksLikeFormula(String cell) {
    if (cell == null || cell.isEmpty()) {
      return false;
    }
    char c = cell.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
  }

  private String code(Vocabulary vocabulary, String cell) {
    String value = blankToNull(cell);
    return value == null ? null : labels.code(vocabulary, value);
  }

  private List<String> list(Vocabulary vocabulary, String cell) {
    if (cell == null || cell.isBlank()) {
      return null;
    }
    if (cell.strip().equalsIgnoreCase(NONE)) {
      return List.of();
    }
    List<String> codes = new ArrayList<>();
    for (String part : cell.split(";")) {
      if (!part.isBlank()) {
        codes.add(labels.code(vocabulary, part));
      }
    }
    return codes;
  }

  private static LocalDate date(String cell, List<FieldError> problems) {
    String value = blankToNull(cell);
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException notIso) {
      try {
        return LocalDate.parse(value, UK_DATE);
      } catch (DateTimeParseException notUk) {
        problems.add(
            new FieldError(
                "collectedOn",
                "'" + value + "' is not a date: write it as YYYY-MM-DD, such as 2026-05-14"));
        return null;
      }
    }
  }

  private static Boolean consent(String cell, List<FieldError> problems) {
    String value = blankToNull(cell);
    if (value == null) {
      return null;
    }
    switch (value.toLowerCase(Locale.ROOT)) {
      case "yes", "y", "true", "1":
        return Boolean.TRUE;
      case "no", "n", "false", "0":
        return Boolean.FALSE;
      default:
        problems.add(new FieldError("consent", "Write consent as yes or no, not '" + value + "'"));
        return null;
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
