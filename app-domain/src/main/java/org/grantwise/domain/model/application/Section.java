package org.grantwise.domain.model.application;

import java.util.List;

/**
 * The sections of the form, in task-list order, and which form fields belong to each: a section is
 * complete when the submit rules find nothing wrong in its fields.
 */
public enum Section {
  PROJECT(
      "title",
      "summary",
      "needAddressed",
      "areaServed",
      "targetGroups",
      "startDate",
      "durationMonths",
      "priorities",
      "primaryTheme",
      "secondaryThemes",
      "domains"),
  CO_PRODUCTION("coProductionModel", "coProduction"),
  BEHAVIOUR_CHANGE("behaviourChange"),
  THEORY_OF_CHANGE("theoryOfChange"),
  PARTNERS("partners"),
  BUDGET("budget"),
  DOCUMENTS("documents"),
  DECLARATIONS("declarations");

  private final List<String> fields;

  Section(String... fields) {
    this.fields = List.of(fields);
  }

  public List<String> fields() {
    return fields;
  }

  /** Whether a field path ({@code coProduction.coDesign}, {@code budget[1].requested}) is ours. */
  public boolean owns(String path) {
    return fields.stream()
        .anyMatch(f -> path.equals(f) || path.startsWith(f + ".") || path.startsWith(f + "["));
  }

  public static Section of(String path) {
    for (Section section : values()) {
      if (section.owns(path)) {
        return section;
      }
    }
    throw new IllegalArgumentException("No section holds " + path);
  }
}
