/**
 * The applicant's pages for one application: the dashboard of their organisation's applications,
 * the eligibility check, the sectioned form with its budget and documents, the check and submit
 * steps, versions and the printable copy, and the document download servlet. They call {@code
 * ApplicationService}.
 */
package org.grantwise.interfaces.applications.web;
