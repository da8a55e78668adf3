package org.grantwise.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.grantwise.domain.model.account.Role;
import org.grantwise.domain.model.vocabulary.Vocabulary;
import org.grantwise.domain.model.vocabulary.VocabularyRepository;
import org.grantwise.domain.model.vocabulary.VocabularyTerm;

@Stateless
@RolesAllowed({Role.Names.APPLICANT, Role.Names.OFFICER, Role.Names.MANAGER, Role.Names.ADMIN})
public class VocabularyService {

  @Inject VocabularyRepository vocabularies;

  /** Every vocabulary, each in display order; a vocabulary without active terms is empty. */
  public Map<Vocabulary, List<VocabularyTerm>> allVocabularies() {
    Map<Vocabulary, List<VocabularyTerm>> byVocabulary = new EnumMap<>(Vocabulary.class);
    for (Vocabulary vocabulary : Vocabulary.values()) {
      byVocabulary.put(vocabulary, List.of());
    }
    byVocabulary.putAll(
        vocabularies.findAllActive().stream()
            .collect(Collectors.groupingBy(VocabularyTerm::getVocabulary)));
    return byVocabulary;
  }
}
