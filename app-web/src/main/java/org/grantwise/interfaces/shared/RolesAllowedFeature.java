package org.grantwise.interfaces.shared;

import jakarta.annotation.Priority;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Arrays;

/**
 * Enforces {@code @RolesAllowed} on every resource method with a JSON 403. A resource method
 * without {@code @RolesAllowed} (on itself or its class) is refused to everybody, so a new endpoint
 * cannot be left open by mistake.
 */
@Provider
public class RolesAllowedFeature implements DynamicFeature {

  @Override
  public void configure(ResourceInfo resource, FeatureContext context) {
    Method method = resource.getResourceMethod();
    RolesAllowed allowed = method.getAnnotation(RolesAllowed.class);
    if (allowed == null) {
      allowed = resource.getResourceClass().getAnnotation(RolesAllowed.class);
    }
    context.register(new RoleCheck(allowed == null ? new String[0] : allowed.value()));
  }

  @Priority(Priorities.AUTHORIZATION)
  static final class RoleCheck implements ContainerRequestFilter {

    private final String[] roles;

    RoleCheck(String[] roles) {
      this.roles = roles;
    }

    @Override
    public void filter(ContainerRequestContext request) {
      boolean permitted = Arrays.stream(roles).anyMatch(request.getSecurityContext()::isUserInRole);
      if (!permitted) {
        request.abortWith(
            ApiError.response(Response.Status.FORBIDDEN, "Your role does not allow this request"));
      }
    }
  }
}
