package org.grantwise.interfaces.shared;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The "Sign-in is unavailable, try again shortly" page (503), with a link back to the page that was
 * asked for. {@link SignInAvailability} sends people here while Keycloak does not answer; the page
 * needs no sign-in and no database.
 */
@WebServlet(SignInAvailability.PAGE)
public class SignInUnavailableServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    response.setHeader("Retry-After", "30");
    response.setHeader("Cache-Control", "no-store");
    request.setAttribute("retryUrl", request.getContextPath() + localPath(request));
    request
        .getRequestDispatcher("/WEB-INF/errors/sign-in-unavailable.xhtml")
        .forward(request, response);
  }

  /** The page to try again: only a path on this site, never another site's address. */
  static String localPath(HttpServletRequest request) {
    String asked = request.getParameter("return");
    String contextPath = request.getContextPath();
    if (asked == null
        || !asked.startsWith(contextPath + "/")
        || asked.startsWith("//")
        || asked.contains("\\")
        || asked.startsWith(contextPath + SignInAvailability.PAGE)) {
      return "/";
    }
    return asked.substring(contextPath.length());
  }
}
