package org.grantwise.interfaces.shared;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Touches the session so it does not time out ("Stay signed in"); answers 204, or 401 if it has
 * ended.
 */
@WebServlet("/session/keepalive")
public class KeepAliveServlet extends HttpServlet {

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) {
    response.setHeader("Cache-Control", "no-store");
    response.setStatus(
        request.getSession(false) == null
            ? HttpServletResponse.SC_UNAUTHORIZED
            : HttpServletResponse.SC_NO_CONTENT);
  }
}
