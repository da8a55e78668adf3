package org.grantwise.domain.model.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.function.Function;

/**
 * The percentage of respondents experiencing each item of a category, per group, with N: every item
 * of the vocabulary is listed, including those nobody reported.
 */
public record CmoReport(CmoCategory category, Breakdown by, List<Group> groups) {

  /** One group (a participant type, theme, model, round or project; or everyone). */
  public record Group(String key, String label, long n, List<Item> items) {}

  /** One vocabulary item in a group. */
  public record Item(String code, String label, long count, BigDecimal percent) {}

  /** A vocabulary item as the report lists it, in display order. */
  public record Term(String code, String label) {}

  /**
   * Builds the report from the counted groups. Groups keep the order given; labels come from {@code
   * groupLabel}.
   */
  public static CmoReport of(
      CmoCategory category,
      Breakdown by,
      List<Term> items,
      List<CmoCounts> counted,
      Function<String, String> groupLabel) {
    List<Group> groups =
        counted.stream()
            .map(
                c ->
                    new Group(
                        c.key(),
                        groupLabel.apply(c.key()),
                        c.n(),
                        items.stream()
                            .map(
                                t -> {
                                  long count = c.items().getOrDefault(t.code(), 0L);
                                  return new Item(
                                      t.code(), t.label(), count, percent(count, c.n()));
                                })
                            .toList()))
            .toList();
    return new CmoReport(category, by, groups);
  }

  /** 100 × count / n, rounded half-up to one decimal; 0.0 for an empty group. */
  public static BigDecimal percent(long count, long n) {
    if (n == 0) {
      return BigDecimal.ZERO.setScale(1);
    }
    return BigDecimal.valueOf(count)
        .multiply(BigDecimal.valueOf(100))
        .divide(BigDecimal.valueOf(n), 1, RoundingMode.HALF_UP);
  }
}
