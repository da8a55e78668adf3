package org.grantwise.domain.model.assessment;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Everything about assessing an application, stored beside (not inside) the application. */
public interface AssessmentRepository {

  List<Criterion> criteria(long roundId);

  Optional<Assignment> assignment(long applicationId);

  Optional<ConflictDeclaration> declaration(long applicationId, String officer);

  List<ConflictDeclaration> declarations(long applicationId);

  Optional<Assessment> assessment(long applicationId, String officer);

  List<Assessment> assessments(long applicationId);

  /**
   * The score sheets of many applications in one query, in the order the assessments were started.
   * With {@code clearedOfficer}, only applications that officer is assigned to and has declared no
   * conflict of interest with.
   */
  List<ScoreSheet> scoreSheets(Collection<Long> applicationIds, String clearedOfficer);

  /** Every officer's workload, by username. */
  List<OfficerWorkload> workload();

  Optional<Decision> decision(long applicationId);

  Optional<Moderation> moderation(long applicationId);

  void remove(Moderation moderation);

  /** Decisions of a round that applicants have not seen yet. */
  List<Decision> unreleasedDecisions(long roundId);

  Optional<FundedProject> project(String projectRef);

  Optional<FundedProject> projectOf(long applicationId);

  /** The project, if its decision has been released. */
  Optional<FundedProject> releasedProject(String projectRef);

  /** Projects whose decision has been released; for one organisation, or all when null. */
  List<FundedProject> releasedProjects(Long organisationId);

  /** The most recently funded of the released projects, newest first. */
  List<FundedProject> recentReleasedProjects(int max);

  long releasedProjectCount();

  String nextProjectReference(int year);

  <T> T store(T entity);
}
