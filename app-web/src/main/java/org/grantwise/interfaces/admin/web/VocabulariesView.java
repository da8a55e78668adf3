package org.grantwise.interfaces.admin.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.grantwise.application.DatabaseFailures;
import org.grantwise.application.VocabularyService;
import org.grantwise.domain.model.vocabulary.Vocabulary;
import org.grantwise.domain.model.vocabulary.VocabularyTerm;

/** The reference vocabularies, for the administrator's overview. */
@Named
@RequestScoped
public class VocabulariesView {

  @Inject VocabularyService vocabularies;

  private Map<Vocabulary, List<VocabularyTerm>> all;

  /**
   * The last vocabularies read, for a page shown while the database is unreachable (a form whose
   * save failed must still show its choices, with what the user picked).
   */
  private static volatile Map<Vocabulary, List<VocabularyTerm>> lastRead;

  public Map<Vocabulary, List<VocabularyTerm>> getAll() {
    if (all == null) {
      try {
        all = vocabularies.allVocabularies();
        lastRead = all;
      } catch (RuntimeException e) {
        if (lastRead == null || !DatabaseFailures.isOutage(e)) {
          throw e;
        }
        all = lastRead;
      }
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
