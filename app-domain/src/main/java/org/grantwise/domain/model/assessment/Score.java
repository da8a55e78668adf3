package org.grantwise.domain.model.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A score against one criterion, with the officer's justification. */
@Embeddable
public class Score {

  @Column(name = "criterion_code")
  private String criterion;

  private int score;

  private String justification;

  protected Score() {}

  public Score(String criterion, int score, String justification) {
    this.criterion = criterion;
    this.score = score;
    this.justification = justification;
  }

  public String getCriterion() {
    return criterion;
  }

  public int getScore() {
    return score;
  }

  public String getJustification() {
    return justification;
  }
}
