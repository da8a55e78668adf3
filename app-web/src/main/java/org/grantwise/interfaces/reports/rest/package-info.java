/**
 * The reports API under {@code /api/reports} and the open-data export of awarded grants in the
 * 360Giving Data Standard under {@code /api/exports}.
 */
package org.grantwise.interfaces.reports.rest;
