package org.grantwise.domain.model.report;

import java.time.LocalDate;
import java.util.List;

/**
 * What to count: a category, a breakdown and the filters. Only records collected in the period
 * count, so a respondent's "most recent record" is the most recent one in it.
 */
public record CmoQuery(
    CmoCategory category,
    Breakdown by,
    Long roundId,
    LocalDate from,
    LocalDate to,
    List<String> projectRefs,
    String theme,
    String model) {

  public CmoQuery {
    projectRefs = projectRefs == null ? List.of() : List.copyOf(projectRefs);
  }

  /** Without the theme and model filters. */
  public CmoQuery(
      CmoCategory category,
      Breakdown by,
      Long roundId,
      LocalDate from,
      LocalDate to,
      List<String> projectRefs) {
    this(category, by, roundId, from, to, projectRefs, null, null);
  }
}
