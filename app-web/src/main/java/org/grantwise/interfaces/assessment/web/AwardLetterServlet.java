package org.grantwise.interfaces.assessment.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.grantwise.application.AwardLetter;
import org.grantwise.application.AwardLetterService;
import org.grantwise.application.NotFoundException;
import org.grantwise.domain.model.account.Role;
import org.grantwise.interfaces.shared.ContentDisposition;

/**
 * The award letter of a funded project as PDF ({@code ?project=PCF-2026-0101}). Applicants and
 * managers only; the service decides whether this user's organisation was awarded it and whether it
 * has been released (404 if not).
 */
@WebServlet("/applications/award-letter")
public class AwardLetterServlet extends HttpServlet {

  @Inject AwardLetterService letters;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!request.isUserInRole(Role.Names.APPLICANT) && !request.isUserInRole(Role.Names.MANAGER)) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    AwardLetter letter;
    try {
      letter = letters.letter(request.getParameter("project"));
    } catch (NotFoundException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    byte[] pdf = AwardLetterPdf.render(letter);
    response.setContentType("application/pdf");
    response.setContentLength(pdf.length);
    response.setHeader(
        "Content-Disposition",
        ContentDisposition.attachment("award-letter-" + letter.projectRef() + ".pdf"));
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Cache-Control", "private, no-store");
    response.getOutputStream().write(pdf);
  }
}
