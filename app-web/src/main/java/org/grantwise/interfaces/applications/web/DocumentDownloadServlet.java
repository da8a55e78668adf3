package org.grantwise.interfaces.applications.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.grantwise.application.ApplicationNotFoundException;
import org.grantwise.application.ApplicationService;
import org.grantwise.application.DocumentDownload;
import org.grantwise.interfaces.shared.ContentDisposition;

/**
 * Downloads a supporting document for the pages. The container lets in applicants, officers and
 * managers; the service decides whether this user may see this application (404 if not).
 */
@WebServlet("/applications/document")
public class DocumentDownloadServlet extends HttpServlet {

  @Inject ApplicationService applications;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    long application;
    long document;
    try {
      application = Long.parseLong(request.getParameter("application"));
      document = Long.parseLong(request.getParameter("document"));
    } catch (NumberFormatException | NullPointerException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    DocumentDownload download;
    try {
      download = applications.download(application, document);
    } catch (ApplicationNotFoundException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setContentType(download.contentType());
    response.setContentLength(download.content().length);
    response.setHeader("Content-Disposition", ContentDisposition.attachment(download.filename()));
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Cache-Control", "private, no-store");
    response.getOutputStream().write(download.content());
  }
}
