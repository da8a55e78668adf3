package org.grantwise.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.grantwise.application.VocabularyService;
import org.grantwise.domain.model.vocabulary.Vocabulary;
import org.grantwise.domain.model.vocabulary.VocabularyTerm;

/** The reference vocabularies, for the administrator's overview. */
@Named
@RequestScoped
public class VocabulariesView {

  @Inject VocabularyService vocabularies;

  private Map<Vocabulary, List<VocabularyTerm>> all;

  public Map<Vocabulary, List<VocabularyTerm>> getAll() {
    if (all == null) {
      all = vocabularies.allVocabularies();
    }
    return all;
  }

  /** The terms of one vocabulary, by its name (e.g. THEME), for choices on forms. */
  public List<VocabularyTerm> terms(String vocabulary) {
    return getAll().getOrDefault(Vocabulary.valueOf(vocabulary), List.of());
  }

  /** The label of a code, or the code itself when the term has gone. */
  public String label(String vocabulary, String code) {
    return terms(vocabulary).stream()
        .filter(t -> t.getCode().equals(code))
        .map(VocabularyTerm::getLabel)
        .findFirst()
        .orElse(code);
  }

  public List<Vocabulary> getVocabularies() {
    return List.of(Vocabulary.values());
  }
}
