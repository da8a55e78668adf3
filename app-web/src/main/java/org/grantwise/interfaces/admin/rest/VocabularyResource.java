package org.grantwise.interfaces.admin.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.grantwise.application.VocabularyService;
import org.grantwise.domain.model.account.Role;

@Path("/vocabularies")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.APPLICANT, Role.Names.OFFICER, Role.Names.MANAGER, Role.Names.ADMIN})
public class VocabularyResource {

  @Inject VocabularyService vocabularies;

  public record Term(String code, String label, String description) {}

  @GET
  @Operation(summary = "Every reference vocabulary: its active terms with stable codes and labels")
  public Map<String, List<Term>> all() {
    Map<String, List<Term>> body = new LinkedHashMap<>();
    vocabularies
        .allVocabularies()
        .forEach(
            (vocabulary, terms) ->
                body.put(
                    vocabulary.name(),
                    terms.stream()
                        .map(t -> new Term(t.getCode(), t.getLabel(), t.getDescription()))
                        .toList()));
    return body;
  }
}
