package org.grantwise.interfaces.reports;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import org.grantwise.domain.model.report.Breakdown;
import org.grantwise.domain.model.report.CmoCategory;
import org.grantwise.domain.model.report.CmoQuery;

/**
 * Reads a CMO report's request parameters, the same way for the API, the pages and the exports. A
 * bad one is refused with a message that names it.
 */
public final class CmoParameters {

  private CmoParameters() {}

  /** A parameter that cannot be used, and why. */
  public static class BadParameterException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String parameter;

    public BadParameterException(String parameter, String message) {
      super(message);
      this.parameter = parameter;
    }

    public String parameter() {
      return parameter;
    }
  }

  public static CmoQuery parse(
      String category,
      String by,
      String roundId,
      String from,
      String to,
      List<String> projectRefs) {
    return parse(category, by, roundId, from, to, projectRefs, null, null);
  }

  /** With the theme and model filters: vocabulary codes of the funded project. */
  public static CmoQuery parse(
      String category,
      String by,
      String roundId,
      String from,
      String to,
      List<String> projectRefs,
      String theme,
      String model) {
    CmoCategory theCategory = oneOf(CmoCategory.class, "category", category, null);
    Breakdown breakdown = oneOf(Breakdown.class, "by", by, Breakdown.ALL);
    Long round = roundId(roundId);
    LocalDate start = date("from", from);
    LocalDate end = date("to", to);
    if (start != null && end != null && start.isAfter(end)) {
      throw new BadParameterException("from", "from must not be after to");
    }
    List<String> refs =
        projectRefs == null
            ? List.of()
            : projectRefs.stream()
                .filter(r -> r != null && !r.isBlank())
                .map(String::trim)
                .distinct()
                .toList();
    for (String ref : refs) {
      if (!ref.matches("[A-Z]{2,5}-\\d{4}-\\d{4}")) {
        throw new BadParameterException(
            "projectRef", "projectRef " + ref + " is not a project reference like PCF-2026-0101");
      }
    }
    return new CmoQuery(
        theCategory,
        breakdown,
        round,
        start,
        end,
        refs,
        code("theme", theme),
        code("model", model));
  }

  /** Only the filters (round, period, projects), for reports that are not about one category. */
  public static CmoQuery parseFilters(
      String roundId,
      String from,
      String to,
      List<String> projectRefs,
      String theme,
      String model) {
    CmoQuery parsed =
        parse(
            CmoCategory.CONTEXTS.name(),
            Breakdown.ALL.name(),
            roundId,
            from,
            to,
            projectRefs,
            theme,
            model);
    return new CmoQuery(
        null,
        Breakdown.ALL,
        parsed.roundId(),
        parsed.from(),
        parsed.to(),
        parsed.projectRefs(),
        parsed.theme(),
        parsed.model());
  }

  /** A round's id, or null when not given. */
  public static Long roundId(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      throw new BadParameterException("roundId", "roundId must be a round's id, a whole number");
    }
  }

  /** A vocabulary code, or null when not given. */
  private static String code(String parameter, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    if (!value.trim().matches("[A-Z][A-Z0-9_]{0,59}")) {
      throw new BadParameterException(
          parameter, parameter + " must be a vocabulary code, like TACKLING_POVERTY");
    }
    return value.trim();
  }

  private static <E extends Enum<E>> E oneOf(
      Class<E> type, String parameter, String value, E fallback) {
    String allowed =
        String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
    if (value == null || value.isBlank()) {
      if (fallback != null) {
        return fallback;
      }
      throw new BadParameterException(parameter, parameter + " is required: one of " + allowed);
    }
    try {
      return Enum.valueOf(type, value.trim());
    } catch (IllegalArgumentException e) {
      throw new BadParameterException(parameter, parameter + " must be one of " + allowed);
    }
  }

  private static LocalDate date(String parameter, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw new BadParameterException(parameter, parameter + " must be a date as YYYY-MM-DD");
    }
  }
}
