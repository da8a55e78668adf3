/**
 * Assessment over the API, at the application's address ({@code /api/applications/{id}/...}):
 * assignment, conflict declarations, assessments, moderation and the decision, in {@link
 * AssessmentResource}; and the JSON of assessments, decisions and funded projects ({@link
 * AssessmentJson}), which {@code /api/projects} uses too.
 */
package org.grantwise.interfaces.assessment.rest;
