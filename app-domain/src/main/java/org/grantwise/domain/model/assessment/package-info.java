/**
 * Assessment of submitted applications: the round's rubric, assignment of officers, conflict of
 * interest declarations, scored assessments, decisions and the funded projects awards create.
 */
package org.grantwise.domain.model.assessment;
