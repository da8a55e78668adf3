package org.grantwise.domain.model.assessment;

/** What an officer recommends, and what a manager decides. */
public enum Recommendation {
  AWARD,
  DECLINE,
  REQUEST_CHANGES
}
