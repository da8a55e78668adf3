package org.grantwise.interfaces.reports.web;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.grantwise.application.ReportService;
import org.grantwise.domain.model.report.CmoReport;
import org.grantwise.interfaces.reports.CmoParameters;
import org.grantwise.interfaces.reports.CmoTable;
import org.grantwise.interfaces.reports.CsvCell;

/**
 * A CMO report's table as CSV or XLSX, or the whole report as PDF: the same parameters and the same
 * table as the page, including the publishable option. Fund staff only (the service checks).
 */
@WebServlet({"/reports/cmo.csv", "/reports/cmo.xlsx", "/reports/cmo.pdf"})
public class ReportExportServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject ReportService reports;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    CmoReport report;
    try {
      report =
          reports.cmo(
              CmoParameters.parse(
                  request.getParameter("category"),
                  request.getParameter("by"),
                  request.getParameter("roundId"),
                  request.getParameter("from"),
                  request.getParameter("to"),
                  request.getParameterValues("projectRef") == null
                      ? List.of()
                      : Arrays.asList(request.getParameterValues("projectRef")),
                  request.getParameter("theme"),
                  request.getParameter("model")));
    } catch (CmoParameters.BadParameterException e) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
      return;
    } catch (EJBAccessException e) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    CmoTable table = CmoTable.of(report, "true".equals(request.getParameter("publishable")));
    String name =
        "cmo-"
            + report.category().name().toLowerCase()
            + "-by-"
            + report.by().name().toLowerCase()
            + "-"
            + LocalDate.now();
    response.setHeader("Cache-Control", "private, no-store");
    String path = request.getServletPath();
    if (path.endsWith(".csv")) {
      response.setContentType("text/csv;charset=UTF-8");
      response.setHeader("Content-Disposition", "attachment; filename=\"" + name + ".csv\"");
      PrintWriter out = response.getWriter();
      out.print('\uFEFF');
      out.print(csvLine(table.header()));
      for (List<String> row : table.rows()) {
        out.print(csvLine(row));
      }
    } else if (path.endsWith(".xlsx")) {
      response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
      response.setHeader("Content-Disposition", "attachment; filename=\"" + name + ".xlsx\"");
      try (XSSFWorkbook workbook = new XSSFWorkbook()) {
        Sheet sheet = workbook.createSheet("Report");
        writeRow(sheet.createRow(0), table.header());
        for (int i = 0; i < table.rows().size(); i++) {
          writeRow(sheet.createRow(i + 1), table.rows().get(i));
        }
        workbook.write(response.getOutputStream());
      }
    } else {
      response.setContentType("application/pdf");
      response.setHeader("Content-Disposition", "attachment; filename=\"" + name + ".pdf\"");
      writePdf(response.getOutputStream(), report, table);
    }
  }

  private static String csvLine(List<String> cells) {
    return String.join(",", cells.stream().map(CsvCell::of).toList()) + "\r\n";
  }

  /** Every cell a string cell: nothing a spreadsheet could evaluate. */
  private static void writeRow(Row row, List<String> cells) {
    for (int c = 0; c < cells.size(); c++) {
      row.createCell(c).setCellValue(cells.get(c));
    }
  }

  private static void writePdf(OutputStream out, CmoReport report, CmoTable table)
      throws IOException {
    Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
    try {
      PdfWriter.getInstance(document, out);
      document.addTitle("Grantwise outcome statistics");
      document.open();
      document.add(
          new Paragraph(
              "Outcome statistics: " + report.category().name() + " by " + report.by().name(),
              FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16)));
      document.add(
          new Paragraph(
              "Percent of respondents experiencing each item (count), each respondent counted"
                  + " once by their most recent record. Produced "
                  + LocalDate.now()
                  + ".",
              FontFactory.getFont(FontFactory.HELVETICA, 10)));
      PdfPTable pdf = new PdfPTable(table.header().size());
      pdf.setWidthPercentage(100);
      pdf.setSpacingBefore(12);
      pdf.setHeaderRows(1);
      Font bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);
      Font plain = FontFactory.getFont(FontFactory.HELVETICA, 9);
      table.header().forEach(h -> pdf.addCell(new PdfPCell(new Paragraph(h, bold))));
      for (List<String> row : table.rows()) {
        row.forEach(c -> pdf.addCell(new PdfPCell(new Paragraph(c, plain))));
      }
      document.add(pdf);
    } catch (DocumentException e) {
      throw new IOException("The PDF could not be written", e);
    } finally {
      document.close();
    }
  }
}
