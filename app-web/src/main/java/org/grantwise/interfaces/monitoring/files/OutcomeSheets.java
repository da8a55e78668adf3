package org.grantwise.interfaces.monitoring.files;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.grantwise.domain.model.monitoring.OutcomeRecord;
import org.grantwise.domain.model.monitoring.OutcomeRecordRules;
import org.grantwise.domain.model.monitoring.OutcomeRowReader;
import org.grantwise.domain.model.vocabulary.Vocabulary;
import org.grantwise.domain.model.vocabulary.VocabularyTerm;

/**
 * The outcome-record files people download: the import template (CSV, or XLSX with a sheet of the
 * codes and labels) and exports of a project's records. Every exported cell that a spreadsheet
 * would run as a formula is escaped.
 */
public final class OutcomeSheets {

  private OutcomeSheets() {}

  /** The template: the header row only, in UTF-8 with a byte-order mark for spreadsheets. */
  public static void templateCsv(Writer out) throws IOException {
    out.write('\uFEFF');
    line(out, OutcomeRecordRules.FIELDS);
  }

  public static void templateXlsx(
      Map<Vocabulary, List<VocabularyTerm>> vocabularies, OutputStream out) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      Sheet records = workbook.createSheet("Records");
      Row header = records.createRow(0);
      for (int i = 0; i < OutcomeRecordRules.FIELDS.size(); i++) {
        header.createCell(i).setCellValue(OutcomeRecordRules.FIELDS.get(i));
        records.setColumnWidth(i, 22 * 256);
      }
      Sheet codes = workbook.createSheet("Codes");
      Row title = codes.createRow(0);
      title.createCell(0).setCellValue("column");
      title.createCell(1).setCellValue("code");
      title.createCell(2).setCellValue("label");
      int n = 1;
      n = codes(codes, n, "participantType", vocabularies.get(Vocabulary.PARTICIPANT_TYPE));
      for (var w : org.grantwise.domain.model.monitoring.Wave.values()) {
        Row row = codes.createRow(n++);
        row.createCell(0).setCellValue("wave");
        row.createCell(1).setCellValue(w.name());
        row.createCell(2).setCellValue(w.label());
      }
      for (Map.Entry<String, Vocabulary> s : OutcomeRecordRules.SECTIONS.entrySet()) {
        n = codes(codes, n, s.getKey(), vocabularies.get(s.getValue()));
      }
      n =
          codes(
              codes,
              n,
              "coProductionBefore / coProductionNow",
              vocabularies.get(Vocabulary.CO_PRODUCTION_LEVEL));
      Row notes = codes.createRow(n + 1);
      notes
          .createCell(0)
          .setCellValue(
              "Lists: codes or labels separated by ; — leave empty if not asked, write "
                  + OutcomeRowReader.NONE
                  + " if answered with none. consent: yes. collectedOn: YYYY-MM-DD.");
      for (int i = 0; i < 3; i++) {
        codes.setColumnWidth(i, 40 * 256);
      }
      workbook.write(out);
    }
  }

  private static int codes(Sheet sheet, int n, String column, List<VocabularyTerm> terms) {
    for (VocabularyTerm t : terms == null ? List.<VocabularyTerm>of() : terms) {
      Row row = sheet.createRow(n++);
      row.createCell(0).setCellValue(column);
      row.createCell(1).setCellValue(t.getCode());
      row.createCell(2).setCellValue(t.getLabel());
    }
    return n;
  }

  /** The export's header: the template's columns plus the record's id. */
  public static void exportHeader(Writer out) throws IOException {
    out.write('\uFEFF');
    List<String> header = new ArrayList<>(List.of("id"));
    header.addAll(OutcomeRecordRules.FIELDS);
    line(out, header);
  }

  /** One record in the template's format, so an export can be imported again. */
  public static void exportRow(Writer out, OutcomeRecord r) throws IOException {
    List<String> cells = new ArrayList<>();
    cells.add(String.valueOf(r.id()));
    cells.add(r.respondentRef());
    cells.add(r.participantType());
    cells.add(r.wave());
    cells.add(r.collectedOn() == null ? "" : r.collectedOn().toString());
    cells.add(Boolean.TRUE.equals(r.consent()) ? "yes" : "no");
    OutcomeRecordRules.sections(r)
        .values()
        .forEach(
            codes ->
                cells.add(
                    codes == null
                        ? ""
                        : codes.isEmpty() ? OutcomeRowReader.NONE : String.join(";", codes)));
    cells.add(r.coProductionBefore());
    cells.add(r.coProductionNow());
    line(out, cells);
  }

  static void line(Writer out, List<String> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(csv(cells.get(i)));
    }
    out.write("\r\n");
  }

  /** RFC 4180 quoting, and a leading apostrophe so no cell is read as a spreadsheet formula. */
  public static String csv(String cell) {
    String value = cell == null ? "" : cell;
    if (OutcomeRowReader.looksLikeFormula(value)) {
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
