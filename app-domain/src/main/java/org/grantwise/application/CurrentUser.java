package org.grantwise.application;

import java.util.List;
import java.util.Optional;

/**
 * Who is calling, as the application services see it: the login, its roles and its organisation.
 * Built on the server from the verified identity, never from request data.
 */
public record CurrentUser(
    String username, List<String> roles, Optional<OrganisationSummary> organisation) {

  public record OrganisationSummary(long id, String name, String orgId, boolean verified) {}
}
