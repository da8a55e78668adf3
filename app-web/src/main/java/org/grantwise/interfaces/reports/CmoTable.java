package org.grantwise.interfaces.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.grantwise.domain.model.report.CmoReport;

/**
 * A CMO report as a table of text, the same for the page, CSV, XLSX and PDF: one row per item, one
 * column per group headed "label N=n" the way the review labels its charts. A publishable table
 * shows small groups as "N<5" and the groups hidden to protect them as such, with empty cells.
 */
public record CmoTable(List<String> header, List<List<String>> rows, List<Column> columns) {

  /** A group as a column: its heading and whether its figures are shown. */
  public record Column(String key, String heading, boolean shown) {}

  /** "N=16"; a hidden small group "N<5"; a group hidden so a small one cannot be worked out. */
  private static String heading(CmoReport.Group group, boolean hidden) {
    if (!hidden) {
      return "N=" + group.n();
    }
    return group.n() < CmoReport.SMALLEST_PUBLISHED_GROUP
        ? "N<5"
        : "(hidden to protect a small group)";
  }

  public static CmoTable of(CmoReport report, boolean publishable) {
    Set<String> hidden = publishable ? report.suppressedForPublication() : Set.of();
    List<Column> columns =
        report.groups().stream()
            .map(
                g ->
                    new Column(
                        g.key(),
                        g.label() + " " + heading(g, hidden.contains(g.key())),
                        !hidden.contains(g.key())))
            .toList();
    List<String> header = new ArrayList<>();
    header.add("Item");
    columns.forEach(c -> header.add(c.heading()));
    List<List<String>> rows = new ArrayList<>();
    int items = report.groups().isEmpty() ? 0 : report.groups().get(0).items().size();
    for (int i = 0; i < items; i++) {
      List<String> row = new ArrayList<>();
      row.add(report.groups().get(0).items().get(i).label());
      for (int g = 0; g < report.groups().size(); g++) {
        CmoReport.Item item = report.groups().get(g).items().get(i);
        row.add(
            columns.get(g).shown()
                ? item.percent().toPlainString() + "% (" + item.count() + ")"
                : "");
      }
      rows.add(row);
    }
    return new CmoTable(List.copyOf(header), List.copyOf(rows), columns);
  }
}
