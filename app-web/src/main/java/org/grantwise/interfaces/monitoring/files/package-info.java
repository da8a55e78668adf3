/**
 * Spreadsheet files in and out: reading CSV and XLSX uploads into rows of cells, and writing the
 * outcome-record template and exports. Shared by the pages and the API.
 */
package org.grantwise.interfaces.monitoring.files;
