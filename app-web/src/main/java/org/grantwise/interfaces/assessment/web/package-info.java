/**
 * Staff pages from assessment to decision: the assessment queue and its spreadsheet export,
 * assigning officers and their workload, the assessor's scoring form, the manager's case with
 * moderation and decision, the case history tab, releasing decisions and the award letter PDF. They
 * call {@code AssignmentService}, {@code AssessmentService}, {@code DecisionService} and {@code
 * HistoryService}.
 */
package org.grantwise.interfaces.assessment.web;
