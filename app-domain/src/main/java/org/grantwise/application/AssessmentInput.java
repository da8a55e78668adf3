package org.grantwise.application;

import java.util.List;
import org.grantwise.domain.model.assessment.Recommendation;
import org.grantwise.domain.model.assessment.Score;

/** What an officer sends when saving (or completing) an assessment. */
public record AssessmentInput(
    List<Score> scores,
    String coProductionModel,
    String modelReason,
    Recommendation recommendation,
    String comment,
    boolean complete) {}
