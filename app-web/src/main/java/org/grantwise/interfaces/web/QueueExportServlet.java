package org.grantwise.interfaces.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.grantwise.application.AssessmentService;
import org.grantwise.domain.model.application.QueueQuery;
import org.grantwise.domain.model.assessment.Assessment;
import org.grantwise.domain.model.assessment.Criterion;

/**
 * The filtered queue as CSV: one column per field, then each criterion's score and the weighted
 * total of the first two assessments. Same filters as the page; officers and managers only.
 */
@WebServlet("/assessment/queue.csv")
public class QueueExportServlet extends HttpServlet {

  private static final int BATCH = 500;

  @Inject AssessmentService assessments;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    QueueView filters = new QueueView();
    filters.setStatus(request.getParameter("status"));
    filters.setTheme(request.getParameter("theme"));
    filters.setModel(request.getParameter("model"));
    filters.setArea(request.getParameter("area"));
    filters.setOfficer(request.getParameter("officer"));
    filters.setSearch(request.getParameter("search"));
    filters.setMin(request.getParameter("min"));
    filters.setMax(request.getParameter("max"));
    filters.setSort(request.getParameter("sort"));
    filters.setDesc("true".equals(request.getParameter("desc")));

    response.setContentType("text/csv;charset=UTF-8");
    response.setHeader("Content-Disposition", "attachment; filename=\"assessment-queue.csv\"");
    response.setHeader("Cache-Control", "private, no-store");
    PrintWriter out = response.getWriter();
    out.print('\uFEFF'); // so spreadsheet programs read UTF-8

    Map<Long, List<String>> criteriaByRound = new LinkedHashMap<>();
    List<String> criteria = null;
    for (int first = 0; ; first += BATCH) {
      QueueQuery.Page page = assessments.queue(filters.query(first, BATCH));
      for (QueueQuery.Row row : page.rows()) {
        long round = row.roundId();
        List<String> codes =
            criteriaByRound.computeIfAbsent(
                round, r -> assessments.criteria(r).stream().map(Criterion::getCode).toList());
        if (criteria == null) {
          criteria = codes;
          List<String> header =
              new ArrayList<>(
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
                      "submitted_at"));
          for (int n = 1; n <= 2; n++) {
            header.add("assessor_" + n);
            for (String code : codes) {
              header.add("score_" + n + "_" + code);
            }
            header.add("weighted_total_" + n);
            header.add("recommendation_" + n);
          }
          line(out, header);
        }
        List<String> cells =
            new ArrayList<>(
                List.of(
                    row.reference(),
                    text(row.title()),
                    row.organisation(),
                    text(row.theme()),
                    text(row.coProductionModel()),
                    text(row.area()),
                    text(row.requested()),
                    row.status().name(),
                    text(row.officer()),
                    text(row.submittedAt())));
        List<Assessment> done = assessments.assessmentsOf(row.id());
        for (int n = 0; n < 2; n++) {
          Assessment a = n < done.size() ? done.get(n) : null;
          cells.add(a == null ? "" : a.getOfficer());
          for (String code : criteria) {
            cells.add(
                a == null
                    ? ""
                    : a.getScores().stream()
                        .filter(s -> s.getCriterion().equals(code))
                        .map(s -> String.valueOf(s.getScore()))
                        .findFirst()
                        .orElse(""));
          }
          cells.add(a == null ? "" : text(a.getWeightedTotal()));
          cells.add(a == null || a.getRecommendation() == null ? "" : a.getRecommendation().name());
        }
        line(out, cells);
      }
      if (page.rows().size() < BATCH) {
        break;
      }
    }
    if (criteria == null) {
      line(
          out,
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
              "submitted_at"));
    }
  }

  private static String text(Object value) {
    return value == null ? "" : value.toString();
  }

  private static void line(PrintWriter out, List<String> cells) {
    List<String> escaped = new ArrayList<>();
    for (String cell : cells) {
      escaped.add(csv(cell));
    }
    out.print(String.join(",", escaped));
    out.print("\r\n");
  }

  /** RFC 4180 quoting, and a leading apostrophe so no cell is read as a spreadsheet formula. */
  static String csv(String cell) {
    String value = cell == null ? "" : cell;
    if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
      value = "'" + value;
    }
    if (value.contains(",")
        || value.contains("\"")
        || value.contains("\n")
        || value.contains("\r")) {
      value = "\"" + value.replace("\"", "\"\"") + "\"";
    }
    return value;
  }
}
