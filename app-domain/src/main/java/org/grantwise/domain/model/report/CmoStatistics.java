package org.grantwise.domain.model.report;

import java.util.List;

/** Counts respondents for the CMO statistics, in the database. */
public interface CmoStatistics {

  /**
   * Per group: N and the count of each item, following the review's counting rules (each respondent
   * once, by their most recent record in the period; an unanswered category leaves them out of its
   * N). Groups in key order.
   */
  List<CmoCounts> count(CmoQuery query);

  /** Respondents of one project whose most recent record moved from one rung to another. */
  record Transition(String projectRef, String before, String now, long respondents) {}

  /**
   * Per project, how many respondents' most recent record in the period gave each before → now pair
   * on the co-production ladder (records without both are left out).
   */
  List<Transition> ladderTransitions(CmoQuery query);

  /** One project's respondents against the participants its returns say it reached. */
  record Coverage(String projectRef, String title, long respondents, Long participantsReached) {}

  /**
   * Per funded project in the filters: distinct respondents with records in the period, and the
   * participants reached in its submitted or accepted returns, added up over the periods.
   */
  List<Coverage> coverage(CmoQuery query);
}
