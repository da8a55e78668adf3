/**
 * The grant application aggregate: the form (its shape is the API's), the status machine, the rules
 * for saving and for submitting, and the immutable submitted versions.
 */
package org.grantwise.domain.model.application;
