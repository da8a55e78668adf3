/**
 * The report pages: the context-mechanism-outcome table with its filters and CSV export, the
 * per-project coverage, ladder and aims reports and the manager's programme dashboard. They call
 * {@code ReportService}.
 */
package org.grantwise.interfaces.reports.web;
