package org.grantwise.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.grantwise.it.support.Browser;
import org.grantwise.it.support.Fixtures;
import org.grantwise.it.support.TestEnv;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The award letter PDF: only once the round's decisions are released, only to the awarded
 * organisation and managers, and saying what was awarded.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AwardLetterIT {

  private static final String API = TestEnv.APP + "/api";
  private static final String CONDITIONS = "Send an updated safeguarding policy by 30 June 2027.";

  @Test
  void theAwardedApplicantDownloadsTheLetterOnceDecisionsAreReleased() throws IOException {
    String anchor1 = TestEnv.token("anchor1");
    String manager1 = TestEnv.token("manager1");
    long id = Fixtures.assessedApplication(anchor1);
    HttpResponse<String> decided =
        TestEnv.post(
            API + "/applications/" + id + "/decision",
            manager1,
            "{\"decision\": \"AWARD\", \"awardedAmounts\": [{\"year\": 1, \"amount\": 19000.00},"
                + " {\"year\": 2, \"amount\": 8000.50}], \"startDate\": \"2027-04-01\","
                + " \"conditions\": \""
                + CONDITIONS
                + "\"}");
    assertThat(decided.statusCode()).as(decided.body()).isEqualTo(200);
    String projectRef = TestEnv.object(decided.body()).getString("projectRef");

    assertThat(letter(projectRef, anchor1).statusCode())
        .as("no letter before release")
        .isEqualTo(404);
    assertThat(letter(projectRef, manager1).statusCode()).isEqualTo(404);

    HttpResponse<String> released =
        TestEnv.post(API + "/rounds/" + Fixtures.roundId() + "/release-decisions", manager1, "{}");
    assertThat(released.statusCode()).as(released.body()).isEqualTo(200);

    HttpResponse<byte[]> pdf = letter(projectRef, anchor1);
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    String text = text(pdf.body());
    assertThat(text)
        .contains(
            projectRef,
            "Riverside Community Anchor",
            "Riverside Skills Exchange",
            "£19,000.00",
            "£8,000.50",
            "£27,000.50",
            "1 April 2027",
            CONDITIONS,
            "1 October 2027",
            "Year 2 end");

    assertThat(letter(projectRef, TestEnv.token("anchor2")).statusCode())
        .as("another organisation")
        .isEqualTo(404);
    assertThat(letter(projectRef, TestEnv.token("officer1")).statusCode())
        .as("officers do not issue letters")
        .isEqualTo(403);
    assertThat(letter("PCF-1999-0001", anchor1).statusCode()).isEqualTo(404);
    HttpResponse<byte[]> managers = letter(projectRef, manager1);
    assertThat(managers.statusCode()).isEqualTo(200);
    assertThat(text(managers.body())).contains(projectRef);

    try (Browser browser = Fixtures.signedIn("anchor1")) {
      browser.visit("/applicant/application.xhtml?id=" + id);
      assertThat(browser.driver().findElement(By.id("decision")).getText())
          .contains("awarded", projectRef);
      assertThat(browser.driver().findElement(By.id("award-letter-link")).getAttribute("href"))
          .endsWith("/applications/award-letter?project=" + projectRef);
      browser.assertAccessible();
    }
  }

  private static String text(byte[] pdf) throws IOException {
    PdfReader reader = new PdfReader(pdf);
    try {
      PdfTextExtractor extractor = new PdfTextExtractor(reader);
      StringBuilder text = new StringBuilder();
      for (int page = 1; page <= reader.getNumberOfPages(); page++) {
        text.append(extractor.getTextFromPage(page)).append('\n');
      }
      return text.toString();
    } finally {
      reader.close();
    }
  }

  private static HttpResponse<byte[]> letter(String projectRef, String token) {
    try {
      return HttpClient.newHttpClient()
          .send(
              HttpRequest.newBuilder(
                      URI.create(
                          TestEnv.APP
                              + "/applications/award-letter?project="
                              + URLEncoder.encode(projectRef, StandardCharsets.UTF_8)))
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
