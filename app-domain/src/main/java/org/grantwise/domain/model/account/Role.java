package org.grantwise.domain.model.account;

/**
 * The realm roles. The string constants are for {@code @RolesAllowed}, which needs compile-time
 * constants; the enum is for code that reasons about roles.
 */
public enum Role {
  APPLICANT(Role.Names.APPLICANT),
  OFFICER(Role.Names.OFFICER),
  MANAGER(Role.Names.MANAGER),
  ADMIN(Role.Names.ADMIN);

  private final String roleName;

  Role(String roleName) {
    this.roleName = roleName;
  }

  public String roleName() {
    return roleName;
  }

  /** Role names as constants for annotations. */
  public static final class Names {
    public static final String APPLICANT = "applicant";
    public static final String OFFICER = "officer";
    public static final String MANAGER = "manager";
    public static final String ADMIN = "admin";

    private Names() {}
  }
}
