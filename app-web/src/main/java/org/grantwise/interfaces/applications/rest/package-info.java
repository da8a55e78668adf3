/**
 * The applications API under {@code /api/applications}: the caller's applications, drafts and their
 * sections (saved with {@code If-Match}), submission and withdrawal, and supporting documents. JSON
 * built by {@link ApplicationJson}. The assessment calls at the same address live in {@code
 * interfaces.assessment.rest}.
 */
package org.grantwise.interfaces.applications.rest;
