package org.grantwise.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.grantwise.it.support.Fixtures;
import org.grantwise.it.support.TestEnv;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Supporting documents through the API: type by content, size limit, checksum, who may see. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DocumentApiIT {

  private static final String APPLICATIONS = TestEnv.APP + "/api/applications";

  @Test
  void aPdfIsStoredWithItsChecksumAndDownloadedByThoseWhoMaySeeTheApplication() throws Exception {
    String anchor1 = TestEnv.token("anchor1");
    long id = draft(anchor1);

    HttpResponse<String> uploaded =
        upload(id, anchor1, "ACCOUNTS", "../../etc/Accounts 2025.pdf", Fixtures.PDF);
    assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
    JsonObject document = TestEnv.object(uploaded.body());
    assertThat(document.getString("filename")).isEqualTo("Accounts 2025.pdf");
    assertThat(document.getString("contentType")).isEqualTo("application/pdf");
    assertThat(document.getJsonNumber("size").longValue()).isEqualTo(Fixtures.PDF.length);
    assertThat(document.getString("sha256"))
        .isEqualTo(
            HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Fixtures.PDF)));
    long documentId = document.getJsonNumber("id").longValue();
    String url = APPLICATIONS + "/" + id + "/documents/" + documentId;

    HttpResponse<byte[]> own = download(url, anchor1);
    assertThat(own.statusCode()).isEqualTo(200);
    assertThat(own.body()).isEqualTo(Fixtures.PDF);
    assertThat(own.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(own.headers().firstValue("Content-Disposition"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("attachment;"));

    assertThat(download(url, TestEnv.token("manager1")).statusCode())
        .as("staff do not see a draft's documents")
        .isEqualTo(404);
    assertThat(download(url, TestEnv.token("anchor2")).statusCode()).isEqualTo(404);
    assertThat(download(url, TestEnv.token("admin1")).statusCode()).isEqualTo(403);
    assertThat(download(url, null).statusCode()).isEqualTo(401);
  }

  /**
   * The stored name ends in the extension of the type the content was recognised as, so a PDF
   * uploaded as report.html is downloaded as report.pdf (and never opened as a web page).
   */
  @Test
  void theStoredNameTakesTheExtensionOfTheDetectedType() {
    String anchor1 = TestEnv.token("anchor1");
    long id = draft(anchor1);
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};
    java.util.Map<String, String> expected = new java.util.LinkedHashMap<>();
    expected.put("report.html", "report.pdf");
    expected.put("report.PDF", "report.PDF");
    expected.put("minutes 12.03.2024", "minutes 12.03.2024.pdf");
    expected.put("no extension", "no extension.pdf");
    expected.put("photo.pdf.svg", "photo.pdf.pdf");
    for (var name : expected.entrySet()) {
      HttpResponse<String> uploaded = upload(id, anchor1, "OTHER", name.getKey(), Fixtures.PDF);
      assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
      JsonObject document = TestEnv.object(uploaded.body());
      assertThat(document.getString("filename")).as(name.getKey()).isEqualTo(name.getValue());
      if (name.getKey().equals("report.html")) {
        HttpResponse<byte[]> own =
            download(
                APPLICATIONS + "/" + id + "/documents/" + document.getJsonNumber("id").longValue(),
                anchor1);
        assertThat(own.headers().firstValue("Content-Disposition").orElse(""))
            .contains("report.pdf")
            .doesNotContain(".html");
      }
    }
    HttpResponse<String> image = upload(id, anchor1, "OTHER", "scan.pdf", png);
    assertThat(image.statusCode()).as(image.body()).isEqualTo(201);
    assertThat(TestEnv.object(image.body()).getString("filename")).isEqualTo("scan.png");
  }

  @Test
  void aFileIsJudgedByItsContentNotItsName() {
    String anchor1 = TestEnv.token("anchor1");
    long id = draft(anchor1);
    HttpResponse<String> response =
        upload(
            id,
            anchor1,
            "OTHER",
            "innocent.pdf",
            "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8));
    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(response.body()).contains("\"field\":\"file\"", "must be a PDF");
  }

  @Test
  void filesOver10MbAndEmptyFilesAreRefused() {
    String anchor1 = TestEnv.token("anchor1");
    long id = draft(anchor1);
    byte[] big = new byte[10 * 1024 * 1024 + 1];
    System.arraycopy(Fixtures.PDF, 0, big, 0, Fixtures.PDF.length);
    assertThat(upload(id, anchor1, "OTHER", "big.pdf", big).body()).contains("smaller than 10 MB");
    assertThat(upload(id, anchor1, "OTHER", "empty.pdf", new byte[0]).body()).contains("is empty");
    assertThat(upload(id, anchor1, "NOT_A_KIND", "x.pdf", Fixtures.PDF).statusCode())
        .isEqualTo(422);
  }

  @Test
  void onlyTheOwningOrganisationMayUploadOrRemove() {
    String anchor1 = TestEnv.token("anchor1");
    long id = draft(anchor1);
    assertThat(upload(id, TestEnv.token("anchor2"), "OTHER", "x.pdf", Fixtures.PDF).statusCode())
        .isEqualTo(404);
    assertThat(upload(id, TestEnv.token("officer1"), "OTHER", "x.pdf", Fixtures.PDF).statusCode())
        .isEqualTo(403);

    long documentId =
        TestEnv.object(upload(id, anchor1, "OTHER", "x.pdf", Fixtures.PDF).body())
            .getJsonNumber("id")
            .longValue();
    String url = APPLICATIONS + "/" + id + "/documents/" + documentId;
    assertThat(delete(url, TestEnv.token("anchor2")).statusCode()).isEqualTo(404);
    assertThat(delete(url, anchor1).statusCode()).isEqualTo(204);
    assertThat(download(url, anchor1).statusCode()).isEqualTo(404);
  }

  private static long draft(String token) {
    return Fixtures.draftApplication(token, jakarta.json.JsonValue.EMPTY_JSON_OBJECT);
  }

  static HttpResponse<String> upload(
      long id, String token, String kind, String filename, byte[] content) {
    return TestEnv.send(
        HttpRequest.newBuilder(
                URI.create(
                    APPLICATIONS
                        + "/"
                        + id
                        + "/documents?kind="
                        + kind
                        + "&filename="
                        + java.net.URLEncoder.encode(filename, StandardCharsets.UTF_8)))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/octet-stream")
            .POST(HttpRequest.BodyPublishers.ofByteArray(content))
            .build());
  }

  private static HttpResponse<byte[]> download(String url, String token) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    try {
      return java.net.http.HttpClient.newHttpClient()
          .send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static HttpResponse<String> delete(String url, String token) {
    return TestEnv.send(
        HttpRequest.newBuilder(URI.create(url))
            .header("Authorization", "Bearer " + token)
            .DELETE()
            .build());
  }
}
