/** Notices to users: in the application and by e-mail. */
package org.grantwise.domain.model.notification;
