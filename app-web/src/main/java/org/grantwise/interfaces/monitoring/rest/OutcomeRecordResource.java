package org.grantwise.interfaces.monitoring.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.grantwise.application.ImportRejectedException;
import org.grantwise.application.ImportReport;
import org.grantwise.application.MonitoringService;
import org.grantwise.application.RecordsRejectedException;
import org.grantwise.domain.model.account.Role;
import org.grantwise.domain.model.monitoring.OutcomeRecord;
import org.grantwise.domain.model.monitoring.OutcomeRecordRepository;
import org.grantwise.domain.model.monitoring.RecordError;
import org.grantwise.interfaces.monitoring.files.SheetReader;
import org.grantwise.interfaces.reports.CmoParameters;
import org.grantwise.interfaces.shared.ExceptionMappers;

/**
 * A funded project's outcome records: batches and files in (all or nothing, the same identity
 * replaces), pages out, one removed. Another organisation's project answers 404.
 */
@Path("/projects/{projectRef}/outcome-records")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.APPLICANT, Role.Names.OFFICER, Role.Names.MANAGER, Role.Names.ADMIN})
public class OutcomeRecordResource {

  @Inject MonitoringService monitoring;

  @POST
  @Operation(
      summary =
          "Stores a JSON array of outcome records: 200 {created, updated}; any invalid record"
              + " gives 422 {errors: [{index, field, message}]} and nothing is written")
  public JsonObject save(@PathParam("projectRef") String projectRef, JsonStructure body) {
    if (body == null || body.getValueType() != JsonValue.ValueType.ARRAY) {
      throw new RecordsRejectedException(
          List.of(new RecordError(0, "records", "Send the records as a JSON array")));
    }
    JsonArray array = body.asJsonArray();
    List<RecordError> inputProblems = new ArrayList<>();
    List<OutcomeRecord> records = new ArrayList<>(array.size());
    for (int i = 0; i < array.size(); i++) {
      records.add(OutcomeRecordJson.read(i, array.get(i), inputProblems));
    }
    if (!inputProblems.isEmpty()) {
      // Report the rules too, except where the value could not be read at all.
      Set<String> unreadable = new HashSet<>();
      inputProblems.forEach(p -> unreadable.add(p.index() + "/" + p.field()));
      List<RecordError> all = new ArrayList<>(inputProblems);
      for (RecordError e : monitoring.check(projectRef, records)) {
        if (!unreadable.contains(e.index() + "/" + e.field())
            && !unreadable.contains(e.index() + "/record")) {
          all.add(e);
        }
      }
      all.sort(java.util.Comparator.comparingInt(RecordError::index));
      throw new RecordsRejectedException(all);
    }
    OutcomeRecordRepository.Saved saved = monitoring.save(projectRef, records);
    return Json.createObjectBuilder()
        .add("created", saved.created())
        .add("updated", saved.updated())
        .build();
  }

  @POST
  @Path("/import")
  @Consumes(MediaType.WILDCARD)
  @Operation(
      summary =
          "Imports a CSV or XLSX file (the request body) all or nothing: 200 {created, updated},"
              + " or 422 {errors: [{row, column, message}]}; with ?check=true only the report"
              + " {records, errors} is returned and nothing is saved")
  public JsonObject importFile(
      @PathParam("projectRef") String projectRef,
      @QueryParam("check") @DefaultValue("false") boolean check,
      InputStream body)
      throws IOException {
    monitoring.project(projectRef);
    SheetReader.Table table = SheetReader.read(SheetReader.readLimited(body));
    if (!table.isReadable()) {
      throw new ImportRejectedException(new ImportReport(0, List.of(), List.of(table.problem())));
    }
    if (check) {
      ImportReport report = monitoring.checkImport(projectRef, table.header(), table.rows());
      return Json.createObjectBuilder()
          .add("records", report.records())
          .add("errors", ExceptionMappers.problems(report.problems()))
          .build();
    }
    OutcomeRecordRepository.Saved saved =
        monitoring.importFile(projectRef, table.header(), table.rows());
    return Json.createObjectBuilder()
        .add("created", saved.created())
        .add("updated", saved.updated())
        .build();
  }

  @GET
  @Operation(
      summary =
          "One page of the project's outcome records (page from 0, size up to 1000), with id;"
              + " the total is in X-Total-Count")
  public Response list(
      @PathParam("projectRef") String projectRef,
      @QueryParam("page") @DefaultValue("0") String page,
      @QueryParam("size") @DefaultValue("100") String size) {
    MonitoringService.RecordPage found =
        monitoring.records(projectRef, whole("page", page), whole("size", size));
    JsonArrayBuilder list = Json.createArrayBuilder();
    found.records().forEach(r -> list.add(OutcomeRecordJson.write(r)));
    return Response.ok(list.build())
        .header("X-Total-Count", found.total())
        .header("X-Page", found.page())
        .header("X-Page-Size", found.size())
        .build();
  }

  @DELETE
  @Path("/{id}")
  @Operation(summary = "Removes one outcome record")
  public Response delete(@PathParam("projectRef") String projectRef, @PathParam("id") long id) {
    monitoring.delete(projectRef, id);
    return Response.noContent().build();
  }

  /** A whole-number parameter; anything else is 400 naming it (as the report parameters are). */
  private static int whole(String parameter, String value) {
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new CmoParameters.BadParameterException(
          parameter, "Give " + parameter + " as a whole number, such as 0 or 100");
    }
  }
}
