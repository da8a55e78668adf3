package org.grantwise.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.grantwise.domain.model.application.DocumentRepository;
import org.grantwise.domain.model.application.SupportingDocument;

@ApplicationScoped
public class JpaDocumentRepository implements DocumentRepository {

  @PersistenceContext(unitName = "grantwise")
  private EntityManager em;

  @Override
  public Optional<SupportingDocument> find(long applicationId, long documentId) {
    return em.createQuery(
            "select d from SupportingDocument d where d.id = :id and d.application.id = :application",
            SupportingDocument.class)
        .setParameter("id", documentId)
        .setParameter("application", applicationId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void storeContent(SupportingDocument document, byte[] content) {
    em.flush(); // the document row (and its id) must exist first
    em.createNativeQuery(
            "insert into application_document_content (document_id, content) values (?1, ?2)")
        .setParameter(1, document.getId())
        .setParameter(2, content)
        .executeUpdate();
  }

  @Override
  public byte[] content(long documentId) {
    return (byte[])
        em.createNativeQuery(
                "select content from application_document_content where document_id = ?1")
            .setParameter(1, documentId)
            .getSingleResult();
  }
}
