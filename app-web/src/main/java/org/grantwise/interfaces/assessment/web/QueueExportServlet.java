package org.grantwise.interfaces.assessment.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.xssf.streaming.SXSSFCell;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.grantwise.application.QueueExport;
import org.grantwise.application.QueueExportService;
import org.grantwise.domain.model.account.Role;
import org.grantwise.domain.model.application.QueueQuery;
import org.grantwise.domain.model.assessment.ScoreSheet;

/**
 * The filtered queue as CSV or XLSX (by the address's extension): the same filters and order as the
 * page, every matching application, one column per field with each criterion's score and the totals
 * (see {@link QueueExportTable}). Officers and managers only, checked here as well as by the
 * container and the service.
 */
@WebServlet({"/assessment/queue.csv", "/assessment/queue.xlsx"})
public class QueueExportServlet extends HttpServlet {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @Inject QueueExportService exports;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!request.isUserInRole(Role.Names.OFFICER) && !request.isUserInRole(Role.Names.MANAGER)) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    QueueQuery query = filters(request).query(0, 1);
    response.setHeader("Cache-Control", "private, no-store");
    response.setHeader("X-Content-Type-Options", "nosniff");
    if (request.getServletPath().endsWith(".xlsx")) {
      response.setContentType(XLSX);
      response.setHeader("Content-Disposition", "attachment; filename=\"assessment-queue.xlsx\"");
      xlsx(query, response.getOutputStream());
    } else {
      response.setContentType("text/csv;charset=UTF-8");
      response.setHeader("Content-Disposition", "attachment; filename=\"assessment-queue.csv\"");
      csv(query, response.getWriter());
    }
  }

  /** The page's filters, read from the same request parameters. */
  private static QueueView filters(HttpServletRequest request) {
    QueueView filters = new QueueView();
    filters.setStatus(request.getParameter("status"));
    filters.setTheme(request.getParameter("theme"));
    filters.setModel(request.getParameter("model"));
    filters.setArea(request.getParameter("area"));
    filters.setOfficer(request.getParameter("officer"));
    filters.setSearch(request.getParameter("search"));
    filters.setMin(request.getParameter("min"));
    filters.setMax(request.getParameter("max"));
    filters.setSort(request.getParameter("sort"));
    filters.setDesc("true".equals(request.getParameter("desc")));
    return filters;
  }

  private void csv(QueueQuery query, PrintWriter out) {
    out.print('\uFEFF'); // so spreadsheet programs read UTF-8
    exports.export(
        query,
        new QueueExport() {
          private QueueExportTable table;
          private int rows;

          @Override
          public void criteria(List<String> codes) {
            table = new QueueExportTable(codes);
            line(out, table.header());
          }

          @Override
          public void row(QueueQuery.Row row, List<ScoreSheet> sheets) {
            line(out, table.cells(row, sheets));
            // PrintWriter hides write errors; stop reading the database once the client has gone.
            if (++rows % 1000 == 0 && out.checkError()) {
              throw new UncheckedIOException(new IOException("The client stopped reading"));
            }
          }
        });
    out.flush();
  }

  private void xlsx(QueueQuery query, OutputStream out) throws IOException {
    // Streaming: only a window of rows is kept in memory; the rest is in a temporary file.
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
      SXSSFSheet sheet = workbook.createSheet("Assessment queue");
      CellStyle bold = workbook.createCellStyle();
      Font font = workbook.createFont();
      font.setBold(true);
      bold.setFont(font);
      CellStyle dateTime = workbook.createCellStyle();
      dateTime.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
      CellStyle money = workbook.createCellStyle();
      money.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
      exports.export(
          query,
          new QueueExport() {
            private QueueExportTable table;
            private int next;

            @Override
            public void criteria(List<String> codes) {
              table = new QueueExportTable(codes);
              SXSSFRow header = sheet.createRow(next++);
              List<String> names = table.header();
              for (int c = 0; c < names.size(); c++) {
                SXSSFCell cell = header.createCell(c);
                cell.setCellValue(names.get(c));
                cell.setCellStyle(bold);
              }
              sheet.createFreezePane(1, 1);
            }

            @Override
            public void row(QueueQuery.Row row, List<ScoreSheet> sheets) {
              SXSSFRow line = sheet.createRow(next++);
              List<Object> cells = table.cells(row, sheets);
              for (int c = 0; c < cells.size(); c++) {
                Object value = cells.get(c);
                if (value == null) {
                  continue;
                }
                SXSSFCell cell = line.createCell(c);
                if (value instanceof BigDecimal amount) {
                  cell.setCellValue(amount.doubleValue());
                  cell.setCellStyle(money);
                } else if (value instanceof Integer number) {
                  cell.setCellValue(number);
                } else if (value instanceof Instant at) {
                  cell.setCellValue(LocalDateTime.ofInstant(at, ZoneOffset.UTC));
                  cell.setCellStyle(dateTime);
                } else {
                  // Always a string cell, never a formula, whatever the text starts with.
                  cell.setCellValue(value.toString());
                }
              }
            }
          });
      workbook.write(out);
      workbook.dispose();
    }
  }

  private static void line(PrintWriter out, List<?> cells) {
    List<String> escaped = new ArrayList<>(cells.size());
    for (Object cell : cells) {
      escaped.add(csv(cell == null ? "" : cell.toString()));
    }
    out.print(String.join(",", escaped));
    out.print("\r\n");
  }

  /** RFC 4180 quoting, and a leading apostrophe so no cell is read as a spreadsheet formula. */
  static String csv(String cell) {
    String value = cell == null ? "" : cell;
    if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
      value = "'" + value;
    }
    if (value.contains(",")
        || value.contains("\"")
        || value.contains("\n")
        || value.contains("\r")) {
      value = "\"" + value.replace("\"", "\"\"") + "\"";
    }
    return value;
  }
}
