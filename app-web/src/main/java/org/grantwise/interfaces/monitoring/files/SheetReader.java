package org.grantwise.interfaces.monitoring.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.grantwise.application.ImportReport;
import org.grantwise.application.MonitoringService.SheetRow;
import org.grantwise.domain.model.application.FileType;

/**
 * Reads an uploaded CSV (UTF-8, RFC 4180) or XLSX file (first sheet) into a header and rows of text
 * cells, numbered as the file shows them. A file that cannot be read at all gives one problem that
 * says why, and no rows.
 */
public final class SheetReader {

  /** Larger files are refused before they are read. */
  public static final int MAX_BYTES = 30 * 1024 * 1024;

  private static final byte[] ZIP = {'P', 'K', 3, 4};

  /** What was read: the header (row 1), the data rows, or the problem with the file. */
  public record Table(List<String> header, List<SheetRow> rows, ImportReport.Problem problem) {

    public boolean isReadable() {
      return problem == null;
    }
  }

  private SheetReader() {}

  /** Reads at most {@link #MAX_BYTES} (plus one, to tell a file that is too large). */
  public static byte[] readLimited(InputStream in) throws IOException {
    byte[] bytes = in.readNBytes(MAX_BYTES + 1);
    if (bytes.length > MAX_BYTES) {
      // Read the rest so the client gets the answer rather than a reset connection.
      in.transferTo(java.io.OutputStream.nullOutputStream());
    }
    return bytes;
  }

  public static Table read(byte[] bytes) {
    if (bytes.length == 0) {
      return unreadable("The file is empty: use the template and add one row per record");
    }
    if (bytes.length > MAX_BYTES) {
      return unreadable(
          "The file is larger than "
              + (MAX_BYTES / 1024 / 1024)
              + " MB: split it into smaller files");
    }
    if (startsWith(bytes, ZIP)) {
      return xlsx(bytes);
    }
    return csv(bytes);
  }

  private static Table unreadable(String message) {
    return new Table(List.of(), List.of(), new ImportReport.Problem(1, "file", message));
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  static Table csv(byte[] bytes) {
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      return unreadable(
          "The file is not UTF-8 text: in your spreadsheet program save it as \"CSV UTF-8\", or"
              + " upload it as .xlsx");
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    if (text.indexOf('\0') >= 0) {
      return unreadable("The file is not a CSV or XLSX file");
    }
    List<List<String>> lines = new ArrayList<>();
    List<Integer> numbers = new ArrayList<>();
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    int line = 1;
    int startLine = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
            cell.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          if (c == '\n') {
            line++;
          }
          cell.append(c);
        }
      } else if (c == '"' && cell.length() == 0) {
        quoted = true;
      } else if (c == ',') {
        cells.add(cell.toString());
        cell.setLength(0);
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        cells.add(cell.toString());
        cell.setLength(0);
        lines.add(cells);
        numbers.add(startLine);
        cells = new ArrayList<>();
        line++;
        startLine = line;
      } else {
        cell.append(c);
      }
    }
    if (quoted) {
      return unreadable(
          "A quoted cell starting on line " + startLine + " is not closed: add the closing \"");
    }
    if (cell.length() > 0 || !cells.isEmpty()) {
      cells.add(cell.toString());
      lines.add(cells);
      numbers.add(startLine);
    }
    return sheet(lines, numbers);
  }

  private static Table sheet(List<List<String>> lines, List<Integer> numbers) {
    // Blank lines (often at the end) are not records.
    List<SheetRow> rows = new ArrayList<>();
    List<String> header = null;
    for (int i = 0; i < lines.size(); i++) {
      List<String> cells = lines.get(i);
      if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
        continue;
      }
      if (header == null) {
        header = cells;
      } else {
        rows.add(new SheetRow(numbers.get(i), cells));
      }
    }
    if (header == null) {
      return unreadable("The file is empty: use the template and add one row per record");
    }
    return new Table(header, rows, null);
  }

  private static Table xlsx(byte[] bytes) {
    java.util.Optional<String> hazard = FileType.hazard(bytes);
    if (hazard.isPresent()) {
      return unreadable(hazard.get());
    }
    try (InputStream in = new ByteArrayInputStream(bytes);
        Workbook workbook = new XSSFWorkbook(in)) {
      org.apache.poi.ss.usermodel.Sheet sheet = workbook.getSheetAt(0);
      DataFormatter formatter = new DataFormatter(java.util.Locale.UK);
      List<List<String>> lines = new ArrayList<>();
      List<Integer> numbers = new ArrayList<>();
      for (Row row : sheet) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
          cells.add(text(row.getCell(c), formatter));
        }
        lines.add(cells);
        numbers.add(row.getRowNum() + 1);
      }
      return sheet(lines, numbers);
    } catch (IOException | RuntimeException e) {
      return unreadable("The file could not be read as an XLSX workbook: save it again as .xlsx");
    }
  }

  private static String text(Cell cell, DataFormatter formatter) {
    if (cell == null) {
      return "";
    }
    CellType type =
        cell.getCellType() == CellType.FORMULA
            ? cell.getCachedFormulaResultType()
            : cell.getCellType();
    if (cell.getCellType() == CellType.FORMULA) {
      // Never evaluate or trust a formula: its text is refused like a formula in a CSV cell.
      return "=" + cell.getCellFormula();
    }
    if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
      return cell.getLocalDateTimeCellValue().toLocalDate().format(DateTimeFormatter.ISO_DATE);
    }
    if (type == CellType.BOOLEAN) {
      return cell.getBooleanCellValue() ? "yes" : "no";
    }
    return formatter.formatCellValue(cell);
  }
}
