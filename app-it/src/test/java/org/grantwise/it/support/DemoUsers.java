package org.grantwise.it.support;

import java.util.List;

/** The demo users of the committed realm, one or two per role. */
public enum DemoUsers {
  ANCHOR1("anchor1", "applicant", "/applicant/index.xhtml", "Your applications"),
  ANCHOR2("anchor2", "applicant", "/applicant/index.xhtml", "Your applications"),
  OFFICER1("officer1", "officer", "/officer/index.xhtml", "Assessment"),
  OFFICER2("officer2", "officer", "/officer/index.xhtml", "Assessment"),
  MANAGER1("manager1", "manager", "/manager/index.xhtml", "Programme overview"),
  ADMIN1("admin1", "admin", "/admin/index.xhtml", "Administration");

  public final String username;
  public final String role;
  public final String home;
  public final String homeHeading;

  DemoUsers(String username, String role, String home, String homeHeading) {
    this.username = username;
    this.role = role;
    this.home = home;
    this.homeHeading = homeHeading;
  }

  public static final List<String> ROLES = List.of("applicant", "officer", "manager", "admin");
}
