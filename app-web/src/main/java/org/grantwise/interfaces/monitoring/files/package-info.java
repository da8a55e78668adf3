/**
 * Spreadsheet files in and out for monitoring: reading CSV and XLSX uploads into rows of cells, and
 * writing the outcome-record template and exports. Shared by the import page and the API.
 */
package org.grantwise.interfaces.monitoring.files;
