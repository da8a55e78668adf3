package org.grantwise.domain.model.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** One criterion of a round's scoring rubric. */
@Entity
@Table(name = "round_criterion")
public class Criterion {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "round_id")
  private long roundId;

  private String code;
  private String name;
  private String description;
  private BigDecimal weight;

  @Column(name = "min_score")
  private int minScore;

  @Column(name = "max_score")
  private int maxScore;

  @Column(name = "sort_order")
  private int sortOrder;

  protected Criterion() {}

  public Criterion(String code, String name, BigDecimal weight, int minScore, int maxScore) {
    this.code = code;
    this.name = name;
    this.description = name;
    this.weight = weight;
    this.minScore = minScore;
    this.maxScore = maxScore;
  }

  public boolean accepts(int score) {
    return score >= minScore && score <= maxScore;
  }

  /** This criterion's share of the weighted total for a score: weight × position on the scale. */
  BigDecimal weighted(int score) {
    return weight
        .multiply(BigDecimal.valueOf(score - minScore))
        .divide(BigDecimal.valueOf(maxScore - minScore), 6, java.math.RoundingMode.HALF_UP);
  }

  public long getRoundId() {
    return roundId;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public String getDescription() {
    return description;
  }

  public BigDecimal getWeight() {
    return weight;
  }

  public int getMinScore() {
    return minScore;
  }

  public int getMaxScore() {
    return maxScore;
  }

  public int getSortOrder() {
    return sortOrder;
  }
}
