package org.grantwise.interfaces.monitoring.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.grantwise.application.MonitoringService;
import org.grantwise.application.NotFoundException;
import org.grantwise.application.VocabularyService;
import org.grantwise.domain.model.monitoring.OutcomeRecord;
import org.grantwise.interfaces.monitoring.files.OutcomeSheets;

/**
 * Outcome-record files: the import template as CSV or XLSX, and a project's records as CSV (in the
 * template's format, formula-leading cells escaped). Behind the /projects/* login constraint; a
 * project the caller may not see is a 404.
 */
@WebServlet({
  "/projects/outcome-template.csv",
  "/projects/outcome-template.xlsx",
  "/projects/outcome-records.csv"
})
public class OutcomeFilesServlet extends HttpServlet {

  private static final int BATCH = 1000;

  @Inject MonitoringService monitoring;

  @Inject VocabularyService vocabularies;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setHeader("Cache-Control", "private, no-store");
    String path = request.getServletPath();
    if (path.endsWith("outcome-template.csv")) {
      response.setContentType("text/csv;charset=UTF-8");
      response.setHeader(
          "Content-Disposition", "attachment; filename=\"outcome-records-template.csv\"");
      OutcomeSheets.templateCsv(response.getWriter());
      return;
    }
    if (path.endsWith("outcome-template.xlsx")) {
      response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
      response.setHeader(
          "Content-Disposition", "attachment; filename=\"outcome-records-template.xlsx\"");
      OutcomeSheets.templateXlsx(vocabularies.allVocabularies(), response.getOutputStream());
      return;
    }
    String ref = request.getParameter("ref");
    MonitoringService.RecordPage page;
    try {
      page = monitoring.records(ref, 0, BATCH);
    } catch (NotFoundException e) {
      response.sendError(404);
      return;
    }
    response.setContentType("text/csv;charset=UTF-8");
    response.setHeader(
        "Content-Disposition",
        "attachment; filename=\"outcome-records-" + ref.replaceAll("[^A-Za-z0-9-]", "") + ".csv\"");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    Writer out = response.getWriter();
    OutcomeSheets.exportHeader(out);
    for (int n = 0; ; ) {
      for (OutcomeRecord r : page.records()) {
        OutcomeSheets.exportRow(out, r);
      }
      if (page.records().size() < BATCH) {
        break;
      }
      page = monitoring.records(ref, ++n, BATCH);
    }
  }
}
