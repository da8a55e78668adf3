/**
 * The JSON API under {@code /api}: bearer tokens only, roles checked on every resource, errors as
 * {@code {"error", "message"}} JSON.
 */
package org.grantwise.interfaces.rest;
