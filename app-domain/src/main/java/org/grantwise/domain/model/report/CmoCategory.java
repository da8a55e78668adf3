package org.grantwise.domain.model.report;

import org.grantwise.domain.model.vocabulary.Vocabulary;

/** A section of the outcome record, its column and the vocabulary its items come from. */
public enum CmoCategory {
  CONTEXTS("contexts", Vocabulary.CONTEXT),
  MECHANISMS("mechanisms", Vocabulary.MECHANISM),
  SHORT_TERM_OUTCOMES("short_term_outcomes", Vocabulary.SHORT_TERM_OUTCOME),
  LONG_TERM_OUTCOMES("long_term_outcomes", Vocabulary.LONG_TERM_OUTCOME),
  SELF_IDENTIFIED_OUTCOMES("self_identified_outcomes", Vocabulary.SELF_IDENTIFIED_OUTCOME);

  private final String column;
  private final Vocabulary vocabulary;

  CmoCategory(String column, Vocabulary vocabulary) {
    this.column = column;
    this.vocabulary = vocabulary;
  }

  /** The outcome_record column; a fixed name, never taken from a request. */
  public String column() {
    return column;
  }

  public Vocabulary vocabulary() {
    return vocabulary;
  }
}
