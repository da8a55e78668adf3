package org.grantwise.domain.model.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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

  /** Groups smaller than this are not published. */
  public static final int SMALLEST_PUBLISHED_GROUP = 5;

  /**
   * The groups a publishable table hides: those under {@link #SMALLEST_PUBLISHED_GROUP}
   * respondents, and then the smallest others until no hidden N can be worked out from the overall
   * N (which the ALL breakdown publishes): at least two hidden, together at least five.
   */
  public Set<String> suppressedForPublication() {
    Set<String> hidden = new LinkedHashSet<>();
    groups.stream().filter(g -> g.n() < SMALLEST_PUBLISHED_GROUP).forEach(g -> hidden.add(g.key()));
    if (by == Breakdown.ALL || hidden.isEmpty()) {
      return hidden;
    }
    List<Group> visible =
        new ArrayList<>(groups.stream().filter(g -> !hidden.contains(g.key())).toList());
    visible.sort(Comparator.comparingLong(Group::n));
    while (!visible.isEmpty()
        && (hidden.size() < 2 || hiddenTotal(hidden) < SMALLEST_PUBLISHED_GROUP)) {
      hidden.add(visible.remove(0).key());
    }
    return hidden;
  }

  private long hiddenTotal(Set<String> hidden) {
    return groups.stream().filter(g -> hidden.contains(g.key())).mapToLong(Group::n).sum();
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
