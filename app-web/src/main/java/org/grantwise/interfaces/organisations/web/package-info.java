/**
 * Pages about who applies: an organisation's details and colleagues, joining an organisation by
 * invitation, and the officer's list of organisations waiting to be verified.
 */
package org.grantwise.interfaces.organisations.web;
