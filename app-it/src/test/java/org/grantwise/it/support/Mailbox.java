package org.grantwise.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The test mail sink's messages (bin/MailSink.java writes each as a .eml file, with X-Sink-To
 * headers for the envelope recipients): e-mails from the application and from Keycloak.
 */
public final class Mailbox {

  private static final Path MAIL =
      Path.of(System.getProperty("grantwise.it.mailDir", "../.grantwise/test/mail"));

  private Mailbox() {}

  /**
   * Waits (up to 30 s: the application's delivery job runs every 5 s) for a message to the address
   * whose text contains {@code marker}, and returns it with quoted-printable soft breaks and {@code
   * =3D} undone and HTML's {@code &amp;} read as {@code &}.
   */
  public static String waitFor(String address, String marker) {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < deadline) {
      if (Files.isDirectory(MAIL)) {
        try (Stream<Path> files = Files.list(MAIL)) {
          for (Path file : files.filter(f -> f.toString().endsWith(".eml")).sorted().toList()) {
            String message = decoded(Files.readString(file, StandardCharsets.UTF_8));
            if (message.contains("X-Sink-To: " + address) && message.contains(marker)) {
              return message;
            }
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new AssertionError("no e-mail to " + address + " containing " + marker);
  }

  /** The first link in the message whose address matches the pattern. */
  public static String link(String message, String pattern) {
    Matcher m = Pattern.compile("https?://[^\\s\"<>]*" + pattern + "[^\\s\"<>]*").matcher(message);
    if (!m.find()) {
      throw new AssertionError("no link like " + pattern + " in " + message);
    }
    return m.group();
  }

  private static String decoded(String raw) {
    return raw.replace("=\r\n", "").replace("=\n", "").replace("=3D", "=").replace("&amp;", "&");
  }
}
