package org.grantwise.domain.model.assessment;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One officer's assessment reduced to what exports and reports list: who, how far along, the score
 * per criterion code and the weighted total. A read model, never changed through it.
 */
public record ScoreSheet(
    long applicationId,
    String officer,
    Assessment.Status status,
    Map<String, Integer> scores,
    BigDecimal weightedTotal,
    Recommendation recommendation) {

  public ScoreSheet {
    scores = Map.copyOf(scores);
  }

  public boolean isCompleted() {
    return status == Assessment.Status.COMPLETED;
  }
}
