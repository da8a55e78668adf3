package org.grantwise.domain.model.vocabulary;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Which codes exist in which vocabulary: what the form rules check codes against. */
public final class VocabularyIndex {

  private final Map<Vocabulary, Set<String>> codes = new EnumMap<>(Vocabulary.class);

  public VocabularyIndex(Collection<VocabularyTerm> terms) {
    for (VocabularyTerm term : terms) {
      codes.computeIfAbsent(term.getVocabulary(), v -> new HashSet<>()).add(term.getCode());
    }
  }

  /** For tests and tools: an index from vocabulary → codes. */
  public static VocabularyIndex of(Map<Vocabulary, Set<String>> codes) {
    VocabularyIndex index = new VocabularyIndex(java.util.List.of());
    codes.forEach((v, c) -> index.codes.put(v, Set.copyOf(c)));
    return index;
  }

  public boolean has(Vocabulary vocabulary, String code) {
    return codes.getOrDefault(vocabulary, Set.of()).contains(code);
  }
}
