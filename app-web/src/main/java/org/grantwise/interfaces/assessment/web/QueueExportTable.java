package org.grantwise.interfaces.assessment.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.grantwise.domain.model.application.QueueQuery;
import org.grantwise.domain.model.assessment.ScoreSheet;

/**
 * The columns of a queue export and each application's cells, the same for CSV and XLSX: the
 * queue's fields, then for the first two assessments the officer, their status, the score for each
 * criterion and the weighted total, then the mean of the completed totals. Cells are {@code
 * String}, {@code BigDecimal}, {@code Integer}, {@code Instant} or null (empty).
 */
final class QueueExportTable {

  static final int ASSESSORS = 2;

  private static final List<String> FIELDS =
      List.of(
          "reference",
          "title",
          "organisation",
          "primary_theme",
          "co_production_model",
          "area",
          "requested",
          "status",
          "officer",
          "submitted_at");

  private final List<String> criteria;

  QueueExportTable(List<String> criteria) {
    this.criteria = List.copyOf(criteria);
  }

  List<String> header() {
    List<String> header = new ArrayList<>(FIELDS);
    for (int n = 1; n <= ASSESSORS; n++) {
      header.add("assessor_" + n);
      header.add("assessment_status_" + n);
      for (String code : criteria) {
        header.add("score_" + n + "_" + code);
      }
      header.add("weighted_total_" + n);
      header.add("recommendation_" + n);
    }
    header.add("completed_assessments");
    header.add("mean_weighted_total");
    return header;
  }

  List<Object> cells(QueueQuery.Row row, List<ScoreSheet> sheets) {
    List<Object> cells =
        new ArrayList<>(
            Arrays.asList(
                row.reference(),
                row.title(),
                row.organisation(),
                row.theme(),
                row.coProductionModel(),
                row.area(),
                row.requested(),
                row.status().name(),
                row.officer(),
                row.submittedAt()));
    for (int n = 0; n < ASSESSORS; n++) {
      ScoreSheet sheet = n < sheets.size() ? sheets.get(n) : null;
      cells.add(sheet == null ? null : sheet.officer());
      cells.add(sheet == null ? null : sheet.status().name());
      for (String code : criteria) {
        cells.add(sheet == null ? null : sheet.scores().get(code));
      }
      cells.add(sheet == null ? null : sheet.weightedTotal());
      cells.add(
          sheet == null || sheet.recommendation() == null ? null : sheet.recommendation().name());
    }
    List<BigDecimal> completed =
        sheets.stream()
            .filter(ScoreSheet::isCompleted)
            .map(ScoreSheet::weightedTotal)
            .filter(t -> t != null)
            .toList();
    cells.add(completed.size());
    cells.add(
        completed.isEmpty()
            ? null
            : completed.stream()
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(completed.size()), 2, RoundingMode.HALF_UP));
    return cells;
  }
}
