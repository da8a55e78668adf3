/**
 * What every context's pages and API share: the web shell (layout, navigation, sign-in and
 * sign-out, keep-alive), one error handling for pages (database outages, expired views, bad
 * addresses) and for the JSON API under {@code /api} (bearer tokens only, roles checked on every
 * resource, errors as {@code {"error", "message"}} JSON, request size limits), the security headers
 * and CSP, and small formatting helpers such as {@link FieldErrors} and {@link Pounds}.
 */
package org.grantwise.interfaces.shared;
