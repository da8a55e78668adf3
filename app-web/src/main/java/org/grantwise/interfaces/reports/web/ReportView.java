package org.grantwise.interfaces.reports.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.ArrayList;
import java.util.List;
import org.grantwise.application.ReportService;
import org.grantwise.domain.model.report.Breakdown;
import org.grantwise.domain.model.report.CmoCategory;
import org.grantwise.domain.model.report.CmoReport;
import org.grantwise.interfaces.reports.CmoParameters;
import org.grantwise.interfaces.reports.CmoTable;

/**
 * A manager's CMO report page: the filters are GET parameters (a report can be bookmarked), the
 * chart is Chart.js through p:chart, and the table beneath it is its text alternative.
 */
@Named
@RequestScoped
public class ReportView {

  private static final String[] COLOURS = {
    "#1d70b8", "#d4351c", "#00703c", "#4c2c92", "#b58840", "#28a197", "#f499be", "#505a5f"
  };

  @Inject ReportService reports;

  private String category = CmoCategory.CONTEXTS.name();
  private String by = Breakdown.PARTICIPANT_TYPE.name();
  private String roundId;
  private String from;
  private String to;
  private String projectRef;
  private String theme;
  private String model;
  private boolean publishable;
  private String problem;
  private String problemParameter;
  private CmoReport report;
  private CmoTable table;

  public void load() {
    try {
      report =
          reports.cmo(
              CmoParameters.parse(category, by, roundId, from, to, projectRefs(), theme, model));
      table = CmoTable.of(report, publishable);
    } catch (CmoParameters.BadParameterException e) {
      problem = e.getMessage();
      problemParameter = e.parameter();
    }
  }

  private List<String> projectRefs() {
    return projectRef == null || projectRef.isBlank()
        ? List.of()
        : List.of(projectRef.trim().split("[\\s,;]+"));
  }

  /** The Chart.js configuration: one bar series per shown group, legend "label N=n". */
  public String getChartJson() {
    if (report == null) {
      return "{}";
    }
    JsonArrayBuilder labels = Json.createArrayBuilder();
    if (!report.groups().isEmpty()) {
      report.groups().get(0).items().forEach(i -> labels.add(i.label()));
    }
    JsonArrayBuilder datasets = Json.createArrayBuilder();
    int colour = 0;
    for (int g = 0; g < report.groups().size(); g++) {
      if (!table.columns().get(g).shown()) {
        continue;
      }
      JsonArrayBuilder data = Json.createArrayBuilder();
      report.groups().get(g).items().forEach(i -> data.add(i.percent()));
      datasets.add(
          Json.createObjectBuilder()
              .add("label", table.columns().get(g).heading())
              .add("data", data)
              .add("backgroundColor", COLOURS[colour++ % COLOURS.length]));
    }
    JsonObjectBuilder yAxis =
        Json.createObjectBuilder()
            .add("min", 0)
            .add("max", 100)
            .add(
                "title",
                Json.createObjectBuilder().add("display", true).add("text", "% of respondents"));
    return Json.createObjectBuilder()
        .add("type", "bar")
        .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
        .add(
            "options",
            Json.createObjectBuilder()
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add("animation", false)
                .add("scales", Json.createObjectBuilder().add("y", yAxis))
                .add(
                    "plugins",
                    Json.createObjectBuilder()
                        .add("legend", Json.createObjectBuilder().add("position", "top"))))
        .build()
        .toString();
  }

  /** The query string of this report, for the export links. */
  public String getQuery() {
    List<String> parts = new ArrayList<>();
    add(parts, "category", category);
    add(parts, "by", by);
    add(parts, "roundId", roundId);
    add(parts, "from", from);
    add(parts, "to", to);
    projectRefs().forEach(r -> add(parts, "projectRef", r));
    add(parts, "theme", theme);
    add(parts, "model", model);
    if (publishable) {
      parts.add("publishable=true");
    }
    return String.join("&", parts);
  }

  private static void add(List<String> parts, String name, String value) {
    if (value != null && !value.isBlank()) {
      parts.add(
          name
              + "="
              + java.net.URLEncoder.encode(value.trim(), java.nio.charset.StandardCharsets.UTF_8));
    }
  }

  public CmoCategory[] getCategories() {
    return CmoCategory.values();
  }

  public Breakdown[] getBreakdowns() {
    return Breakdown.values();
  }

  public CmoReport getReport() {
    return report;
  }

  public CmoTable getTable() {
    return table;
  }

  public String getProblem() {
    return problem;
  }

  public String getProblemParameter() {
    return problemParameter;
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(String category) {
    if (category != null && !category.isBlank()) {
      this.category = category;
    }
  }

  public String getBy() {
    return by;
  }

  public void setBy(String by) {
    if (by != null && !by.isBlank()) {
      this.by = by;
    }
  }

  public String getRoundId() {
    return roundId;
  }

  public void setRoundId(String roundId) {
    this.roundId = roundId;
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public String getTo() {
    return to;
  }

  public void setTo(String to) {
    this.to = to;
  }

  public String getProjectRef() {
    return projectRef;
  }

  public void setProjectRef(String projectRef) {
    this.projectRef = projectRef;
  }

  public String getTheme() {
    return theme;
  }

  public void setTheme(String theme) {
    this.theme = theme;
  }

  public String getModel() {
    return model;
  }

  public void setModel(String model) {
    this.model = model;
  }

  public boolean isPublishable() {
    return publishable;
  }

  public void setPublishable(boolean publishable) {
    this.publishable = publishable;
  }
}
