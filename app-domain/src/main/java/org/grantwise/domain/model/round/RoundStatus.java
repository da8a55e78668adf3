package org.grantwise.domain.model.round;

public enum RoundStatus {
  UPCOMING,
  OPEN,
  CLOSED
}
