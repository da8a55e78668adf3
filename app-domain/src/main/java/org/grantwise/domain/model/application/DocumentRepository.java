package org.grantwise.domain.model.application;

import java.util.Optional;

/** The bytes of supporting documents; their descriptions belong to the application. */
public interface DocumentRepository {

  Optional<SupportingDocument> find(long applicationId, long documentId);

  /** Stores the content of a document that has just been attached (and flushed). */
  void storeContent(SupportingDocument document, byte[] content);

  byte[] content(long documentId);
}
