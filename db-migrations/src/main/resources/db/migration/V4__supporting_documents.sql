-- Supporting documents of an application, with a SHA-256 checksum. The bytes are in a table of
-- their own so that listing documents never reads them; they live in the database so every node
-- serves them and a backup holds them with the application they belong to.

CREATE TABLE application_document (
    id              BIGSERIAL PRIMARY KEY,
    application_id  BIGINT       NOT NULL REFERENCES grant_application (id),
    kind            VARCHAR(30)  NOT NULL,
    filename        VARCHAR(255) NOT NULL,
    content_type    VARCHAR(100) NOT NULL,
    size_bytes      BIGINT       NOT NULL,
    sha256          CHAR(64)     NOT NULL,
    uploaded_by     VARCHAR(255) NOT NULL,
    uploaded_at     TIMESTAMPTZ  NOT NULL,
    CONSTRAINT application_document_kind_chk CHECK (kind IN
        ('GOVERNING_DOCUMENT', 'ACCOUNTS', 'SAFEGUARDING_POLICY', 'OTHER')),
    CONSTRAINT application_document_size_chk CHECK (size_bytes > 0 AND size_bytes <= 10485760)
);
CREATE INDEX application_document_application_idx ON application_document (application_id);

CREATE TABLE application_document_content (
    document_id  BIGINT PRIMARY KEY REFERENCES application_document (id) ON DELETE CASCADE,
    content      BYTEA  NOT NULL
);
