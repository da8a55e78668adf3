/** Faces view beans and the servlet-level pieces of the web shell (login recording, logout). */
package org.grantwise.interfaces.web;
