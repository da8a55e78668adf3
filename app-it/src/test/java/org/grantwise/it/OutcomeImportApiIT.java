package org.grantwise.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.grantwise.it.support.Fixtures;
import org.grantwise.it.support.TestEnv;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Importing outcome-record files through the API: a file with mistakes is reported by row and
 * column and nothing is saved; the fixed file is saved whole. Each kind of bad input has its own
 * clear message.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OutcomeImportApiIT {

  static final String HEADER =
      "respondentRef,participantType,wave,collectedOn,consent,contexts,mechanisms,"
          + "shortTermOutcomes,longTermOutcomes,selfIdentifiedOutcomes,coProductionBefore,"
          + "coProductionNow\r\n";

  @Test
  void aFileWithMistakesIsReportedByRowAndColumnThenTheFixedFileIsImportedWhole() {
    String anchor1 = TestEnv.token("anchor1");
    String ref = Fixtures.fundedProject(anchor1);
    String url = Fixtures.recordsOf(ref) + "/import";
    String wrong =
        HEADER
            + "R-1,Community Members,Baseline,2026-03-10,yes,Made to feel welcome;CO_DELIVERY,NONE,,,,,\r\n"
            + "R-2,VOLUNTEER,EXIT,2026-04-01,yes,NOT_A_CONTEXT,,,,,,\r\n"
            + "R-3,PARTNER,EXIT,2999-04-01,no,,,,,,,\r\n"
            + "R-1,PARTNER,BASELINE,2026-03-10,yes,,,,,,,\r\n";

    HttpResponse<String> checked = upload(url + "?check=true", anchor1, bytes(wrong));
    assertThat(checked.statusCode()).as(checked.body()).isEqualTo(200);
    JsonObject report = TestEnv.object(checked.body());
    assertThat(report.getInt("records")).isEqualTo(4);
    assertThat(problems(checked))
        .contains(
            "3:participantType", "3:contexts", "4:collectedOn", "4:consent", "5:respondentRef")
        .noneMatch(p -> p.startsWith("2:"));
    assertThat(checked.body()).contains("also at row 2");

    HttpResponse<String> rejected = upload(url, anchor1, bytes(wrong));
    assertThat(rejected.statusCode()).isEqualTo(422);
    assertThat(problems(rejected)).contains("3:participantType");
    assertThat(count(ref, anchor1)).as("nothing saved").isEqualTo("0");

    String fixed =
        HEADER
            + "R-1,Community Members,Baseline,2026-03-10,yes,Made to feel welcome;CO_DELIVERY,NONE,,,,,\r\n"
            + "R-2,COMMUNITY_ANCHOR,EXIT,2026-04-01,yes,MADE_WELCOME,,,,,,\r\n"
            + "R-3,PARTNER,EXIT,2026-04-01,yes,,,,,,,\r\n"
            + "R-1,PARTNER,EXIT,2026-03-10,yes,,,,,,,\r\n";
    HttpResponse<String> imported = upload(url, anchor1, bytes(fixed));
    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
    assertThat(TestEnv.object(imported.body()).getInt("created")).isEqualTo(4);
    HttpResponse<String> again = upload(url, anchor1, bytes(fixed));
    assertThat(TestEnv.object(again.body()).getInt("updated"))
        .as("re-import replaces")
        .isEqualTo(4);
    assertThat(count(ref, anchor1)).isEqualTo("4");
    assertThat(upload(url, TestEnv.token("anchor2"), bytes(fixed)).statusCode()).isEqualTo(404);
  }

  @Test
  void badFilesGetAClearMessageAndNothingIsSaved() {
    String anchor1 = TestEnv.token("anchor1");
    String ref = Fixtures.fundedProject(anchor1);
    String url = Fixtures.recordsOf(ref) + "/import";

    assertThat(message(upload(url, anchor1, new byte[0]))).contains("The file is empty");
    assertThat(message(upload(url, anchor1, bytes(HEADER)))).contains("no records");
    assertThat(
            message(
                upload(
                    url,
                    anchor1,
                    (HEADER + "R-1,Zoë,BASELINE,2026-03-10,yes,,,,,,,\r\n")
                        .getBytes(StandardCharsets.ISO_8859_1))))
        .contains("not UTF-8");
    HttpResponse<String> formula =
        upload(
            url,
            anchor1,
            bytes(HEADER + "\"=cmd|' /C calc'!A0\",PARTNER,BASELINE,2026-03-10,yes,,,,,,,\r\n"));
    assertThat(problems(formula)).containsExactly("2:respondentRef");
    assertThat(message(formula)).contains("formula");
    assertThat(message(upload(url, anchor1, bytes("name,age\r\nJane,40\r\n"))))
        .contains("Unknown column 'name'", "needs a column named respondentRef");
    byte[] huge = new byte[50 * 1024 * 1024];
    java.util.Arrays.fill(huge, (byte) 'a');
    assertThat(message(upload(url, anchor1, huge))).contains("larger than 30 MB");
    assertThat(count(ref, anchor1)).isEqualTo("0");
  }

  @Test
  void anXlsxWorkbookIsReadWithRealDatesAndItsFormulasAreRefused() throws java.io.IOException {
    String anchor1 = TestEnv.token("anchor1");
    String ref = Fixtures.fundedProject(anchor1);
    String url = Fixtures.recordsOf(ref) + "/import";

    HttpResponse<String> formula = upload(url, anchor1, workbook(true));
    assertThat(problems(formula)).containsExactly("3:respondentRef");
    assertThat(message(formula)).contains("formula");

    HttpResponse<String> imported = upload(url, anchor1, workbook(false));
    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
    assertThat(TestEnv.object(imported.body()).getInt("created")).isEqualTo(2);
    List<JsonObject> records =
        TestEnv.json(TestEnv.get(Fixtures.recordsOf(ref), anchor1).body())
            .asJsonArray()
            .getValuesAs(JsonObject.class);
    assertThat(records)
        .extracting(r -> r.getString("respondentRef") + " " + r.getString("collectedOn"))
        .containsExactly("X-1 2026-03-10", "X-2 2026-03-11");
  }

  /** A workbook with the template's header, a real date cell and a TRUE consent cell. */
  static byte[] workbook(boolean withFormula) throws java.io.IOException {
    try (org.apache.poi.xssf.usermodel.XSSFWorkbook book =
            new org.apache.poi.xssf.usermodel.XSSFWorkbook();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
      var sheet = book.createSheet("Records");
      String[] header = HEADER.strip().split(",");
      var first = sheet.createRow(0);
      for (int i = 0; i < header.length; i++) {
        first.createCell(i).setCellValue(header[i]);
      }
      var dates = book.createCellStyle();
      dates.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
      for (int n = 1; n <= 2; n++) {
        var row = sheet.createRow(n);
        if (withFormula && n == 2) {
          row.createCell(0).setCellFormula("CONCATENATE(\"R\",\"-2\")");
        } else {
          row.createCell(0).setCellValue("X-" + n);
        }
        row.createCell(1).setCellValue("Partners");
        row.createCell(2).setCellValue("BASELINE");
        var date = row.createCell(3);
        date.setCellValue(java.time.LocalDate.of(2026, 3, 9 + n));
        date.setCellStyle(dates);
        row.createCell(4).setCellValue(true);
        row.createCell(5).setCellValue("MADE_WELCOME; Able to socialise and network");
      }
      book.write(out);
      return out.toByteArray();
    }
  }

  static HttpResponse<String> upload(String url, String token, byte[] body) {
    return TestEnv.send(
        HttpRequest.newBuilder(URI.create(url))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "text/csv")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build());
  }

  static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static List<String> problems(HttpResponse<String> response) {
    return TestEnv.object(response.body())
        .getJsonArray("errors")
        .getValuesAs(JsonObject.class)
        .stream()
        .map(e -> e.getInt("row") + ":" + e.getString("column"))
        .toList();
  }

  private static String message(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
    return TestEnv.object(response.body())
        .getJsonArray("errors")
        .getValuesAs(JsonObject.class)
        .stream()
        .map(e -> e.getString("message"))
        .reduce("", (a, b) -> a + " | " + b);
  }

  private static String count(String ref, String token) {
    return TestEnv.get(Fixtures.recordsOf(ref), token)
        .headers()
        .firstValue("X-Total-Count")
        .orElseThrow();
  }
}
