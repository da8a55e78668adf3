package org.grantwise.interfaces.web;

/** A link in the role navigation. */
public record NavItem(String label, String outcome) {}
