package org.grantwise.domain.model.application;

/** What a supporting document is; the first three are required before submitting. */
public enum DocumentKind {
  GOVERNING_DOCUMENT(true),
  ACCOUNTS(true),
  SAFEGUARDING_POLICY(true),
  OTHER(false);

  private final boolean required;

  DocumentKind(boolean required) {
    this.required = required;
  }

  public boolean isRequired() {
    return required;
  }
}
