package org.grantwise.domain.model.vocabulary;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One term of a vocabulary: a stable code and the words people see. */
@Entity
@Table(name = "vocabulary_term")
public class VocabularyTerm {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  private Vocabulary vocabulary;

  private String code;

  private String label;

  private String description;

  @Column(name = "sort_order")
  private int sortOrder;

  private boolean active;

  protected VocabularyTerm() {}

  public Vocabulary getVocabulary() {
    return vocabulary;
  }

  public String getCode() {
    return code;
  }

  public String getLabel() {
    return label;
  }

  public String getDescription() {
    return description;
  }

  public int getSortOrder() {
    return sortOrder;
  }

  public boolean isActive() {
    return active;
  }
}
