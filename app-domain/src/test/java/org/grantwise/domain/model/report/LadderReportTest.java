package org.grantwise.domain.model.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LadderReportTest {

  private static final List<CmoReport.Term> LADDER =
      List.of(
          new CmoReport.Term("NOT_INVOLVED", "Not involved"),
          new CmoReport.Term("CONSULTED", "Consulted"),
          new CmoReport.Term("CO_DELIVERY", "Co-delivery"));

  @Test
  void theMatrixCountsRespondentsByRungAndProjectsCountThoseWhoMovedUp() {
    LadderReport report =
        LadderReport.of(
            LADDER,
            List.of(
                new CmoStatistics.Transition("P-1", "NOT_INVOLVED", "CO_DELIVERY", 3),
                new CmoStatistics.Transition("P-1", "CONSULTED", "CONSULTED", 1),
                new CmoStatistics.Transition("P-2", "CO_DELIVERY", "CONSULTED", 2)));
    assertThat(report.matrix().get(0).now()).containsExactly(0L, 0L, 3L);
    assertThat(report.matrix().get(1).now()).containsExactly(0L, 1L, 0L);
    assertThat(report.matrix().get(2).now()).containsExactly(0L, 2L, 0L);
    assertThat(report.projects())
        .extracting(LadderReport.ProjectChange::projectRef, LadderReport.ProjectChange::movedUp)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("P-1", 3L),
            org.assertj.core.groups.Tuple.tuple("P-2", 0L));
    assertThat(report.projects().get(0).percentMovedUp()).isEqualByComparingTo("75.0");
  }
}
