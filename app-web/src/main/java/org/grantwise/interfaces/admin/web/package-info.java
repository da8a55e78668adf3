/**
 * The administrator's pages: funding rounds with their criteria, and the controlled vocabularies.
 */
package org.grantwise.interfaces.admin.web;
