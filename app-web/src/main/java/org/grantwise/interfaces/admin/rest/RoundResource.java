package org.grantwise.interfaces.admin.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.grantwise.application.AssessmentService;
import org.grantwise.application.DecisionService;
import org.grantwise.application.ReleaseReport;
import org.grantwise.application.RoundService;
import org.grantwise.domain.model.account.Role;

@Path("/rounds")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.APPLICANT, Role.Names.OFFICER, Role.Names.MANAGER, Role.Names.ADMIN})
public class RoundResource {

  @Inject RoundService rounds;

  public record Round(
      long id,
      String name,
      LocalDate opensOn,
      LocalDate closesOn,
      BigDecimal maxPerYear,
      int maxYears,
      String status) {}

  @Inject AssessmentService assessments;

  @Inject DecisionService decisions;

  @GET
  @Path("/{id}/criteria")
  @Operation(summary = "The round's scoring rubric")
  public List<CriterionView> criteria(@PathParam("id") long id) {
    return assessments.criteria(id).stream()
        .map(
            c ->
                new CriterionView(
                    c.getCode(),
                    c.getName(),
                    c.getDescription(),
                    c.getWeight(),
                    c.getMinScore(),
                    c.getMaxScore()))
        .toList();
  }

  public record CriterionView(
      String code,
      String name,
      String description,
      BigDecimal weight,
      int minScore,
      int maxScore) {}

  @POST
  @Path("/{id}/release-decisions")
  @RolesAllowed(Role.Names.MANAGER)
  @Operation(
      summary =
          "Release every decided, unreleased application of the round to its applicants:"
              + " {released, notReleased: [{applicationId, reference, reason}]}; one that cannot"
              + " be released is listed and does not stop the others")
  public Released release(@PathParam("id") long id) {
    ReleaseReport report = decisions.release(id);
    return new Released(
        report.released(),
        report.notReleased().stream()
            .map(n -> new NotReleased(n.applicationId(), n.reference(), n.reason()))
            .toList());
  }

  /** What a release did: the decisions released, and each one that could not be, and why. */
  public record Released(int released, List<NotReleased> notReleased) {}

  public record NotReleased(long applicationId, String reference, String reason) {}

  @GET
  @Operation(summary = "Funding rounds, the latest closing first")
  public List<Round> all() {
    LocalDate today = LocalDate.now();
    return rounds.allRounds().stream()
        .map(
            r ->
                new Round(
                    r.getId(),
                    r.getName(),
                    r.getOpensOn(),
                    r.getClosesOn(),
                    r.getMaxPerYear(),
                    r.getMaxYears(),
                    r.statusOn(today).name()))
        .toList();
  }
}
