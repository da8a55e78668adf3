/** Logins: the link between a Keycloak user and the organisation it acts for, and the roles. */
package org.grantwise.domain.model.account;
