package org.grantwise.domain.model.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CmoReportTest {

  @Test
  void percentIsOfTheGroupsNRoundedHalfUpToOneDecimal() {
    assertThat(CmoReport.percent(15, 16)).isEqualByComparingTo("93.8");
    assertThat(CmoReport.percent(1, 8)).hasToString("12.5");
    assertThat(CmoReport.percent(1, 3)).hasToString("33.3");
    assertThat(CmoReport.percent(2, 3)).hasToString("66.7");
    assertThat(CmoReport.percent(1, 16)).hasToString("6.3"); // 6.25 rounds up
    assertThat(CmoReport.percent(0, 0)).hasToString("0.0");
  }

  @Test
  void everyItemIsListedInVocabularyOrderIncludingThoseNobodyReported() {
    CmoReport report =
        CmoReport.of(
            CmoCategory.CONTEXTS,
            Breakdown.PARTICIPANT_TYPE,
            List.of(
                new CmoReport.Term("TRUST", "Trust"),
                new CmoReport.Term("SPACE", "A safe space"),
                new CmoReport.Term("FOOD", "Food")),
            List.of(
                new CmoCounts("PARTNER", 16, Map.of("TRUST", 15L, "FOOD", 2L)),
                new CmoCounts("COMMUNITY_MEMBER", 4, Map.of())),
            key -> key.equals("PARTNER") ? "Partners" : "Community members");
    assertThat(report.groups())
        .extracting(CmoReport.Group::label)
        .containsExactly("Partners", "Community members");
    CmoReport.Group partners = report.groups().get(0);
    assertThat(partners.n()).isEqualTo(16);
    assertThat(partners.items())
        .extracting(CmoReport.Item::code, CmoReport.Item::count)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("TRUST", 15L),
            org.assertj.core.groups.Tuple.tuple("SPACE", 0L),
            org.assertj.core.groups.Tuple.tuple("FOOD", 2L));
    assertThat(partners.items().get(0).percent()).isEqualByComparingTo("93.8");
    assertThat(report.groups().get(1).items()).allMatch(i -> i.count() == 0);
  }

  @Test
  void aPublishableTableHidesSmallGroupsAndEnoughOthersThatTheyCannotBeWorkedOut() {
    assertThat(report(20, 3, 9).suppressedForPublication())
        .as(
            "one small group alone could be recovered from the overall N: the next smallest goes too")
        .containsExactlyInAnyOrder("G2", "G3");
    assertThat(report(20, 2, 1, 9).suppressedForPublication())
        .as("two small groups total 3: still recoverable as a pair, so one more")
        .containsExactlyInAnyOrder("G2", "G3", "G4");
    assertThat(report(20, 8, 9).suppressedForPublication()).isEmpty();
    assertThat(report(4).suppressedForPublication()).containsExactly("G1");
  }

  private static CmoReport report(long... ns) {
    List<CmoCounts> counts = new java.util.ArrayList<>();
    for (int i = 0; i < ns.length; i++) {
      counts.add(new CmoCounts("G" + (i + 1), ns[i], Map.of()));
    }
    return CmoReport.of(
        CmoCategory.MECHANISMS,
        ns.length == 1 ? Breakdown.ALL : Breakdown.PARTICIPANT_TYPE,
        List.of(new CmoReport.Term("X", "X")),
        counts,
        k -> k);
  }
}
