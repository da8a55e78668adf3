/**
 * Rounds and vocabularies over the API: the open rounds and a round's criteria, releasing a round's
 * decisions, and the controlled vocabularies the forms offer.
 */
package org.grantwise.interfaces.admin.rest;
