package org.grantwise.domain.model.application;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * A file attached to an application: its description only. The bytes are stored and read through
 * {@link DocumentRepository}, so listing documents never loads them.
 */
@Entity
@Immutable
@Table(name = "application_document")
public class SupportingDocument {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "application_id")
  private GrantApplication application;

  @Enumerated(EnumType.STRING)
  private DocumentKind kind;

  private String filename;

  @Column(name = "content_type")
  private String contentType;

  @Column(name = "size_bytes")
  private long size;

  private String sha256;

  @Column(name = "uploaded_by")
  private String uploadedBy;

  @Column(name = "uploaded_at")
  private Instant uploadedAt;

  protected SupportingDocument() {}

  SupportingDocument(
      GrantApplication application,
      DocumentKind kind,
      String filename,
      FileType type,
      long size,
      String sha256,
      String uploadedBy,
      Instant uploadedAt) {
    this.application = application;
    this.kind = kind;
    this.filename = filename;
    this.contentType = type.contentType();
    this.size = size;
    this.sha256 = sha256;
    this.uploadedBy = uploadedBy;
    this.uploadedAt = uploadedAt;
  }

  public Long getId() {
    return id;
  }

  public DocumentKind getKind() {
    return kind;
  }

  public String getFilename() {
    return filename;
  }

  public String getContentType() {
    return contentType;
  }

  public long getSize() {
    return size;
  }

  public String getSha256() {
    return sha256;
  }

  public String getUploadedBy() {
    return uploadedBy;
  }

  public Instant getUploadedAt() {
    return uploadedAt;
  }

  public boolean belongsTo(GrantApplication other) {
    return application.getId().equals(other.getId());
  }
}
