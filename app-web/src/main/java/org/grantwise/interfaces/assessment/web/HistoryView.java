package org.grantwise.interfaces.assessment.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.grantwise.application.ApplicationNotFoundException;
import org.grantwise.application.AssignmentService;
import org.grantwise.application.AuditEntry;
import org.grantwise.application.CaseSummary;
import org.grantwise.application.HistoryService;

/** The manager's history tab: every recorded change to one application, in plain words. */
@Named
@RequestScoped
public class HistoryView {

  private static final int LONGEST_VALUE = 160;

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss", Locale.UK)
          .withZone(ZoneId.of("Europe/London"));

  private static final Map<String, String> SUBJECTS =
      Map.ofEntries(
          Map.entry("grant_application", "Application"),
          Map.entry("application_document", "Supporting document"),
          Map.entry("application_assignment", "Assignment"),
          Map.entry("conflict_declaration", "Conflict-of-interest declaration"),
          Map.entry("assessment", "Assessment"),
          Map.entry("assessment_score", "Score"),
          Map.entry("moderation", "Moderated score"),
          Map.entry("decision", "Decision"),
          Map.entry("funded_project", "Funded project"),
          Map.entry("project_amount", "Award amount"),
          Map.entry("project_report_due", "Reporting due date"),
          Map.entry("outcome_record", "Outcome records"),
          Map.entry("monitoring_return", "Monitoring return"));

  private static final Map<String, String> OPERATIONS =
      Map.of("INSERT", "created", "UPDATE", "changed", "DELETE", "removed");

  @Inject AssignmentService assignments;

  @Inject HistoryService histories;

  private Long id;
  private CaseSummary summary;
  private List<Row> rows = List.of();

  /** One change as the table shows it. */
  public record Row(String when, String who, String what, List<String> details) {}

  public void load() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      summary = assignments.caseSummary(id == null ? -1 : id);
      rows = histories.history(id).stream().map(HistoryView::row).toList();
    } catch (ApplicationNotFoundException e) {
      faces.getExternalContext().responseSendError(404, "No such application");
      faces.responseComplete();
    }
  }

  static Row row(AuditEntry entry) {
    String what =
        SUBJECTS.getOrDefault(entry.table(), entry.table())
            + " "
            + OPERATIONS.getOrDefault(entry.operation(), entry.operation());
    return new Row(WHEN.format(entry.occurredAt()), entry.actor(), what, details(entry));
  }

  private static List<String> details(AuditEntry entry) {
    JsonObject changes;
    try (JsonReader reader = Json.createReader(new StringReader(entry.changes()))) {
      changes = reader.readObject();
    }
    List<String> lines = new ArrayList<>();
    changes.forEach(
        (field, value) -> {
          if (field.equals("id") || value.getValueType() == JsonValue.ValueType.NULL) {
            return;
          }
          if (entry.operation().equals("UPDATE") && value instanceof JsonArray pair) {
            lines.add(field + ": " + text(pair.get(0)) + " → " + text(pair.get(1)));
          } else if (value.getValueType() == JsonValue.ValueType.OBJECT) {
            lines.add(field + ": " + value.asJsonObject().size() + " answers");
          } else {
            lines.add(field + ": " + text(value));
          }
        });
    return lines;
  }

  private static String text(JsonValue value) {
    String text =
        switch (value.getValueType()) {
          case NULL -> "(empty)";
          case STRING -> ((JsonString) value).getString();
          default -> value.toString();
        };
    return text.length() > LONGEST_VALUE ? text.substring(0, LONGEST_VALUE) + "…" : text;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public CaseSummary getSummary() {
    return summary;
  }

  public List<Row> getRows() {
    return rows;
  }
}
