package org.grantwise.domain.model.vocabulary;

import java.util.List;

public interface VocabularyRepository {

  /** Active terms of every vocabulary, in vocabulary then display order. */
  List<VocabularyTerm> findAllActive();
}
