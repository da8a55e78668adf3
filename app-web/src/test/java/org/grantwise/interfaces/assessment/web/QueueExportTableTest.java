package org.grantwise.interfaces.assessment.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.grantwise.domain.model.application.ApplicationStatus;
import org.grantwise.domain.model.application.QueueQuery;
import org.grantwise.domain.model.assessment.Assessment;
import org.grantwise.domain.model.assessment.Recommendation;
import org.grantwise.domain.model.assessment.ScoreSheet;
import org.junit.jupiter.api.Test;

class QueueExportTableTest {

  private final QueueExportTable table = new QueueExportTable(List.of("FIT", "VALUE"));

  private final QueueQuery.Row row =
      new QueueQuery.Row(
          7,
          "GW-2026-01007",
          "@SUM(A1) garden",
          "Riverside Community Anchor",
          "FOOD",
          "PROGRESSION",
          "Riverside, Glasgow",
          new BigDecimal("38500.00"),
          ApplicationStatus.UNDER_ASSESSMENT,
          "officer1",
          Instant.parse("2026-11-25T10:00:00Z"),
          1);

  @Test
  void headerHasAColumnPerCriterionForEachOfTwoAssessorsAndTheTotals() {
    assertThat(table.header())
        .containsSubsequence(
            "reference",
            "submitted_at",
            "assessor_1",
            "assessment_status_1",
            "score_1_FIT",
            "score_1_VALUE",
            "weighted_total_1",
            "recommendation_1",
            "assessor_2",
            "score_2_FIT",
            "weighted_total_2",
            "completed_assessments",
            "mean_weighted_total");
  }

  @Test
  void cellsLineUpWithTheHeaderAndTheMeanCountsOnlyCompletedAssessments() {
    List<ScoreSheet> sheets =
        List.of(
            new ScoreSheet(
                7,
                "officer1",
                Assessment.Status.COMPLETED,
                Map.of("FIT", 4, "VALUE", 3),
                new BigDecimal("70.00"),
                Recommendation.AWARD),
            new ScoreSheet(
                7,
                "officer2",
                Assessment.Status.COMPLETED,
                Map.of("FIT", 5, "VALUE", 5),
                new BigDecimal("100.00"),
                Recommendation.AWARD));
    List<String> header = table.header();
    List<Object> cells = table.cells(row, sheets);
    assertThat(cells).hasSameSizeAs(header);
    assertThat(cells.get(header.indexOf("score_1_FIT"))).isEqualTo(4);
    assertThat(cells.get(header.indexOf("score_2_VALUE"))).isEqualTo(5);
    assertThat(cells.get(header.indexOf("completed_assessments"))).isEqualTo(2);
    assertThat(cells.get(header.indexOf("mean_weighted_total"))).isEqualTo(new BigDecimal("85.00"));

    List<Object> draftOnly =
        table.cells(
            row,
            List.of(
                new ScoreSheet(
                    7, "officer1", Assessment.Status.DRAFT, Map.of("FIT", 2), null, null)));
    assertThat(draftOnly.get(header.indexOf("score_1_VALUE"))).isNull();
    assertThat(draftOnly.get(header.indexOf("mean_weighted_total"))).isNull();
    assertThat(draftOnly.get(header.indexOf("assessor_2"))).isNull();
  }

  @Test
  void csvCellsThatCouldBeFormulasStartWithAnApostropheAndAreQuotedWhenNeeded() {
    assertThat(QueueExportServlet.csv("=HYPERLINK(\"http://x\")"))
        .isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
    assertThat(QueueExportServlet.csv("+44 141")).isEqualTo("'+44 141");
    assertThat(QueueExportServlet.csv("-1")).isEqualTo("'-1");
    assertThat(QueueExportServlet.csv("@SUM(A1) garden")).isEqualTo("'@SUM(A1) garden");
    assertThat(QueueExportServlet.csv("\tx")).isEqualTo("'\tx");
    assertThat(QueueExportServlet.csv("\rx")).isEqualTo("\"'\rx\"");
    assertThat(QueueExportServlet.csv("Riverside, Glasgow")).isEqualTo("\"Riverside, Glasgow\"");
    assertThat(QueueExportServlet.csv("Plain text")).isEqualTo("Plain text");
    assertThat(QueueExportServlet.csv(null)).isEmpty();
  }
}
