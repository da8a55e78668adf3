package org.grantwise.domain.model.monitoring;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.grantwise.domain.model.vocabulary.Vocabulary;
import org.grantwise.domain.model.vocabulary.VocabularyTerm;

/**
 * Turns what people type in a file (a code or the label they see, in any case) into the code.
 * Unknown words come back unchanged, so the rules can say which word was not understood.
 */
public final class Labels {

  private final Map<Vocabulary, Map<String, String>> codes = new EnumMap<>(Vocabulary.class);

  /** From vocabulary → (code → label). */
  public Labels(Map<Vocabulary, Map<String, String>> labelsByCode) {
    labelsByCode.forEach(
        (vocabulary, labels) -> {
          Map<String, String> lookup = codes.computeIfAbsent(vocabulary, v -> new HashMap<>());
          labels.forEach(
              (code, label) -> {
                lookup.put(code.toLowerCase(Locale.ROOT), code);
                lookup.put(label.toLowerCase(Locale.ROOT), code);
              });
        });
  }

  public static Labels of(Iterable<VocabularyTerm> terms) {
    Map<Vocabulary, Map<String, String>> labels = new EnumMap<>(Vocabulary.class);
    for (VocabularyTerm t : terms) {
      labels
          .computeIfAbsent(t.getVocabulary(), v -> new HashMap<>())
          .put(t.getCode(), t.getLabel());
    }
    return new Labels(labels);
  }

  /** The code for a code or label of the vocabulary, or the text itself when unknown. */
  public String code(Vocabulary vocabulary, String codeOrLabel) {
    String key = codeOrLabel.trim().toLowerCase(Locale.ROOT);
    return codes.getOrDefault(vocabulary, Map.of()).getOrDefault(key, codeOrLabel.trim());
  }
}
