/**
 * The review's statistics from live monitoring data: for each category of the
 * context-mechanism-outcome model, the percentage of respondents experiencing each item, by group.
 */
package org.grantwise.domain.model.report;
