package org.grantwise.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.grantwise.it.support.Fixtures;
import org.grantwise.it.support.TestEnv;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Hostile Office files, made from a real workbook: one whose worksheet expands to 300 MB from a few
 * hundred kilobytes (a compressed-file bomb), one whose worksheet declares an external entity that
 * would read {@code /etc/passwd}, and one with a "billion laughs" entity. Each is refused with a
 * message naming the file, both as a supporting document and as an outcome-record import, and
 * nothing is stored.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class UploadHazardIT {

  private static final String SHEET = "xl/worksheets/sheet1.xml";

  @Test
  void aCompressedFileBombIsRefusedAsADocumentAndAsAnImport() throws IOException {
    byte[] bomb = withPart(OutcomeImportApiIT.workbook(false), SHEET, xml -> xml, 300);
    assertThat(bomb.length).as("the bomb's own size").isLessThan(2 * 1024 * 1024);
    refusedEverywhere(bomb, "expands to far more than its own size");
  }

  @Test
  void anExternalEntityIsRefusedAndNeverRead() throws IOException {
    byte[] entity =
        withPart(
            OutcomeImportApiIT.workbook(false),
            SHEET,
            xml ->
                xml.replaceFirst(
                        "<worksheet",
                        "<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><worksheet")
                    .replaceFirst("X-1", "&xxe;"));
    String body = refusedEverywhere(entity, "document type declaration");
    assertThat(body).doesNotContain("root:");
  }

  @Test
  void anEntityExpansionIsRefused() throws IOException {
    StringBuilder laughs = new StringBuilder("<!DOCTYPE worksheet [<!ENTITY l0 \"lol\">");
    for (int i = 1; i <= 9; i++) {
      laughs.append("<!ENTITY l").append(i).append(" \"");
      laughs.append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
    }
    laughs.append("]><worksheet");
    byte[] file =
        withPart(
            OutcomeImportApiIT.workbook(false),
            SHEET,
            xml -> xml.replaceFirst("<worksheet", laughs.toString()).replaceFirst("X-1", "&l9;"));
    refusedEverywhere(file, "document type declaration");
  }

  /** The declaration comes after 6,000 characters of comment: the whole part is searched. */
  @Test
  void aDocumentTypeDeclarationAfterTheFirstKilobytesIsRefused() throws IOException {
    byte[] late =
        withPart(
            OutcomeImportApiIT.workbook(false),
            SHEET,
            xml ->
                xml.replaceFirst(
                        "<worksheet",
                        "<!-- "
                            + "padding ".repeat(750)
                            + "--><!DOCTYPE worksheet [<!ENTITY xxe SYSTEM"
                            + " \"file:///etc/passwd\">]><worksheet")
                    .replaceFirst("X-1", "&xxe;"));
    refusedEverywhere(late, "document type declaration");
  }

  /** A part in UTF-16, little-endian with a byte-order mark and big-endian without. */
  @Test
  void aDocumentTypeDeclarationInUtf16IsRefused() throws IOException {
    UnaryOperator<String> entity =
        xml ->
            xml.replaceFirst("encoding=\"[^\"]*\"", "encoding=\"UTF-16\"")
                .replaceFirst(
                    "<worksheet",
                    "<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><worksheet")
                .replaceFirst("X-1", "&xxe;");
    byte[] bom = {(byte) 0xFF, (byte) 0xFE};
    refusedEverywhere(
        withPart(OutcomeImportApiIT.workbook(false), SHEET, entity, bom, StandardCharsets.UTF_16LE),
        "document type declaration");
    refusedEverywhere(
        withPart(
            OutcomeImportApiIT.workbook(false),
            SHEET,
            entity,
            new byte[0],
            StandardCharsets.UTF_16BE),
        "document type declaration");
  }

  /** Uploads the file as a document and imports it as outcome records; answers both bodies. */
  private static String refusedEverywhere(byte[] file, String message) {
    String anchor1 = TestEnv.token("anchor1");
    long id = Fixtures.draftApplication(anchor1, jakarta.json.JsonValue.EMPTY_JSON_OBJECT);
    HttpResponse<String> document =
        DocumentApiIT.upload(id, anchor1, "OTHER", "records.xlsx", file);
    assertThat(document.statusCode()).as(document.body()).isEqualTo(422);
    assertThat(document.body()).contains("\"field\":\"file\"", message);
    assertThat(
            TestEnv.json(
                    TestEnv.get(TestEnv.APP + "/api/applications/" + id + "/documents", anchor1)
                        .body())
                .asJsonArray())
        .as("no document stored")
        .isEmpty();

    String project = Fixtures.fundedProject(anchor1);
    String url = Fixtures.recordsOf(project) + "/import";
    HttpResponse<String> imported = OutcomeImportApiIT.upload(url, anchor1, file);
    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(422);
    JsonObject error = TestEnv.object(imported.body()).getJsonArray("errors").getJsonObject(0);
    assertThat(error.getString("message")).contains(message);
    assertThat(
            TestEnv.get(Fixtures.recordsOf(project), anchor1).headers().firstValue("X-Total-Count"))
        .as("no record stored")
        .hasValue("0");
    return document.body() + imported.body();
  }

  private static byte[] withPart(byte[] workbook, String name, UnaryOperator<String> change)
      throws IOException {
    return withPart(workbook, name, change, 0);
  }

  /** The workbook with one part changed and written in another encoding, after that prefix. */
  private static byte[] withPart(
      byte[] workbook,
      String name,
      UnaryOperator<String> change,
      byte[] prefix,
      java.nio.charset.Charset encoding)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook));
        ZipOutputStream zip = new ZipOutputStream(out)) {
      ZipEntry entry;
      while ((entry = in.getNextEntry()) != null) {
        byte[] content = in.readAllBytes();
        zip.putNextEntry(new ZipEntry(entry.getName()));
        if (entry.getName().equals(name)) {
          zip.write(prefix);
          zip.write(change.apply(new String(content, StandardCharsets.UTF_8)).getBytes(encoding));
        } else {
          zip.write(content);
        }
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  /**
   * The workbook with one part changed, and followed by that many megabytes of spaces (still
   * well-formed XML, and tiny when compressed).
   */
  private static byte[] withPart(
      byte[] workbook, String name, UnaryOperator<String> change, int paddingMegabytes)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook));
        ZipOutputStream zip = new ZipOutputStream(out)) {
      ZipEntry entry;
      while ((entry = in.getNextEntry()) != null) {
        byte[] content = in.readAllBytes();
        zip.putNextEntry(new ZipEntry(entry.getName()));
        if (entry.getName().equals(name)) {
          zip.write(
              change
                  .apply(new String(content, StandardCharsets.UTF_8))
                  .getBytes(StandardCharsets.UTF_8));
          byte[] spaces = new byte[1024 * 1024];
          java.util.Arrays.fill(spaces, (byte) ' ');
          for (int i = 0; i < paddingMegabytes; i++) {
            zip.write(spaces);
          }
        } else {
          zip.write(content);
        }
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }
}
