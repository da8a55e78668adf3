package org.grantwise.interfaces.shared;

/** A link in the role navigation. */
public record NavItem(String label, String outcome) {}
