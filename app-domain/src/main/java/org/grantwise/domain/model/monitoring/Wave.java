package org.grantwise.domain.model.monitoring;

/** The collection point of an outcome record. The names are stable: the API and files use them. */
public enum Wave {
  BASELINE("Baseline"),
  FOLLOW_UP("Follow-up"),
  EXIT("Exit");

  private final String label;

  Wave(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
