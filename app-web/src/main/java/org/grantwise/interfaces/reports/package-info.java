/** Shared by the report API, pages and exports: parameters, publishable tables, file formats. */
package org.grantwise.interfaces.reports;
