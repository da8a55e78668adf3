/**
 * Monitoring of funded projects: the outcome records respondents give at each collection point
 * (baseline, follow-up, exit), the rules they must meet, and their storage.
 */
package org.grantwise.domain.model.monitoring;
