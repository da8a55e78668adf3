package org.grantwise.domain.model.vocabulary;

/** The kinds of reference vocabulary. The names are stable: the API and the database use them. */
public enum Vocabulary {
  THEME,
  CO_PRODUCTION_MODEL,
  PARTICIPANT_TYPE,
  CONTEXT,
  MECHANISM,
  SHORT_TERM_OUTCOME,
  LONG_TERM_OUTCOME,
  SELF_IDENTIFIED_OUTCOME,
  CO_PRODUCTION_LEVEL,
  DOMAIN,
  PARTNER_ROLE,
  BUDGET_CATEGORY,
  PRIORITY
}
