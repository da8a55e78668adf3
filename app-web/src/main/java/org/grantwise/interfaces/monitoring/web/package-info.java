/**
 * Pages for funded projects after the award: the project list and one project's page with its plan,
 * outcome records and their form, periodic returns and the overdue list, the outcome-record import
 * and the template and export files. They call {@code ProjectService} and {@code
 * MonitoringService}.
 */
package org.grantwise.interfaces.monitoring.web;
