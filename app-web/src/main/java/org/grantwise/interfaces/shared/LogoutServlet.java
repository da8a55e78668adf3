package org.grantwise.interfaces.shared;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The old sign-out address. Signing out is a Faces POST now (the header's button, {@link
 * ShellView#signOut}), so that it carries the page's view state, which a link, an image or a form
 * on another site cannot: a GET here only opens the sign-out page, whose button signs out, and a
 * POST here is refused (405, by {@link HttpServlet}).
 */
@WebServlet("/logout")
public class LogoutServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.sendRedirect(request.getContextPath() + "/sign-out.xhtml");
  }
}
