package org.grantwise.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.grantwise.it.support.Fixtures;
import org.grantwise.it.support.TestEnv;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * CSV and XLSX exports of the filtered queue: same filters as the page, a column per criterion's
 * score and the totals, no spreadsheet formulas from applicants' text, staff only.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class QueueExportIT {

  private static final String API = TestEnv.APP + "/api";
  private static final String TITLE = "=1+1 Skills exchange";

  private static String reference;

  /** An application titled like a formula, assessed by officer1 (4 out of 5 on every criterion). */
  @BeforeAll
  static void assessedApplication() {
    String anchor2 = TestEnv.token("anchor2");
    long id =
        Fixtures.draftApplication(
            anchor2, Json.createObjectBuilder(Fixtures.completeForm()).add("title", TITLE).build());
    Fixtures.uploadRequiredDocuments(id, anchor2);
    HttpResponse<String> submitted = Fixtures.submit(id, anchor2);
    assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
    reference = TestEnv.object(submitted.body()).getString("reference");

    String app = API + "/applications/" + id;
    String officer1 = TestEnv.token("officer1");
    assertThat(
            TestEnv.post(
                    app + "/assignment", TestEnv.token("manager1"), "{\"officer\": \"officer1\"}")
                .statusCode())
        .isEqualTo(200);
    assertThat(
            TestEnv.post(app + "/conflict-declaration", officer1, "{\"conflict\": false}")
                .statusCode())
        .isEqualTo(201);
    HttpResponse<String> scored =
        TestEnv.post(app + "/assessments", officer1, Fixtures.scores(4, null, null, "AWARD"));
    assertThat(scored.statusCode()).as(scored.body()).isEqualTo(200);
  }

  @Test
  void anOfficerDownloadsTheFilteredQueueAsCsvWithScoresAndTotals() {
    HttpResponse<byte[]> response =
        download("queue.csv", filterFor(reference), TestEnv.token("officer1"));
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    List<String> lines =
        Arrays.asList(
            new String(response.body(), StandardCharsets.UTF_8)
                .replace("\uFEFF", "")
                .split("\r\n"));
    assertThat(lines).as("a header and the one matching application").hasSize(2);
    List<String> header = cells(lines.get(0));
    assertThat(header)
        .startsWith("reference", "title", "organisation")
        .contains(
            "score_1_PRIORITIES_FIT",
            "score_1_VALUE_FOR_MONEY",
            "weighted_total_1",
            "score_2_PRIORITIES_FIT",
            "mean_weighted_total");
    List<String> row = cells(lines.get(1));
    assertThat(row).hasSameSizeAs(header);
    assertThat(row.get(0)).isEqualTo(reference);
    assertThat(row.get(1)).as("a formula is neutralised").isEqualTo("'" + TITLE);
    assertThat(row.get(2)).isEqualTo("Hillhead Development Trust");
    assertThat(row.get(header.indexOf("area"))).isEqualTo("Riverside, Glasgow");
    assertThat(row.get(header.indexOf("assessor_1"))).isEqualTo("officer1");
    assertThat(row.get(header.indexOf("score_1_PRIORITIES_FIT"))).isEqualTo("4");
    assertThat(row.get(header.indexOf("weighted_total_1"))).isEqualTo("80.00");
    assertThat(row.get(header.indexOf("mean_weighted_total"))).isEqualTo("80.00");

    HttpResponse<byte[]> none =
        download(
            "queue.csv", "theme=ADVICE_SUPPORT&search=" + reference, TestEnv.token("officer1"));
    assertThat(new String(none.body(), StandardCharsets.UTF_8).split("\r\n"))
        .as("the theme filter applies")
        .hasSize(1);
  }

  @Test
  void anOfficerDownloadsTheFilteredQueueAsXlsxWithScoresAsNumbers() throws IOException {
    HttpResponse<byte[]> response =
        download("queue.xlsx", filterFor(reference), TestEnv.token("officer1"));
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
      Sheet sheet = workbook.getSheetAt(0);
      assertThat(sheet.getLastRowNum())
          .as("a header and the one matching application")
          .isEqualTo(1);
      List<String> header = texts(sheet.getRow(0));
      assertThat(header).startsWith("reference", "title").contains("score_1_PRIORITIES_FIT");
      Row row = sheet.getRow(1);
      assertThat(row.getCell(0).getStringCellValue()).isEqualTo(reference);
      Cell title = row.getCell(1);
      assertThat(title.getCellType()).as("text is never a formula").isEqualTo(CellType.STRING);
      assertThat(title.getStringCellValue()).isEqualTo(TITLE);
      Cell score = row.getCell(header.indexOf("score_1_PRIORITIES_FIT"));
      assertThat(score.getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(score.getNumericCellValue()).isEqualTo(4.0);
      assertThat(row.getCell(header.indexOf("weighted_total_1")).getNumericCellValue())
          .isEqualTo(80.0);
    }
  }

  @Test
  void anOfficerNotClearedForAnApplicationGetsItsRowWithoutScores() {
    HttpResponse<byte[]> response =
        download("queue.csv", filterFor(reference), TestEnv.token("officer2"));
    assertThat(response.statusCode()).isEqualTo(200);
    String[] lines = new String(response.body(), StandardCharsets.UTF_8).split("\r\n");
    List<String> header = cells(lines[0].replace("\uFEFF", ""));
    List<String> row = cells(lines[1]);
    assertThat(row.get(0)).isEqualTo(reference);
    assertThat(row.get(header.indexOf("assessor_1"))).isEmpty();
    assertThat(row.get(header.indexOf("score_1_PRIORITIES_FIT"))).isEmpty();
  }

  @Test
  void pagesInTheSecondHalfReadFromTheEndShowTheSameRowsAsTheExport() {
    String anchor1 = TestEnv.token("anchor1");
    String word = "Paging" + System.nanoTime();
    for (int n = 1; n <= 27; n++) {
      long id =
          Fixtures.draftApplication(
              anchor1,
              Json.createObjectBuilder(Fixtures.completeForm())
                  .add("title", word + " " + (char) ('a' + n % 26) + n)
                  .build());
      Fixtures.uploadRequiredDocuments(id, anchor1);
      assertThat(Fixtures.submit(id, anchor1).statusCode()).isEqualTo(200);
    }
    String manager1 = TestEnv.token("manager1");
    for (String order : List.of("search=" + word, "search=" + word + "&sort=TITLE&desc=true")) {
      List<String> exported = new ArrayList<>();
      String[] lines =
          new String(download("queue.csv", order, manager1).body(), StandardCharsets.UTF_8)
              .split("\r\n");
      for (int i = 1; i < lines.length; i++) {
        exported.add(cells(lines[i]).get(0));
      }
      assertThat(exported).hasSize(27);
      List<String> paged = new ArrayList<>(references(order + "&page=0", manager1));
      paged.addAll(references(order + "&page=1", manager1));
      assertThat(paged).as(order).isEqualTo(exported);
    }
  }

  /** The references in the queue table of one page, in order. */
  private static List<String> references(String query, String token) {
    String html = new String(download("queue.xhtml", query, token).body(), StandardCharsets.UTF_8);
    String table = html.substring(html.indexOf("<tbody>"), html.indexOf("</tbody>"));
    return java.util.regex.Pattern.compile("GW-\\d{4}-\\d{5}")
        .matcher(table)
        .results()
        .map(java.util.regex.MatchResult::group)
        .toList();
  }

  @Test
  void anApplicantIsRefusedBothExports() {
    String anchor1 = TestEnv.token("anchor1");
    assertThat(download("queue.csv", "", anchor1).statusCode()).isEqualTo(403);
    assertThat(download("queue.xlsx", "", anchor1).statusCode()).isEqualTo(403);
  }

  /** The cells of one CSV line (RFC 4180 quoting; these lines hold no line breaks). */
  static List<String> cells(String line) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
        cell.append('"');
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString());
    return cells;
  }

  private static String filterFor(String reference) {
    return "theme=TRAINING_UPSKILLING&search="
        + URLEncoder.encode(reference, StandardCharsets.UTF_8);
  }

  private static List<String> texts(Row row) {
    return java.util.stream.IntStream.range(0, row.getLastCellNum())
        .mapToObj(c -> row.getCell(c).getStringCellValue())
        .toList();
  }

  private static HttpResponse<byte[]> download(String file, String query, String token) {
    try {
      return java.net.http.HttpClient.newHttpClient()
          .send(
              HttpRequest.newBuilder(URI.create(TestEnv.APP + "/assessment/" + file + "?" + query))
                  .header("Authorization", "Bearer " + token)
                  .build(),
              HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
