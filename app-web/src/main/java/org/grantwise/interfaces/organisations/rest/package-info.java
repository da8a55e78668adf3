/**
 * The invitations API under {@code /api/organisation/invitations}: an organisation's open
 * invitations to colleagues, sending one and revoking it.
 */
package org.grantwise.interfaces.organisations.rest;
