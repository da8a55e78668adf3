package org.grantwise.domain.model.report;

import java.util.Optional;
import org.grantwise.domain.model.vocabulary.Vocabulary;

/**
 * How respondents are grouped: the review's breakdowns (all, participant type, the funded project's
 * primary theme, the officer-confirmed co-production model) and our own (round, project).
 */
public enum Breakdown {
  ALL(null),
  PARTICIPANT_TYPE(Vocabulary.PARTICIPANT_TYPE),
  THEME(Vocabulary.THEME),
  CO_PRODUCTION_MODEL(Vocabulary.CO_PRODUCTION_MODEL),
  ROUND(null),
  PROJECT(null),
  /** The component with the largest share in the application's COM-B focus. */
  COM_B_FOCUS(null),
  /** The application's domains; a project in two domains counts in both. */
  DOMAIN(Vocabulary.DOMAIN);

  private final Vocabulary vocabulary;

  Breakdown(Vocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  /** The vocabulary whose labels name the groups, where there is one. */
  public Optional<Vocabulary> vocabulary() {
    return Optional.ofNullable(vocabulary);
  }
}
