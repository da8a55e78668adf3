/**
 * The reports context's own helpers, shared by its pages ({@code reports.web}), its API ({@code
 * reports.rest}) and the exports: report parameters, publishable tables and CSV cells.
 */
package org.grantwise.interfaces.reports;
