package org.grantwise.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.grantwise.domain.model.vocabulary.VocabularyRepository;
import org.grantwise.domain.model.vocabulary.VocabularyTerm;

@ApplicationScoped
public class JpaVocabularyRepository implements VocabularyRepository {

  @PersistenceContext(unitName = "grantwise")
  private EntityManager em;

  @Override
  public List<VocabularyTerm> findAllActive() {
    return em.createQuery(
            "select t from VocabularyTerm t where t.active = true"
                + " order by t.vocabulary, t.sortOrder, t.code",
            VocabularyTerm.class)
        .getResultList();
  }
}
