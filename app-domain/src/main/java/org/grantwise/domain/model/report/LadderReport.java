package org.grantwise.domain.model.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Co-production change: how respondents moved on the ladder from before to now (a transition matrix
 * over all projects), and per project how many moved up at least one rung.
 */
public record LadderReport(
    List<CmoReport.Term> levels, List<MatrixRow> matrix, List<ProjectChange> projects) {

  /** Respondents who were at one rung before, by the rung they are at now (in ladder order). */
  public record MatrixRow(String before, String label, List<Long> now, long total) {}

  /** One project's respondents with both answers, and how many of them moved up. */
  public record ProjectChange(
      String projectRef, long respondents, long movedUp, BigDecimal percentMovedUp) {}

  /** Builds the report; {@code levels} are the ladder's rungs from the lowest. */
  public static LadderReport of(
      List<CmoReport.Term> levels, List<CmoStatistics.Transition> transitions) {
    Map<String, Integer> rank = new HashMap<>();
    for (int i = 0; i < levels.size(); i++) {
      rank.put(levels.get(i).code(), i);
    }
    long[][] counts = new long[levels.size()][levels.size()];
    Map<String, long[]> perProject = new LinkedHashMap<>();
    for (CmoStatistics.Transition t : transitions) {
      Integer from = rank.get(t.before());
      Integer to = rank.get(t.now());
      if (from == null || to == null) {
        continue;
      }
      counts[from][to] += t.respondents();
      long[] project = perProject.computeIfAbsent(t.projectRef(), p -> new long[2]);
      project[0] += t.respondents();
      if (to > from) {
        project[1] += t.respondents();
      }
    }
    List<MatrixRow> matrix = new ArrayList<>();
    for (int i = 0; i < levels.size(); i++) {
      List<Long> row = new ArrayList<>();
      long total = 0;
      for (int j = 0; j < levels.size(); j++) {
        row.add(counts[i][j]);
        total += counts[i][j];
      }
      matrix.add(new MatrixRow(levels.get(i).code(), levels.get(i).label(), row, total));
    }
    List<ProjectChange> projects =
        perProject.entrySet().stream()
            .map(
                e ->
                    new ProjectChange(
                        e.getKey(),
                        e.getValue()[0],
                        e.getValue()[1],
                        CmoReport.percent(e.getValue()[1], e.getValue()[0])))
            .toList();
    return new LadderReport(levels, matrix, projects);
  }
}
