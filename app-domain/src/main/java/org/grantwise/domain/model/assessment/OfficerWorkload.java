package org.grantwise.domain.model.assessment;

/**
 * One officer's share of the assessment work: applications assigned to them (as assessor or
 * moderator), those still to finish (not completed, no conflict, the application still being
 * assessed), assessments completed, and conflicts of interest declared.
 */
public record OfficerWorkload(
    String officer, long assigned, long inProgress, long completed, long conflicts) {}
